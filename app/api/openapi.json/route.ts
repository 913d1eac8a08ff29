// GET /api/openapi.json: the OpenAPI 3.1 document for every endpoint, generated from the zod schemas. Its
// `servers` names the configured public URL (BETTER_AUTH_URL); without one it has none, which OpenAPI reads as
// "/", this same origin, so the document never names a host the server only guessed from the request.
import { serverEnv } from "@/lib/env";
import { buildOpenApiDocument } from "@/lib/openapi/document";

let cached: string | undefined;

export function GET() {
  cached ??= JSON.stringify(buildOpenApiDocument({ serverUrl: serverEnv().BETTER_AUTH_URL }));
  return new Response(cached, { headers: { "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=300" } });
}
