// Runs before every page: gives the response a fresh CSP nonce (Next.js reads it from the request's
// Content-Security-Policy header and puts it on its inline scripts), and lets any site frame the embeds (/embed,
// /embed/compare) and no site frame anything else. API routes, the Atom feeds and the map images get their
// headers from next.config.js instead.
import { NextResponse, type NextRequest } from "next/server";
import { publicEnv } from "@/lib/env-public";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";

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
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
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
