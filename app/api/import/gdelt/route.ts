// POST /api/import/gdelt: an editor uploads a GDELT event file (raw body, or multipart field "file"; plain or
// .zip; up to 200 MB). Answers 202 with an import job at once; poll GET /api/import/jobs/{id} for progress.
import { codedImportRoute } from "@/lib/http/coded-import-route";

export const POST = codedImportRoute("gdelt");
