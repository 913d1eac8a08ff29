// The Content-Security-Policy for pages: scripts only from this origin with this response's nonce (Next.js
// puts it on its own scripts), MapLibre's worker from a blob: URL, no framing except for embeds. A remote basemap
// style, when configured, may load its tiles, glyphs and sprites over https.

/**
 * The policy for a page. `embeddable`: the page is an embed (/embed/*) that any site may frame
 * (frame-ancestors *); every other page may not be framed at all (frame-ancestors 'none').
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; remoteMapStyle: boolean; embeddable?: boolean }): string {
  const remote = options.remoteMapStyle ? " https:" : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${remote}`,
    "font-src 'self'",
    `connect-src 'self'${remote}${options.dev ? " ws:" : ""}`,
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.embeddable ? "*" : "'none'"}`,
  ].join("; ");
}
