// "/": the dashboard. The server parses the address with the same schema as the browser (DashboardQuerySchema),
// prefetches the timeline for its filters, the countries and the panel it opens straight from the database,
// and hands them to TanStack Query under the keys the browser will ask for, so the first paint has the data. It also
// hands over the data snapshot, so the browser's reads go to the current snapshot's cacheable URLs (/api/v/...).
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { connection } from "next/server";
import { preload } from "react-dom";
import { Dashboard } from "@/components/dashboard";
import { LAND_IMAGE_URL } from "@/lib/map/style";
import { versionedPath } from "@/lib/domain/data-snapshot";
import { rangeDates, type RangeView } from "@/lib/domain/month-range";
import { todayIso } from "@/lib/domain/months";
import { makeQueryClient } from "@/lib/query/client";
import { rememberSnapshot } from "@/lib/query/versioned";
import { pageStrongestLinks } from "@/lib/http/page-strongest-links";
import { countriesQuery, countryQuery, linkQuery, strongestLinksQuery, timelineQuery, timelinePath } from "@/lib/query/atlas";
import type { TimelineResponse } from "@/lib/schemas/analysis";
import { DashboardQuerySchema } from "@/lib/schemas/dashboard";
import type { EventFilters } from "@/lib/schemas/filters";
import type { LinkFilters } from "@/lib/schemas/links";
import { parseQueryLeniently } from "@/lib/schemas/query";
import { estimateTimelineRows } from "@/lib/server/estimate-timeline-size";
import { getDataSnapshot } from "@/lib/server/get-data-snapshot";
import { getCountry } from "@/lib/server/get-country";
import { getLink } from "@/lib/server/get-link";
import { getTimelineJson } from "@/lib/server/get-timeline";
import { getViewMetadata } from "@/lib/server/get-view-metadata";
import { listCountries } from "@/lib/server/list-countries";

/** Past this many characters the timeline is left for the browser to fetch (see below). */
const TIMELINE_INLINE_LIMIT = 1_000_000;
/**
 * Past this many monthly statistics rows the timeline is not even built here: it would be megabytes the page
 * cannot inline anyway, and building it (seconds at a million events) would hold up the page.
 */
const TIMELINE_BUILD_LIMIT = 30_000;

/** How long the page waits for the cached GET /api/links answer it draws the first arcs from at scale. */
const STRONGEST_WAIT_MS = 400;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The range a panel is asked for: the address's months when it names both (the browser clamps them into the
 * data's span, which this page does not always know; a range outside it only costs the browser a refetch).
 */
function requestedView(from: string | undefined, to: string | undefined, today: string): RangeView | undefined {
  if (!from || !to) return undefined;
  const range = from <= to ? { from, to } : { from: to, to: from };
  return { ...rangeDates(range, today), narrowed: true, range };
}

/** The panel's query as the server operations take it: what panelQuery (lib/query/atlas.ts) sends. */
function panelFilters(filters: EventFilters, range: RangeView | undefined): LinkFilters {
  return { ...filters, countries: undefined, ...(range ? { from: range.from, to: range.to, asOf: range.asOf } : {}) };
}

/** Share previews: the open link's or country's name and verdict, and a 1200 × 630 PNG of this view's map. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return getViewMetadata("/", parseQueryLeniently(DashboardQuerySchema, await searchParams).data);
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  // The page reads the database: render it per request, never at build time.
  await connection();
  const { data: query } = parseQueryLeniently(DashboardQuerySchema, await searchParams);
  const { from, to, link: linkId, country: countryId, event: _event, ...filters } = query;
  const queryClient = makeQueryClient();
  const today = todayIso();
  const range = requestedView(from, to, today);
  // Read before the data below, so what the page holds is at least this snapshot: a write in between only makes the
  // first poll refetch. Without it (the database is down) the browser asks GET /api/changes itself.
  const snapshot = await getDataSnapshot().then((current) => rememberSnapshot(queryClient, current), () => null);
  const binaryTimeline = timelinePath(filters);

  const prefetches: Promise<void>[] = [
    // The timeline goes into the page only while it is small; at scale (megabytes of cells) the browser fetches
    // it from /api/timeline instead, cached and gzipped, rather than parsing it out of the HTML.
    estimateTimelineRows()
      .then((rows) => (rows <= TIMELINE_BUILD_LIMIT ? getTimelineJson(filters) : ""))
      .then((json) => {
        if (json && json.length <= TIMELINE_INLINE_LIMIT) {
          queryClient.setQueryData(timelineQuery(filters).queryKey, JSON.parse(json) as TimelineResponse);
          return;
        }
        // Left to the browser: a <link rel=preload> starts that fetch with the page's first bytes, while the
        // scripts load, instead of after hydration (the request is the one timelineQuery makes).
        preload(snapshot ? versionedPath(snapshot, binaryTimeline) : binaryTimeline, { as: "fetch", crossOrigin: "anonymous" });
        // Meanwhile the map draws the default view's strongest links from the page itself (all time, as the
        // dashboard opens; a range in the address waits for the timeline).
        if (from || to) return;
        return listCountries()
          .then((countries) => {
            const focus = linkId ? ({ kind: "link", id: linkId } as const) : countryId ? ({ kind: "country", id: countryId } as const) : null;
            return pageStrongestLinks(filters, countries, focus, query.arcs === "all", STRONGEST_WAIT_MS);
          })
          .then((strongest) => {
            if (strongest) queryClient.setQueryData(strongestLinksQuery(filters).queryKey, strongest);
          });
      })
      .catch(() => undefined),
    queryClient.prefetchQuery({ ...countriesQuery(), retry: false, queryFn: async () => ({ countries: await listCountries() }) }),
  ];
  // A shared URL opens with its panel's data already there. Failures are left to the client to retry.
  if (linkId) {
    prefetches.push(
      queryClient.prefetchQuery({
        ...linkQuery(linkId, filters, range),
        retry: false,
        queryFn: async () => {
          const link = await getLink(linkId, panelFilters(filters, range));
          if (!link) throw new Error("not found");
          return { link };
        },
      }),
    );
  } else if (countryId) {
    prefetches.push(
      queryClient.prefetchQuery({
        ...countryQuery(countryId, filters, range),
        retry: false,
        queryFn: async () => {
          const country = await getCountry(countryId, panelFilters(filters, range));
          if (!country) throw new Error("not found");
          return country;
        },
      }),
    );
  }
  // The first view's land (an <image> inside its SVG, which the browser's preload scanner does not see).
  preload(LAND_IMAGE_URL, { as: "image", fetchPriority: "high" });
  // prefetchQuery never throws: if the database is down the client shows its error state and retries.
  await Promise.all(prefetches);

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      {/* No Suspense boundary: the HTML is sent whole, so the page (its map, list and panel) reads without JavaScript. */}
      <Dashboard />
    </HydrationBoundary>
  );
}
