// GET /api/openapi.json: the OpenAPI 3.1 document for every endpoint, generated from the zod schemas.
import { buildOpenApiDocument } from "@/lib/openapi/document";

let cached: string | undefined;

export function GET() {
  cached ??= JSON.stringify(buildOpenApiDocument());
  return new Response(cached, { headers: { "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=300" } });
}
