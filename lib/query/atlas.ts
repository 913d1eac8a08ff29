// queryOptions factories for the dashboard. The server page prefetches with the same keys (and its own
// queryFn that reads the database directly), so hydrated data lands exactly where these look for it.
import { queryOptions } from "@tanstack/react-query";
import type { GetCountryResponse, ListCountriesResponse } from "@/lib/schemas/countries";
import type { GetLinkResponse, ListLinksResponse } from "@/lib/schemas/links";
import { getJson, ApiError } from "./api";

export const atlasKeys = {
  all: ["atlas"] as const,
  links: () => [...atlasKeys.all, "links"] as const,
  link: (id: string) => [...atlasKeys.all, "link", id] as const,
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

export const linkQuery = (id: string) =>
  queryOptions({
    queryKey: atlasKeys.link(id),
    queryFn: ({ signal }) => getJson<GetLinkResponse>(`/api/links/${encodeURIComponent(id)}`, signal),
    retry: retryUnlessNotFound,
  });

export const countryQuery = (iso2: string) =>
  queryOptions({
    queryKey: atlasKeys.country(iso2),
    queryFn: ({ signal }) => getJson<GetCountryResponse>(`/api/countries/${encodeURIComponent(iso2)}`, signal),
    retry: retryUnlessNotFound,
  });
