// "/": the dashboard. The server prefetches links and countries (and the panel a deep link asks for)
// straight from the database and hands them to TanStack Query, so the first paint has the data.
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { connection } from "next/server";
import { Suspense } from "react";
import { Dashboard } from "@/components/dashboard";
import { parseLinkId } from "@/lib/domain/link-id";
import { makeQueryClient } from "@/lib/query/client";
import { countriesQuery, countryQuery, linkQuery, linksQuery } from "@/lib/query/atlas";
import { getCountry } from "@/lib/server/get-country";
import { getLink } from "@/lib/server/get-link";
import { listCountries } from "@/lib/server/list-countries";
import { listLinks } from "@/lib/server/list-links";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  // The page reads the database: render it per request, never at build time.
  await connection();
  const params = await searchParams;
  const queryClient = makeQueryClient();

  const prefetches: Promise<void>[] = [
    queryClient.prefetchQuery({ ...linksQuery(), retry: false, queryFn: async () => ({ links: await listLinks({}) }) }),
    queryClient.prefetchQuery({ ...countriesQuery(), retry: false, queryFn: async () => ({ countries: await listCountries() }) }),
  ];
  // A shared URL opens with its panel's data already there. Failures are left to the client to retry.
  const linkId = parseLinkId(first(params.link) ?? "")?.id;
  if (linkId) {
    prefetches.push(
      queryClient.prefetchQuery({
        ...linkQuery(linkId),
        retry: false,
        queryFn: async () => {
          const link = await getLink(linkId, {});
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
