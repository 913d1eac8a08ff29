// The Content-Security-Policy for pages: scripts only from this origin with this response's nonce (Next.js
// puts it on its own scripts), MapLibre's worker from a blob: URL, no framing. A remote basemap style, when
// configured, may load its tiles, glyphs and sprites over https.
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; remoteMapStyle: boolean }): string {
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
    "frame-ancestors 'none'",
  ].join("; ");
}
