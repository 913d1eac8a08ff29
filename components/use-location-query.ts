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

/**
 * An address written by replaceAddressSoon that is not in the history entry yet, with how to write it; at most one,
 * for at most one task.
 */
let pending: { url: string; pathname: string; write: (url: string) => void } | null = null;

/** The address's search ("?from=..." or "") as the page last wrote it: the pending address's, else the entry's. */
export function currentSearch(): string {
  return pending ? new URL(pending.url, window.location.href).search : window.location.search;
}

/** Writes the pending address into the history entry now, if there is one. Call before pushState or go(). */
export function flushAddress(): void {
  const next = pending;
  if (!next) return;
  pending = null;
  window.removeEventListener("popstate", dropPending);
  // A navigation to another page in between (a link followed) leaves that page's address alone.
  if (window.location.pathname === next.pathname) next.write(next.url);
}

/** Back or Forward moved to another entry: what was pending belonged to the one left. */
function dropPending(): void {
  pending = null;
}

/**
 * Takes the address to show (path, query and hash) and `write`, which puts an address into the history entry
 * (history.replaceState with the entry's state). Readers (useLocationQuery) see the new query at once; the entry is
 * written in a task of its own, the next one. Chromium spends 20–40 ms in a replaceState (measured in bench:web
 * --scale's profile), which in the same task as a timeline step's render made that task the step's longest;
 * several writes before then (playing the range) become one.
 */
export function replaceAddressSoon(url: string, write: (url: string) => void): void {
  if (!pending) {
    window.addEventListener("popstate", dropPending);
    setTimeout(flushAddress, 0);
  }
  pending = { url, pathname: window.location.pathname, write };
  announceQueryChange();
}

/** The query in URLSearchParams' own encoding, so the same parameters always give the same string. */
const currentQuery = () => new URLSearchParams(currentSearch()).toString();

/**
 * Returns the address's query string (without "?", as URLSearchParams#toString writes it). Re-renders when our own
 * code writes the address, on Back and Forward, and on Next.js's navigations (through useSearchParams).
 */
export function useLocationQuery(): string {
  const rendered = useSearchParams().toString();
  return useSyncExternalStore(subscribe, currentQuery, () => rendered);
}
