// "/embed": a view of the dashboard (?link=KP-RU, ?country=KP, a range, filters) for other sites to frame: the
// server-drawn map, the open link's or country's one-line verdict and a link back. Any site may frame it
// (proxy.ts gives /embed/* CSP frame-ancestors *; next.config.js leaves off X-Frame-Options).
import type { Metadata } from "next";
import { connection } from "next/server";
import { EmbedView } from "@/components/embed/embed-view";
import { DashboardQuerySchema } from "@/lib/schemas/dashboard";
import { parseQueryLeniently, queryString } from "@/lib/schemas/query";
import { getShareSummary } from "@/lib/server/get-share-summary";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = { title: "Axis Atlas", robots: { index: false } };

export default async function EmbedPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const { data } = parseQueryLeniently(DashboardQuerySchema, await searchParams);
  const summary = await getShareSummary(data, { atlas: "measured" });
  return <EmbedView title={summary.title} verdict={summary.description} query={queryString(summary.pairs)} viewPath="/" />;
}
