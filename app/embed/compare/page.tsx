// "/embed/compare?a=2019-01..2022-12&b=2023-01..2024-12": the comparison of two periods for other sites to frame:
// the map of changes, their one-line count and a link to /compare. Periods default as /compare's do.
import type { Metadata } from "next";
import { connection } from "next/server";
import { EmbedView } from "@/components/embed/embed-view";
import { ComparePageQuerySchema } from "@/lib/schemas/analysis";
import { parseQueryLeniently, queryString } from "@/lib/schemas/query";
import { getShareSummary } from "@/lib/server/get-share-summary";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = { title: "Compare two periods · Axis Atlas", robots: { index: false } };

export default async function EmbedComparePage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const { data } = parseQueryLeniently(ComparePageQuerySchema, await searchParams);
  const summary = await getShareSummary(data, { compare: true });
  return <EmbedView title={summary.title} verdict={summary.description} query={queryString(summary.pairs)} viewPath="/compare" />;
}
