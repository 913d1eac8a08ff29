"use client";
// Refetches the atlas when someone else changes the data (see lib/query/changes.ts). Renders nothing.
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
    if (seen.current !== null && seen.current !== data.version) {
      void queryClient.invalidateQueries({ queryKey: atlasKeys.all });
    }
    seen.current = data.version;
  }, [data, queryClient]);
  return null;
}
