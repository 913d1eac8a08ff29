"use client";
// The site's public origin ("https://atlas.example.org"), decided by the server for the request being answered
// (lib/http/public-origin.ts) and handed to client components that write absolute URLs, such as the embed code,
// so the server's HTML already has them right before any script runs.
import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";

const PublicOriginContext = createContext("");

export function PublicOriginProvider({ origin, children }: { origin: string; children: ReactNode }) {
  return <PublicOriginContext.Provider value={origin}>{children}</PublicOriginContext.Provider>;
}

const never = () => () => undefined;

/**
 * The public origin without a trailing slash: the server's when it named one; else, in the browser, the address
 * the page is on (after hydration); "" on the server when it did not name one.
 */
export function usePublicOrigin(): string {
  const named = useContext(PublicOriginContext);
  const browser = useSyncExternalStore(never, () => window.location.origin, () => "");
  return named || browser;
}
