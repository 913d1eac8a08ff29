// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

/**
 * next-intl reads each request's locale and messages from lib/i18n/request.ts (issue 17). The messages are
 * precompiled at build time (ICU to a compact form), so the browser gets a small formatter instead of an ICU
 * parser: the English page's JavaScript stays within 5% of what it was before the languages.
 */
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** Headers every response carries; pages also get a per-request CSP with a nonce from proxy.ts. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Compression is scripts/serve.ts's (the compression package, as next start uses): Next.js's own drops a route's
  // Content-Encoding and gzips its body again, so an answer compressed once per data version (cached-json.ts)
  // reached clients as gzip inside gzip.
  compress: false,
  // Build output goes to NEXT_DIST_DIR when set, so a second build can run without touching the one npm start serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // resvg (the map images' PNG renderer) is a native addon: loaded by Node at run time, never bundled.
  serverExternalPackages: ["@resvg/resvg-js"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Nothing may frame this site except its embeds (/embed, /embed/compare), which any site may frame; their
      // CSP frame-ancestors comes from proxy.ts. Browsers that know CSP ignore X-Frame-Options when it is present.
      { source: "/:path((?!embed(?:/|$)).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      // A served SVG is a document too: no scripts, no loads, its own inline styles only.
      {
        source: "/map.svg",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'" }],
      },
      // JSON never needs to run anything or be framed.
      { source: "/api/:path((?!docs).*)", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
      // Nor do the Atom feeds (a browser that shows one as XML must not load anything it names).
      { source: "/feeds/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
