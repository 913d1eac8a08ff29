// The public origin while a page renders (server components, generateMetadata), where there is no Request object,
// only its headers: publicOrigin's rules on the request rebuilt from them.
import "server-only";
import { headers } from "next/headers";
import { publicOrigin } from "./public-origin";

/**
 * publicOrigin for the page being rendered: the request is rebuilt from headers(), its scheme from
 * X-Forwarded-Proto (scripts/serve.ts always sets it to the scheme the client used, and removes a made-up one).
 * Must run while a request is being answered.
 */
export async function pageOrigin(): Promise<string> {
  const sent = new Headers(await headers());
  const proto = sent.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  let url: URL;
  try {
    url = new URL(`${proto}://${sent.get("host") ?? "localhost"}/`);
  } catch {
    url = new URL(`${proto}://localhost/`);
  }
  return publicOrigin(new Request(url, { headers: sent }));
}
