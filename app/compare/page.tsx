// "/compare": which links appeared, strengthened, weakened or went quiet between two periods
// (?a=2019-01..2022-12&b=2023-01..2024-12), on the map and in a list with the events that made the difference.
// The address goes through the API's own schema (periods optional here: the page picks defaults from the data),
// and the server prefetches the comparison, the countries and the timeline's bounds, so the first paint has them.
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { connection } from "next/server";
import { preload } from "react-dom";
import { CompareView } from "@/components/compare/compare-view";
import { LAND_IMAGE_URL } from "@/lib/map/style";
import { makeQueryClient } from "@/lib/query/client";
import { rememberSnapshot } from "@/lib/query/versioned";
import { compareQuery, countriesQuery, timelineOutlineQuery } from "@/lib/query/atlas";
import { ComparePageQuerySchema } from "@/lib/schemas/analysis";
import { compareSpan, defaultPeriods } from "@/lib/domain/compare-defaults";
import { todayIso } from "@/lib/domain/months";
import { parseQueryLeniently } from "@/lib/schemas/query";
import { comparePeriods } from "@/lib/server/compare-periods";
import { getDataSnapshot } from "@/lib/server/get-data-snapshot";
import { getTimelineOutline } from "@/lib/server/get-timeline-outline";
import { getViewMetadata } from "@/lib/server/get-view-metadata";
import { listCountries } from "@/lib/server/list-countries";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** "Compare two periods · Axis Atlas", the comparison's verdict, and a 1200 × 630 PNG of its map as the share preview. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return getViewMetadata("/compare", parseQueryLeniently(ComparePageQuerySchema, await searchParams).data, { compare: true });
}

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const { data: query } = parseQueryLeniently(ComparePageQuerySchema, await searchParams);
  const { a, b, ...filters } = query;
  const queryClient = makeQueryClient();
  // The data snapshot first (see app/page.tsx), so the browser's reads go to its cacheable URLs from the start.
  await getDataSnapshot().then((current) => rememberSnapshot(queryClient, current), () => null);
  const prefetches: Promise<void>[] = [
    queryClient.prefetchQuery({ ...countriesQuery(), retry: false, queryFn: async () => ({ countries: await listCountries() }) }),
    queryClient.prefetchQuery({ ...timelineOutlineQuery(filters), retry: false, queryFn: () => getTimelineOutline(filters) }),
  ];
  // Without periods in the address, the defaults the browser will pick (from the timeline's first event), so
  // the comparison is in the page's HTML either way.
  const periods = a && b ? Promise.resolve({ a, b }) : prefetches[1]!.then(() => {
    const timeline = queryClient.getQueryData(timelineOutlineQuery(filters).queryKey);
    const span = compareSpan(timeline?.range.first, todayIso());
    return defaultPeriods(span.first, span.last);
  });
  prefetches.push(
    periods.then(({ a: pa, b: pb }) =>
      queryClient.prefetchQuery({ ...compareQuery(pa, pb, filters), retry: false, queryFn: () => comparePeriods({ ...filters, a: pa, b: pb }) }),
    ),
  );
  // The first view's land (an <image> inside its SVG, which the browser's preload scanner does not see).
  preload(LAND_IMAGE_URL, { as: "image", fetchPriority: "high" });
  await Promise.all(prefetches);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      {/* No Suspense boundary: the HTML is sent whole, so the page (its map, list and panel) reads without JavaScript. */}
      <CompareView />
    </HydrationBoundary>
  );
}
