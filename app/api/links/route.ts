// GET /api/links: every link with its strength, event count and evidence mix, for a range and filters.
// The handler lives in lib/http/reads so the versioned route (/api/v/{snapshot}/links) serves the same one.
import { linksRead } from "@/lib/http/reads/links";

export const GET = linksRead;
