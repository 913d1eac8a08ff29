// POST /api/import/sipri: an editor uploads a SIPRI Arms Transfers Database trade register (the CSV as SIPRI's
// download gives it: Latin-1, explanatory lines, then the header; raw body or multipart field "file"; plain or
// .zip; up to 200 MB). Answers 202 with an import job at once, as POST /api/import/gdelt does; poll
// GET /api/import/jobs/{id} for progress. What becomes of each order: lib/sipri/README.md.
import { codedImportRoute } from "@/lib/http/coded-import-route";

export const POST = codedImportRoute("sipri");
