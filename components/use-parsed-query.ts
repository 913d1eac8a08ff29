"use client";
// The address's query through a zod schema (lib/schemas), the same one the server page parses with. A
// parameter that fails is left out and reported (`ignored`), so the page can say what it did not use.
import { useMemo } from "react";
import type { z } from "zod";
import { parseQueryLeniently, type IgnoredParam } from "@/lib/schemas/query";
import { useLocationQuery } from "./use-location-query";

export function useParsedQuery<S extends z.ZodObject>(schema: S): { data: z.output<S>; ignored: IgnoredParam[] } {
  const key = useLocationQuery();
  return useMemo(() => parseQueryLeniently(schema, new URLSearchParams(key)), [schema, key]);
}
