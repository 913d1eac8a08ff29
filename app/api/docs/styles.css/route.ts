// GET /api/docs/styles.css: the docs page's stylesheet (same origin, so the page needs no inline styles).
import { DOCS_CSS } from "@/lib/openapi/docs-html";

export function GET() {
  return new Response(DOCS_CSS, { headers: { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=3600" } });
}
