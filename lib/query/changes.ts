// Live updates: every open dashboard polls a tiny change counter; when it moves, the atlas queries are
// invalidated and refetch (at the new snapshot's URLs, see versioned.ts). Polling (rather than a socket) works
// through any proxy and with several app processes on one database, and the counter costs one index lookup.
import { queryOptions } from "@tanstack/react-query";
import type { ChangesResponse } from "@/lib/schemas/changes";
import { getJson } from "./api";

export const CHANGES_POLL_MS = 5_000;

export const changesQuery = () =>
  queryOptions({
    queryKey: ["changes"] as const,
    queryFn: ({ signal }) => getJson<ChangesResponse>("/api/changes", signal),
    refetchInterval: CHANGES_POLL_MS,
    refetchIntervalInBackground: true,
    staleTime: 0,
    retry: false,
  });
