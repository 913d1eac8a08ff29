// Runs before every page: gives the response a fresh CSP nonce (Next.js reads it from the request's
// Content-Security-Policy header and puts it on its inline scripts). API routes and the Atom feeds get their
// headers from next.config.js instead.
import { NextResponse, type NextRequest } from "next/server";
import { publicEnv } from "@/lib/env-public";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, {
    dev: publicEnv.NODE_ENV === "development",
    remoteMapStyle: !!publicEnv.NEXT_PUBLIC_MAP_STYLE_URL,
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
      source: "/((?!api/|feeds/|_next/static|_next/image|favicon.ico|basemap/).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }],
    },
  ],
};
