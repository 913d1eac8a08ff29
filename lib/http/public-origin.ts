// The site's public origin, for the few answers that must carry absolute URLs (Atom feeds: RFC 4287 wants
// absolute IRIs for ids and links). Decided as sign-in and the same-origin check decide it (lib/auth/auth.ts,
// lib/http/same-origin.ts), so a client cannot make the app write a URL to a host of its choosing.
import "server-only";
import { serverEnv, type ServerEnv } from "@/lib/env";

/** The settings that decide the origin (lib/env.ts documents each). */
export type OriginSettings = Pick<ServerEnv, "BETTER_AUTH_URL" | "TRUSTED_PROXIES" | "APP_ALLOWED_HOSTS">;

/** What an unknown host is answered with, as Better Auth's own fallback: a URL no one else's host can claim. */
export const FALLBACK_ORIGIN = "http://localhost";

/** host [":" port] and nothing more (RFC 9110 §7.2), as lib/http/trusted-proxies.ts accepts it: no path, no credentials. */
const HOST = /^(?:[A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The host names the app answers on without BETTER_AUTH_URL: localhost, 127.0.0.1 and APP_ALLOWED_HOSTS. */
function allowedHosts(settings: OriginSettings): Set<string> {
  const extra = (settings.APP_ALLOWED_HOSTS ?? "").split(",").map((h) => h.trim().toLowerCase()).filter(Boolean);
  return new Set(["localhost", "127.0.0.1", ...extra]);
}

/**
 * The public origin ("https://atlas.example.org", no trailing slash) to write absolute URLs with:
 * - BETTER_AUTH_URL's origin when it is set (the way to configure it in production);
 * - otherwise the host the request was addressed to, with its port: X-Forwarded-Host and X-Forwarded-Proto only
 *   when TRUSTED_PROXIES is set (scripts/serve.ts keeps them only from trusted proxies and otherwise rewrites
 *   them), else the Host header and the scheme the server itself was reached on;
 * - FALLBACK_ORIGIN when that host is not one the app answers on (localhost, 127.0.0.1, APP_ALLOWED_HOSTS,
 *   compared without the port), so a made-up Host header never ends up in a feed.
 * Takes the request and the settings (the app's environment by default); never throws once the settings are read.
 */
export function publicOrigin(request: Request, settings: OriginSettings = serverEnv()): string {
  if (settings.BETTER_AUTH_URL) return new URL(settings.BETTER_AUTH_URL).origin;
  const own = new URL(request.url);
  const behindProxy = !!settings.TRUSTED_PROXIES?.trim();
  const forwardedProto = behindProxy ? request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() : undefined;
  const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : own.protocol.slice(0, -1);
  const host = (behindProxy ? request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined) || request.headers.get("host") || own.host;
  if (!HOST.test(host)) return FALLBACK_ORIGIN;
  let candidate: URL;
  try {
    candidate = new URL(`${proto}://${host}`);
  } catch {
    return FALLBACK_ORIGIN; // e.g. a port past 65535
  }
  return allowedHosts(settings).has(candidate.hostname) ? candidate.origin : FALLBACK_ORIGIN;
}
