// The TanStack Query client: one per request on the server, one per tab in the browser
// (TanStack's nextjs-app-prefetching pattern). Client-safe: no database, no server modules.
import { QueryClient, defaultShouldDehydrateQuery, isServer } from "@tanstack/react-query";

/** Data the server just prefetched is fresh for this long, so hydration does not trigger a refetch. */
export const STALE_TIME_MS = 60_000;

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: STALE_TIME_MS,
        refetchOnWindowFocus: false,
        // One quick retry, then the error state with its Retry button: better than a long silent spinner.
        retry: 1,
        retryDelay: 500,
      },
      dehydrate: {
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
  });
}

let browserClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}
