// What a shared view says about itself (Open Graph and Twitter card tags, the embeds' caption): a title, the open
// link's or country's one-line verdict in the panels' words, and the query of the image that previews it.
// Cheaper than a map image: only the open link's or country's links are measured.
import "server-only";
import { todayIso } from "@/lib/domain/months";
import { linkVerdict } from "@/lib/map/briefing";
import { mapRangeFilters } from "@/lib/map-image/map-range";
import type { ShareSummary } from "@/lib/map-image/share-metadata";
import { sharePairs, type ShareView } from "@/lib/map-image/share-query";
import { atlasVerdict, countryVerdict } from "@/lib/map-image/verdicts";
import type { EventFilters } from "@/lib/schemas/filters";
import { COMPARE_TITLE, getMapScene } from "./get-map-scene";
import { listCountries } from "./list-countries";
import { listLinks } from "./list-links";

/** What the site says of itself when no link or country is open (app/layout.tsx's description). */
export const ATLAS_DESCRIPTION = "How states are tied together, and how sure we are of it: dated, sourced, evidence-graded events.";

function filtersOf(view: ShareView): EventFilters {
  const { category, evidence, minEvidence, countries, origin } = view;
  return { category, evidence, minEvidence, countries, origin };
}

/**
 * The summary of `view`. A link's verdict and a country's are measured for the view's range and filters as the
 * dashboard's panels are (all links, not only those touching `countries`). An unknown link or country falls back
 * to the whole atlas. `compare`: the view is a comparison (its periods, or the compare view's defaults). `atlas`:
 * how the whole map is described, "static" (ATLAS_DESCRIPTION, no database read) or "measured" (atlasVerdict).
 * Rejects when the database does.
 */
export async function getShareSummary(view: ShareView, options: { compare?: boolean; atlas?: "static" | "measured"; today?: string } = {}): Promise<ShareSummary> {
  const today = options.today ?? todayIso();
  if (options.compare || view.a) {
    const scene = await getMapScene({ ...filtersOf(view), a: view.a, b: view.b }, { compare: true, today });
    const [a, b] = [scene.periods!.a, scene.periods!.b];
    return { title: COMPARE_TITLE, description: scene.verdict, pairs: [["a", a], ["b", b], ...sharePairs(filtersOf(view))] };
  }
  const range = { from: view.from, to: view.to };
  const panelFilters = mapRangeFilters(range, { ...filtersOf(view), countries: undefined }, today);
  const base = { ...view, link: undefined, country: undefined };
  if (view.link) {
    const link = (await listLinks(panelFilters, view.link.split("-")[0])).find((l) => l.id === view.link);
    if (link) return { title: link.countryNames.join(" – "), description: linkVerdict(link), pairs: sharePairs({ ...base, link: link.id }) };
  } else if (view.country) {
    const [country, links] = await Promise.all([listCountries().then((all) => all.find((c) => c.id === view.country)), listLinks(panelFilters, view.country)]);
    if (country) return { title: country.name, description: countryVerdict(country.id, links), pairs: sharePairs({ ...base, country: country.id }) };
  }
  const description = options.atlas === "measured" ? atlasVerdict(await listLinks(mapRangeFilters(range, filtersOf(view), today))) : ATLAS_DESCRIPTION;
  return { title: "Axis Atlas", description, pairs: sharePairs(base) };
}
