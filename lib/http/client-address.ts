// Who is asking, for limits kept per address (lib/server/sign-in-rate-limit.ts).
import "server-only";

/**
 * The client's IP address as the app server resolved it (scripts/serve.ts, lib/http/trusted-proxies.ts): the
 * socket's peer, or an address from X-Forwarded-For only as far back as TRUSTED_PROXIES trusts the proxies that
 * wrote it. The server replaces X-Forwarded-For with that one address before the app sees the request, so a
 * client's own X-Forwarded-For never reaches here. "unknown" when the header is missing (a request not served
 * through scripts/serve.ts, e.g. a route handler called directly).
 */
export function clientAddress(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
