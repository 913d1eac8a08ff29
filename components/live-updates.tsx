"use client";
// Refetches the atlas when someone else changes the data, or the day turns (see lib/query/changes.ts): the atlas
// queries then read the new snapshot's URLs (lib/query/versioned.ts). Renders nothing.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { atlasKeys } from "@/lib/query/atlas";
import { changesQuery } from "@/lib/query/changes";

export function LiveUpdates() {
  const queryClient = useQueryClient();
  const { data } = useQuery(changesQuery());
  const seen = useRef<string | null>(null);
  useEffect(() => {
    if (!data) return;
    if (seen.current !== null && seen.current !== data.snapshot) {
      void queryClient.invalidateQueries({ queryKey: atlasKeys.all });
    }
    seen.current = data.snapshot;
  }, [data, queryClient]);
  return null;
}
