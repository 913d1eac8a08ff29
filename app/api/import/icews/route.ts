// POST /api/import/icews: an editor uploads an ICEWS coded-event file (tab-separated with its header row; raw body
// or multipart field "file"; plain or .zip; up to 200 MB). Answers 202 with an import job at once, as
// POST /api/import/gdelt does; poll GET /api/import/jobs/{id} for progress.
import { codedImportRoute } from "@/lib/http/coded-import-route";

export const POST = codedImportRoute("icews");
