// Any /api path no other route matches: a JSON 404 in the API's error shape instead of an HTML page.
import { jsonError } from "@/lib/http/responses";

const answer = () => jsonError("not_found", "No such API endpoint. See /api/docs for every endpoint.");
export { answer as GET, answer as POST, answer as PUT, answer as PATCH, answer as DELETE };
