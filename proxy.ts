// Runs before every page: gives the response a fresh CSP nonce (Next.js reads it from the request's
// Content-Security-Policy header and puts it on its inline scripts), and lets any site frame the embeds (/embed,
// /embed/compare) and no site frame anything else. API routes, the Atom feeds and the map images get their
// headers from next.config.js instead. It also picks the page's language (lib/i18n/negotiate.ts: ?lang=, then the
// axis-locale cookie, then Accept-Language, then English), hands it to the render in a request header, and remembers
// a choice made in the address in the cookie.
import { NextResponse, type NextRequest } from "next/server";
import { publicEnv } from "@/lib/env-public";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";
import { LOCALE_COOKIE, LOCALE_PARAM } from "@/lib/i18n/locales";
import { LOCALE_HEADER } from "@/lib/i18n/locale-header";
import { negotiateLocale } from "@/lib/i18n/negotiate";

/** How long the language choice is remembered: a year, renewed whenever the address chooses again. */
const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** /embed and everything under it: the pages other sites may frame. */
function isEmbed(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, {
    dev: publicEnv.NODE_ENV === "development",
    remoteMapStyle: !!publicEnv.NEXT_PUBLIC_MAP_STYLE_URL,
    embeddable: isEmbed(request.nextUrl.pathname),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
  const { locale, from } = negotiateLocale({
    param: request.nextUrl.searchParams.get(LOCALE_PARAM),
    cookie,
    acceptLanguage: request.headers.get("accept-language"),
  });
  requestHeaders.set(LOCALE_HEADER, locale);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  // The same address gives different HTML by cookie and Accept-Language: the Vary saying so is added by the server
  // (lib/http/vary-pages.ts), since Next.js replaces one set here.
  if (from === "param" && cookie !== locale) {
    response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax" });
  }
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|feeds/|_next/static|_next/image|favicon.ico|basemap/|map\\.svg|map\\.png).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }],
    },
  ],
};
