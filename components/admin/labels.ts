// What the admin screens share that is not words: the words themselves are in messages/*.json ("adminForm",
// "adminAudit", "adminManage", ...), and dates and numbers go through lib/i18n.
/** Only same-site paths may be a redirect target (no //host, no scheme, no backslash tricks). */
export function safeNextPath(next: string | null | undefined, fallback = "/admin"): string {
  if (!next || typeof next !== "string") return fallback;
  if (!next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return fallback;
  try {
    const url = new URL(next, "http://same.invalid");
    if (url.origin !== "http://same.invalid") return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
