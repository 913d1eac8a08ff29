// queryOptions factories for the dashboard. The server page prefetches with the same keys (and its own
// queryFn that reads the database directly), so hydrated data lands exactly where these look for it. Every
// URL is written from the same filter and range parameters the API parses (lib/schemas), and public reads are made
// at the current data snapshot's URL (/api/v/{snapshot}/..., versioned.ts), which HTTP caches may keep.
import { infiniteQueryOptions, queryOptions, skipToken } from "@tanstack/react-query";
import { formatPeriod, type MonthRange, type RangeView } from "@/lib/domain/month-range";
import type { GetCountryResponse, ListCountriesResponse } from "@/lib/schemas/countries";
import { filterPairs, NO_FILTERS, type EventFilters, type LinkFilter } from "@/lib/schemas/filters";

/** The dashboard's filters: the events' and the links' direction. */
type AtlasQueryFilters = EventFilters & LinkFilter;
import type { EventResponse } from "@/lib/schemas/events";
import type { GetLinkResponse, LinkSummary, ListLinkEventsResponse } from "@/lib/schemas/links";
import { queryString } from "@/lib/schemas/query";
import { decodeTimeline, TIMELINE_BINARY_TYPE, TIMELINE_DECODE_MEASURE, type DecodedTimeline } from "@/lib/domain/timeline-binary";
import { getBytes, getJson, ApiError } from "./api";
import { currentUrl } from "./versioned";
import type { TimelineOutline } from "@/lib/schemas/analysis";
import type { CompareResponse, SearchEventsResponse } from "./time-types";

export const atlasKeys = {
  all: ["atlas"] as const,
  link: (id: string, query: string) => [...atlasKeys.all, "link", id, query] as const,
  linkEvents: (id: string, query: string) => [...atlasKeys.all, "link-events", id, query] as const,
  timeline: (filters: string) => [...atlasKeys.all, "timeline", filters] as const,
  timelineOutline: (filters: string) => [...atlasKeys.all, "timeline-outline", filters] as const,
  strongest: (filters: string) => [...atlasKeys.all, "strongest", filters] as const,
  search: (q: string) => [...atlasKeys.all, "search", q] as const,
  compare: (a: string, b: string, filters: string) => [...atlasKeys.all, "compare", a, b, filters] as const,
  countries: () => [...atlasKeys.all, "countries"] as const,
  country: (iso2: string, query: string) => [...atlasKeys.all, "country", iso2, query] as const,
};

/** A 404 will not turn into a 200 by asking again; anything else gets the client's one retry. */
const retryUnlessNotFound = (failureCount: number, error: Error) =>
  !(error instanceof ApiError && error.status === 404) && (failureCount < 1 || retryWhileCatchingUp(failureCount, error));

/**
 * A 503 from a versioned URL can mean the server's database (a read replica) has not reached the snapshot yet: a
 * few more tries, as its Retry-After asks, rather than an error state for a lag of a second or two.
 */
const retryWhileCatchingUp = (failureCount: number, error: Error) => error instanceof ApiError && error.status === 503 && failureCount < 4;

/**
 * The query a panel sends: the filters (without `countries`, which picks links, and a panel shows one link or
 * country) and, when the view is narrowed, its range and the day strength is measured on. All time is sent
 * as no range at all, which the API measures today, exactly as the dashboard does for the whole span.
 */
export function panelQuery(filters: EventFilters, range: RangeView | undefined): string {
  const pairs = filterPairs({ ...filters, countries: undefined });
  if (range?.narrowed) {
    pairs.push(["from", range.from], ["to", range.to]);
    if (range.asOf !== range.to) pairs.push(["asOf", range.asOf]);
  }
  return queryString(pairs);
}

export const countriesQuery = () =>
  queryOptions({
    queryKey: atlasKeys.countries(),
    queryFn: async ({ client, signal }) => getJson<ListCountriesResponse>(await currentUrl(client, "/api/countries"), signal),
    retry: retryUnlessNotFound,
    // Countries and capitals change rarely.
    staleTime: 10 * 60_000,
  });

/**
 * One link for the range and filters in view: its numbers, its first page of events, its weightiest events and
 * its activity, all computed by the server for that query. Moving the range asks again (answers are cached
 * per data version); the previous answer stays on screen meanwhile.
 */
export const linkQuery = (id: string, filters: EventFilters = NO_FILTERS, range?: RangeView) => {
  const qs = panelQuery(filters, range);
  return queryOptions({
    queryKey: atlasKeys.link(id, qs),
    queryFn: async ({ client, signal }) => getJson<GetLinkResponse>(await currentUrl(client, `/api/links/${encodeURIComponent(id)}${qs}`), signal),
    retry: retryUnlessNotFound,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === id ? previous : undefined),
  });
};

/** The pages after a link's first (which GET /api/links/{id} carries), from `firstCursor` on. */
export const linkEventsQuery = (id: string, filters: EventFilters, range: RangeView | undefined, firstCursor: string | null) => {
  const qs = panelQuery(filters, range);
  return infiniteQueryOptions({
    queryKey: [...atlasKeys.linkEvents(id, qs), firstCursor] as const,
    initialPageParam: firstCursor,
    queryFn: async ({ client, pageParam, signal }) => {
      const params = new URLSearchParams(qs);
      if (pageParam) params.set("cursor", pageParam);
      return getJson<ListLinkEventsResponse>(await currentUrl(client, `/api/links/${encodeURIComponent(id)}/events?${params}`), signal);
    },
    retry: retryUnlessNotFound,
    getNextPageParam: (last) => last.nextCursor,
  });
};

/**
 * The default view's strongest links (lib/map/arc-budget.ts), how many links there are and the bounds of them all
 * ([west, south, east, north], degrees): what the server page puts in the HTML when the timeline is too large to
 * inline, so the map draws its arcs before the timeline arrives (which then replaces them with the same ones).
 */
export interface StrongestLinks {
  links: LinkSummary[];
  total: number;
  bounds: [number, number, number, number] | null;
}

/** StrongestLinks for `filters`: only ever from the server page (the browser waits for the timeline instead). */
export const strongestLinksQuery = (filters: AtlasQueryFilters = NO_FILTERS) =>
  queryOptions<StrongestLinks>({
    queryKey: atlasKeys.strongest(queryString([...filterPairs(filters), ...(filters.direction?.length ? [["direction", [...filters.direction].sort().join(",")] as [string, string]] : [])])),
    queryFn: skipToken,
    staleTime: Infinity,
  });

/** The timeline's range and the countries in a link, without its cells (GET /api/timeline?format=outline): what /compare needs. */
export const timelineOutlineQuery = (filters: EventFilters = NO_FILTERS) => {
  const qs = queryString(filterPairs(filters));
  return queryOptions({
    queryKey: atlasKeys.timelineOutline(qs),
    queryFn: async ({ client, signal }) =>
      getJson<TimelineOutline>(await currentUrl(client, `/api/timeline${queryString([...filterPairs(filters), ["format", "outline"]])}`), signal),
    retry: retryUnlessNotFound,
    placeholderData: (previous) => previous,
  });
};

/** GET /api/timeline's path for `filters` in the binary form the dashboard reads (the server page preloads it). */
export function timelinePath(filters: EventFilters = NO_FILTERS): string {
  return `/api/timeline${queryString([...filterPairs(filters), ["format", "binary"]])}`;
}

/**
 * Every link and its events per month and evidence level for the filters, fetched once per set of filters, in the
 * binary form (lib/domain/timeline-binary.ts: a seventh of the JSON's bytes, decoded without JSON.parse). The
 * server page may put the JSON form (plain arrays) here instead; both read the same.
 */
export const timelineQuery = (filters: EventFilters = NO_FILTERS) => {
  const qs = queryString(filterPairs(filters));
  return queryOptions<DecodedTimeline>({
    queryKey: atlasKeys.timeline(qs),
    queryFn: async ({ client, signal }) => {
      const bytes = await getBytes(await currentUrl(client, timelinePath(filters)), TIMELINE_BINARY_TYPE, signal);
      const start = performance.now();
      const timeline = decodeTimeline(bytes);
      // A User Timing entry, so a profiler or bench:web --scale can read what decoding cost in this browser.
      performance.measure(TIMELINE_DECODE_MEASURE, { start, end: performance.now(), detail: { bytes: bytes.byteLength } });
      return timeline;
    },
    retry: retryUnlessNotFound,
    // Changing filters swaps datasets; keep showing the previous one meanwhile instead of a blank map.
    placeholderData: (previous) => previous,
  });
};

/** Full-text search over events' titles, summaries and sources, best match first. */
export const eventSearchQuery = (q: string) =>
  queryOptions({
    queryKey: atlasKeys.search(q),
    queryFn: async ({ client, signal }) => getJson<SearchEventsResponse>(await currentUrl(client, `/api/events${queryString([["q", q], ["limit", "8"]])}`), signal),
    retry: retryUnlessNotFound,
    enabled: q.trim().length >= 2,
    placeholderData: (previous) => previous,
    staleTime: 30_000,
  });

/** Which links appeared, strengthened, weakened or went quiet between two periods. */
export const compareQuery = (a: MonthRange, b: MonthRange, filters: EventFilters = NO_FILTERS) => {
  const pairs = filterPairs(filters);
  const qs = queryString([["a", formatPeriod(a)], ["b", formatPeriod(b)], ...pairs]);
  return queryOptions({
    queryKey: atlasKeys.compare(formatPeriod(a), formatPeriod(b), queryString(pairs)),
    queryFn: async ({ client, signal }) => getJson<CompareResponse>(await currentUrl(client, `/api/compare${qs}`), signal),
    retry: retryUnlessNotFound,
    placeholderData: (previous) => previous,
  });
};

/** A country for the range and filters in view: its links and its recent events in that range. */
export const countryQuery = (iso2: string, filters: EventFilters = NO_FILTERS, range?: RangeView) => {
  const qs = panelQuery(filters, range);
  return queryOptions({
    queryKey: atlasKeys.country(iso2, qs),
    queryFn: async ({ client, signal }) => getJson<GetCountryResponse>(await currentUrl(client, `/api/countries/${encodeURIComponent(iso2)}${qs}`), signal),
    retry: retryUnlessNotFound,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === iso2 ? previous : undefined),
  });
};

/**
 * One event by id (GET /api/events/{id}): the search result a panel highlights when its page does not hold it.
 * Unversioned: editors also see retired events there, so the answer depends on who asks and no shared cache keeps it.
 */
export const eventQuery = (id: string | undefined) =>
  queryOptions({
    queryKey: [...atlasKeys.all, "event", id ?? ""] as const,
    queryFn: ({ signal }) => getJson<EventResponse>(`/api/events/${encodeURIComponent(id ?? "")}`, signal),
    enabled: !!id,
    retry: retryUnlessNotFound,
  });
