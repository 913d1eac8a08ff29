// GET /api/timeline: every link and its events added up per month and evidence level, for the filters, fetched
// once so the dashboard's timeline can recompute any range of months in the browser.
// The handler lives in lib/http/reads so the versioned route (/api/v/{snapshot}/timeline) serves the same one.
import { timelineRead } from "@/lib/http/reads/timeline";

export const GET = timelineRead;
