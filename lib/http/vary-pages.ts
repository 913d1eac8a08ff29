// Pages are rendered for their reader: the language comes from ?lang=, the axis-locale cookie or Accept-Language
// (lib/i18n/negotiate.ts), the theme from the axis-theme cookie. So one address gives different HTML, and a cache
// that keeps a page must key it on those headers too (RFC 9110, section 12.5.5, Vary).
import type { ServerResponse } from "node:http";
import onHeaders from "on-headers";
import vary from "vary";

/** The request headers a page's HTML depends on, besides its address. */
export const PAGE_VARY = ["Cookie", "Accept-Language"] as const;

/**
 * Takes a Node.js response; adds PAGE_VARY to its Vary header just before the headers go out, when it is HTML
 * (Content-Type text/html), merging with what is there. It is done at that moment, in the server, because Next.js
 * sets a page's Vary itself (rsc, router state) and drops one set earlier, from the proxy. Never throws.
 */
export function varyPagesByReader(res: ServerResponse): void {
  onHeaders(res, function addVary(this: ServerResponse) {
    const type = this.getHeader("content-type");
    if (typeof type === "string" && type.startsWith("text/html")) vary(this, [...PAGE_VARY]);
  });
}
