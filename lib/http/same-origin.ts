// The Origin check that keeps other sites from writing with a signed-in person's cookie (CSRF): a browser always
// sends Origin on POST, PATCH and DELETE, and it must name this site as its clients reach it.
import "server-only";
import { serverEnv } from "@/lib/env";

/**
 * True when `request`'s Origin header names this site: BETTER_AUTH_URL's origin (scheme, host and port) when
 * it is configured; otherwise the host the request was addressed to, which is X-Forwarded-Host only when
 * TRUSTED_PROXIES is set (scripts/serve.ts keeps that header only from trusted proxies and otherwise sets it
 * to Host) and Host when it is not. False when Origin is missing or not a URL.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  let sent: URL;
  try {
    sent = new URL(origin);
  } catch {
    return false;
  }
  const env = serverEnv();
  if (env.BETTER_AUTH_URL) return sent.origin === new URL(env.BETTER_AUTH_URL).origin;
  const forwardedHost = env.TRUSTED_PROXIES?.trim() ? request.headers.get("x-forwarded-host") : null;
  return sent.host === (forwardedHost ?? request.headers.get("host"));
}
