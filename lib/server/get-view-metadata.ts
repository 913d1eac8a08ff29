// The share tags of a page (app/page.tsx's and app/compare/page.tsx's generateMetadata): its summary on the public
// origin of the request being answered.
import "server-only";
import type { Metadata } from "next";
import { pageOrigin } from "@/lib/http/page-origin";
import { shareMetadata } from "@/lib/map-image/share-metadata";
import { sharePairs, type ShareView } from "@/lib/map-image/share-query";
import { ATLAS_DESCRIPTION, getShareSummary } from "./get-share-summary";

/**
 * Metadata for the view `view` at `path` ("/" or "/compare"; `compare` for the latter): shareMetadata of its
 * summary (getShareSummary, the whole map described without reading the database). When the database cannot
 * answer, the tags describe the atlas as a whole rather than fail the page, whose own data has its error state.
 * Must run while a request is being answered (it reads the request's headers).
 */
export async function getViewMetadata(path: string, view: ShareView, options: { compare?: boolean } = {}): Promise<Metadata> {
  const origin = await pageOrigin();
  const summary = await getShareSummary(view, { compare: options.compare, atlas: "static" }).catch((error: unknown) => {
    console.error(`share tags without the database: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    const title = options.compare ? "Compare two periods" : "Axis Atlas";
    return { title, description: ATLAS_DESCRIPTION, pairs: options.compare ? [] : sharePairs({ ...view, link: undefined, country: undefined }) };
  });
  return shareMetadata(summary, origin, path);
}
