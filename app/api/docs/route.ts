// GET /api/docs: the OpenAPI document as a readable page, rendered on the server from the same document as
// /api/openapi.json; no scripts, nothing from another origin. The document stays English (API names, codes and
// messages are English); the page's title is in the reader's language (?lang=, cookie, Accept-Language).
import { LOCALE_COOKIE, LOCALE_PARAM, type Locale } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { plainMessage } from "@/lib/i18n/plain-message";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { renderDocsHtml } from "@/lib/openapi/docs-html";

const cached = new Map<Locale, string>();

/** The axis-locale cookie's value in a Cookie header, if any. */
function cookieValue(header: string | null): string | null {
  for (const part of header?.split(";") ?? []) {
    const [name, ...value] = part.trim().split("=");
    if (name === LOCALE_COOKIE) return decodeURIComponent(value.join("="));
  }
  return null;
}

export async function GET(request: Request) {
  const { locale } = negotiateLocale({
    param: new URL(request.url).searchParams.get(LOCALE_PARAM),
    cookie: cookieValue(request.headers.get("cookie")),
    acceptLanguage: request.headers.get("accept-language"),
  });
  let html = cached.get(locale);
  if (!html) {
    html = renderDocsHtml(buildOpenApiDocument(), "/api/docs/styles.css", { text: plainMessage(locale, "docs.title"), lang: locale });
    cached.set(locale, html);
  }
  return new Response(html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      // Stricter than a page needs: no scripts at all, only our own stylesheet.
      "content-security-policy": "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      // The title follows the reader's language: a shared cache must keep one copy per cookie and language.
      "cache-control": "public, max-age=300",
      vary: "Cookie, Accept-Language",
    },
  });
}
