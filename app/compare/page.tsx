// "/compare": which links appeared, strengthened, weakened or went quiet between two periods
// (?a=2019-01..2022-12&b=2023-01..2024-12), on the map and in a list with the events that made the difference.
// The server prefetches the comparison, the countries and the timeline's bounds, so the first paint has them.
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { CompareView } from "@/components/compare/compare-view";
import { parsePeriod, parseFilters } from "@/lib/map/timeline";
import { makeQueryClient } from "@/lib/query/client";
import { compareQuery, countriesQuery, timelineQuery } from "@/lib/query/atlas";
import { comparePeriods } from "@/lib/server/compare-periods";
import { getTimeline } from "@/lib/server/get-timeline";
import { listCountries } from "@/lib/server/list-countries";
import { monthEnd, monthStart } from "@/lib/map/timeline";

export const metadata: Metadata = { title: "Compare two periods · Axis Atlas" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const params = await searchParams;
  const queryClient = makeQueryClient();
  const filters = parseFilters({ get: (name) => first(params[name]) ?? null });
  const where = {
    category: filters.categories.length ? filters.categories : undefined,
    minEvidence: filters.minEvidence ?? undefined,
    countries: filters.countries.length ? filters.countries : undefined,
    origin: filters.origin ?? undefined,
  };
  const a = parsePeriod(first(params.a));
  const b = parsePeriod(first(params.b));
  const prefetches: Promise<void>[] = [
    queryClient.prefetchQuery({ ...countriesQuery(), retry: false, queryFn: async () => ({ countries: await listCountries() }) }),
    queryClient.prefetchQuery({ ...timelineQuery(filters), retry: false, queryFn: () => getTimeline(where) }),
  ];
  if (a && b) {
    prefetches.push(
      queryClient.prefetchQuery({
        ...compareQuery(a, b, filters),
        retry: false,
        queryFn: () =>
          comparePeriods({
            ...where,
            a: { from: monthStart(a.from), to: monthEnd(a.to) },
            b: { from: monthStart(b.from), to: monthEnd(b.to) },
          }),
      }),
    );
  }
  await Promise.all(prefetches);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Suspense>
        <CompareView />
      </Suspense>
    </HydrationBoundary>
  );
}
