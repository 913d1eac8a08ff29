// GET /api/docs: the OpenAPI document as a readable page, rendered on the server from the same document as
// /api/openapi.json; no scripts, nothing from another origin.
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { renderDocsHtml } from "@/lib/openapi/docs-html";

let cached: string | undefined;

export function GET() {
  cached ??= renderDocsHtml(buildOpenApiDocument(), "/api/docs/styles.css");
  return new Response(cached, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      // Stricter than a page needs: no scripts at all, only our own stylesheet.
      "content-security-policy": "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      "cache-control": "public, max-age=300",
    },
  });
}
