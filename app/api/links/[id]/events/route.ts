// GET /api/links/{id}/events: a link's events in a range and filters, newest first, a page at a time
// (`cursor` from the previous page's nextCursor), each with what it adds to the link's strength.
// The handler lives in lib/http/reads so the versioned route (/api/v/{snapshot}/...) serves the same one.
import { linkEventsRead } from "@/lib/http/reads/link-events";

export const GET = linkEventsRead;
