"use client";
// The address's query as the page last wrote it. Next.js's useSearchParams follows history.pushState and
// replaceState through its patched history, but only once its router has observed the write; a write made right
// after hydration (a reader, or a test, changing a period as the page opens) could leave useSearchParams on the old
// query while the address showed the new one (seen in CI: the compare page's address moved to the new period and its
// comparison stayed on the old one). This store reads window.location itself: our writes announce themselves
// (announceQueryChange) and Back/Forward fire popstate. During hydration it answers what the server rendered.
import { useSearchParams } from "next/navigation";
import { useSyncExternalStore } from "react";

const QUERY_CHANGED = "axis-atlas:query-changed";

/** Call after writing the address with history.pushState or replaceState, so useLocationQuery readers see it. */
export function announceQueryChange(): void {
  window.dispatchEvent(new Event(QUERY_CHANGED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(QUERY_CHANGED, onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    window.removeEventListener(QUERY_CHANGED, onChange);
    window.removeEventListener("popstate", onChange);
  };
}

/** The query in URLSearchParams' own encoding, so the same parameters always give the same string. */
const currentQuery = () => new URLSearchParams(window.location.search).toString();

/**
 * Returns the address's query string (without "?", as URLSearchParams#toString writes it). Re-renders when our own
 * code writes the address, on Back and Forward, and on Next.js's navigations (through useSearchParams).
 */
export function useLocationQuery(): string {
  const rendered = useSearchParams().toString();
  return useSyncExternalStore(subscribe, currentQuery, () => rendered);
}
