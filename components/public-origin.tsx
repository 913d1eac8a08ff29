"use client";
// The site's public origin ("https://atlas.example.org"), decided by the server for the request being answered
// (lib/http/public-origin.ts) and handed to client components that write absolute URLs, such as the embed code,
// so the server's HTML already has them right before any script runs.
import { createContext, useContext, type ReactNode } from "react";

const PublicOriginContext = createContext("");

export function PublicOriginProvider({ origin, children }: { origin: string; children: ReactNode }) {
  return <PublicOriginContext.Provider value={origin}>{children}</PublicOriginContext.Provider>;
}

/** The public origin without a trailing slash; "" outside a PublicOriginProvider. */
export function usePublicOrigin(): string {
  return useContext(PublicOriginContext);
}
