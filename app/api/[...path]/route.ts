// Any /api path no other route matches: a JSON 404 in the API's error shape instead of an HTML page.
import { notFound } from "@/lib/http/responses";

const answer = () => notFound("No such API endpoint. See /api/health, /api/links, /api/countries.");
export { answer as GET, answer as POST, answer as PUT, answer as PATCH, answer as DELETE };
