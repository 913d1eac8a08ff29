// A shared view's Open Graph and Twitter card tags as Next.js metadata: its title, its one-line verdict and a
// 1200 × 630 PNG of its map (/map.png, the same renderer as downloads), all as absolute URLs on the public origin.
import type { Metadata } from "next";
import { queryString } from "@/lib/schemas/query";
import { MAP_IMAGE_SIZE } from "@/lib/schemas/map-image";

/** What a view says about itself (lib/server/get-share-summary.ts makes it). */
export interface ShareSummary {
  /** The link's two countries ("Iran – North Korea"), the country's name, "Compare two periods" or "Axis Atlas". */
  title: string;
  /** The one-line verdict. */
  description: string;
  /** The view's query (sharePairs) for /map.png, /embed and the full view; an unknown link or country left out. */
  pairs: [string, string][];
}

/**
 * Metadata for the page at `path` ("/" or "/compare") showing `summary`, on `origin` ("https://atlas.example.org"):
 * the document title ("Iran – North Korea · Axis Atlas"), description, og:title/description/url/image (with its
 * width, height and alt) and a summary_large_image Twitter card with the same image.
 */
export function shareMetadata(summary: ShareSummary, origin: string, path: string): Metadata {
  const query = queryString(summary.pairs);
  const title = summary.title === "Axis Atlas" ? summary.title : `${summary.title} · Axis Atlas`;
  const image = { url: `${origin}/map.png${query}`, width: MAP_IMAGE_SIZE.width, height: MAP_IMAGE_SIZE.height, alt: `Map: ${summary.title}. ${summary.description}` };
  return {
    title,
    description: summary.description,
    openGraph: { type: "website", siteName: "Axis Atlas", title, description: summary.description, url: `${origin}${path}${query}`, images: [image] },
    twitter: { card: "summary_large_image", title, description: summary.description, images: [image] },
  };
}
