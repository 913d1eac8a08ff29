// "/": the dashboard. The server prefetches the timeline's facts for the URL's filters and the countries (and
// the panel a deep link asks for) straight from the database and hands them to TanStack Query, so the first
// paint has the data. The range (?from&to) needs nothing more: the client computes it from those facts.
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { connection } from "next/server";
import { Suspense } from "react";
import { preload } from "react-dom";
import { Dashboard } from "@/components/dashboard";
import { parseLinkId } from "@/lib/domain/link-id";
import { makeQueryClient } from "@/lib/query/client";
import { filterParams, parseFilters, queryString, type AtlasFilters } from "@/lib/map/timeline";
import { countriesQuery, countryQuery, linkQuery, timelineQuery } from "@/lib/query/atlas";
import { getCountry } from "@/lib/server/get-country";
import { getLink } from "@/lib/server/get-link";
import { estimateTimelineRows } from "@/lib/server/estimate-timeline-size";
import { getTimelineJson } from "@/lib/server/get-timeline";
import type { TimelineResponse } from "@/lib/schemas/analysis";

import { listCountries } from "@/lib/server/list-countries";

/** Past this many characters the timeline is left for the browser to fetch (see below). */
const TIMELINE_INLINE_LIMIT = 1_000_000;
/**
 * Past this many monthly statistics rows the timeline is not even built here: it would be megabytes the page
 * cannot inline anyway, and building it (seconds at a million events) would hold up the page.
 */
const TIMELINE_BUILD_LIMIT = 30_000;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The URL's filters in the shape the server functions take. */
function serverFilters(filters: AtlasFilters) {
  return {
    category: filters.categories.length ? filters.categories : undefined,
    minEvidence: filters.minEvidence ?? undefined,
    countries: filters.countries.length ? filters.countries : undefined,
    origin: filters.origin ?? undefined,
  };
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  // The page reads the database: render it per request, never at build time.
  await connection();
  const params = await searchParams;
  const queryClient = makeQueryClient();
  const filters = parseFilters({ get: (name) => first(params[name]) ?? null });
  const where = serverFilters(filters);

  const prefetches: Promise<void>[] = [
    // The timeline goes into the page only while it is small; at scale (megabytes of cells) the browser fetches
    // it from /api/timeline instead, cached and gzipped, rather than parsing it out of the HTML.
    estimateTimelineRows()
      .then((rows) => (rows <= TIMELINE_BUILD_LIMIT ? getTimelineJson(where) : ""))
      .then((json) => {
        if (json && json.length <= TIMELINE_INLINE_LIMIT) {
          queryClient.setQueryData(timelineQuery(filters).queryKey, JSON.parse(json) as TimelineResponse);
          return;
        }
        // Left to the browser: a <link rel=preload> starts that fetch with the page's first bytes, while the
        // scripts load, instead of after hydration (the request is the one timelineQuery makes).
        preload(`/api/timeline${queryString(filterParams(filters))}`, { as: "fetch", crossOrigin: "anonymous" });
      })
      .catch(() => undefined),
    queryClient.prefetchQuery({ ...countriesQuery(), retry: false, queryFn: async () => ({ countries: await listCountries() }) }),
  ];
  // A shared URL opens with its panel's data already there. Failures are left to the client to retry.
  const linkId = parseLinkId(first(params.link) ?? "")?.id;
  if (linkId) {
    prefetches.push(
      queryClient.prefetchQuery({
        ...linkQuery(linkId, filters),
        retry: false,
        queryFn: async () => {
          const link = await getLink(linkId, { ...where, countries: undefined });
          if (!link) throw new Error("not found");
          return { link };
        },
      }),
    );
  }
  const countryId = first(params.country)?.toUpperCase();
  if (countryId && /^[A-Z]{2}$/.test(countryId)) {
    prefetches.push(
      queryClient.prefetchQuery({
        ...countryQuery(countryId),
        retry: false,
        queryFn: async () => {
          const country = await getCountry(countryId);
          if (!country) throw new Error("not found");
          return country;
        },
      }),
    );
  }
  // prefetchQuery never throws: if the database is down the client shows its error state and retries.
  await Promise.all(prefetches);

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Suspense>
        <Dashboard />
      </Suspense>
    </HydrationBoundary>
  );
}
