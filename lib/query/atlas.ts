// queryOptions factories for the dashboard. The server page prefetches with the same keys (and its own
// queryFn that reads the database directly), so hydrated data lands exactly where these look for it.
import { queryOptions } from "@tanstack/react-query";
import type { GetCountryResponse, ListCountriesResponse } from "@/lib/schemas/countries";
import type { GetLinkResponse, ListLinksResponse } from "@/lib/schemas/links";
import { filterParams, formatPeriod, NO_FILTERS, queryString, type AtlasFilters, type MonthRange } from "@/lib/map/timeline";
import { getJson, ApiError } from "./api";
import type { CompareResponse, SearchEventsResponse, TimelineResponse } from "./time-types";

export const atlasKeys = {
  all: ["atlas"] as const,
  links: () => [...atlasKeys.all, "links"] as const,
  link: (id: string, filters: string) => [...atlasKeys.all, "link", id, filters] as const,
  timeline: (filters: string) => [...atlasKeys.all, "timeline", filters] as const,
  search: (q: string) => [...atlasKeys.all, "search", q] as const,
  compare: (a: string, b: string, filters: string) => [...atlasKeys.all, "compare", a, b, filters] as const,
  countries: () => [...atlasKeys.all, "countries"] as const,
  country: (iso2: string) => [...atlasKeys.all, "country", iso2] as const,
};

/** A 404 will not turn into a 200 by asking again; anything else gets the client's one retry. */
const retryUnlessNotFound = (failureCount: number, error: Error) =>
  !(error instanceof ApiError && error.status === 404) && failureCount < 1;

export const linksQuery = () =>
  queryOptions({
    queryKey: atlasKeys.links(),
    queryFn: ({ signal }) => getJson<ListLinksResponse>("/api/links", signal),
  });

export const countriesQuery = () =>
  queryOptions({
    queryKey: atlasKeys.countries(),
    queryFn: ({ signal }) => getJson<ListCountriesResponse>("/api/countries", signal),
    // Countries and capitals change rarely.
    staleTime: 10 * 60_000,
  });

/**
 * One link with every event the filters admit (the whole record, not a range): the panel narrows the events
 * to the timeline's range and recomputes their contributions itself, so moving the range does not refetch.
 * `countries` is left out: it picks links, and this is one link already.
 */
export const linkQuery = (id: string, filters: AtlasFilters = NO_FILTERS) => {
  const qs = queryString(filterParams({ ...filters, countries: [] }));
  return queryOptions({
    queryKey: atlasKeys.link(id, qs),
    queryFn: ({ signal }) => getJson<GetLinkResponse>(`/api/links/${encodeURIComponent(id)}${qs}`, signal),
    retry: retryUnlessNotFound,
  });
};

/** Every link and the light facts of every event the filters admit, fetched once per set of filters. */
export const timelineQuery = (filters: AtlasFilters = NO_FILTERS) => {
  const qs = queryString(filterParams(filters));
  return queryOptions({
    queryKey: atlasKeys.timeline(qs),
    queryFn: ({ signal }) => getJson<TimelineResponse>(`/api/timeline${qs}`, signal),
    // Changing filters swaps datasets; keep showing the previous one meanwhile instead of a blank map.
    placeholderData: (previous) => previous,
  });
};

/** Full-text search over events' titles, summaries and sources, best match first. */
export const eventSearchQuery = (q: string) =>
  queryOptions({
    queryKey: atlasKeys.search(q),
    queryFn: ({ signal }) => getJson<SearchEventsResponse>(`/api/events${queryString([["q", q], ["limit", "8"]])}`, signal),
    enabled: q.trim().length >= 2,
    placeholderData: (previous) => previous,
    staleTime: 30_000,
  });

/** Which links appeared, strengthened, weakened or went quiet between two periods. */
export const compareQuery = (a: MonthRange, b: MonthRange, filters: AtlasFilters = NO_FILTERS) => {
  const pairs = filterParams(filters);
  const qs = queryString([["a", formatPeriod(a)], ["b", formatPeriod(b)], ...pairs]);
  return queryOptions({
    queryKey: atlasKeys.compare(formatPeriod(a), formatPeriod(b), queryString(pairs)),
    queryFn: ({ signal }) => getJson<CompareResponse>(`/api/compare${qs}`, signal),
    placeholderData: (previous) => previous,
  });
};

export const countryQuery = (iso2: string) =>
  queryOptions({
    queryKey: atlasKeys.country(iso2),
    queryFn: ({ signal }) => getJson<GetCountryResponse>(`/api/countries/${encodeURIComponent(iso2)}`, signal),
    retry: retryUnlessNotFound,
  });
