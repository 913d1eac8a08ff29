// What a map image shows for an address (GET /map.svg, /map.png, share previews, embeds): the links for the range
// and filters with the open link or country, or the comparison of two periods, with the title and the verdict in
// the panels' words.
import "server-only";
import { classifyChange, type Change } from "@/lib/domain/compare-periods";
import { formatPeriod, rangeLabel, type MonthRange } from "@/lib/domain/month-range";
import { monthEnd, monthStart, todayIso } from "@/lib/domain/months";
import { linkVerdict } from "@/lib/map/briefing";
import { CHANGE_COLOR, changeStyle, changeTag } from "@/lib/map/compare-style";
import { compareLegend, linkLegend } from "@/lib/map-image/legend";
import { compareSpan, defaultPeriods } from "@/lib/domain/compare-defaults";
import { mapRangeFilters, mapRangeLabel } from "@/lib/map-image/map-range";
import type { MapImageScene } from "@/lib/map-image/render-map-svg";
import { atlasVerdict, compareVerdict, countryVerdict } from "@/lib/map-image/verdicts";
import type { EventFilters } from "@/lib/schemas/filters";
import type { LinkSummary } from "@/lib/schemas/links";
import type { MapImageQuery } from "@/lib/schemas/map-image";
import { notFound } from "./errors";
import { listCountries } from "./list-countries";
import { listLinks } from "./list-links";
import type { FocusTarget } from "@/lib/map/arc-focus";
import { imageLinks } from "@/lib/map-image/image-links";

/** The address without the image's size. */
export type MapSceneQuery = Omit<MapImageQuery, "width" | "height" | "theme">;

/** A scene, and for a comparison the periods it shows ("2019-01..2022-12"), defaults included. */
export type MapScene = MapImageScene & { periods?: { a: string; b: string } };

/** The title of the whole map, when no link or country is open. */
export const ATLAS_TITLE = "How states are tied together";
export const COMPARE_TITLE = "Compare two periods";

function eventFilters(query: MapSceneQuery): EventFilters {
  const { category, evidence, minEvidence, countries, origin } = query;
  return { category, evidence, minEvidence, countries, origin };
}

/** The comparison's periods: the address's, or the compare view's defaults from the first event to this month. */
async function periodsOf(query: MapSceneQuery, filters: EventFilters, today: string): Promise<{ a: MonthRange; b: MonthRange }> {
  if (query.a && query.b) return { a: query.a, b: query.b };
  const first = (await listLinks(filters)).map((l) => l.firstEventOn).filter((d): d is string => !!d).sort()[0];
  const span = compareSpan(first, today);
  return defaultPeriods(span.first, span.last);
}

/** The comparison as a scene: each link that had events in either period, styled and labelled by its change. */
async function compareScene(query: MapSceneQuery, today: string): Promise<MapScene> {
  const filters = eventFilters(query);
  const { a, b } = await periodsOf(query, filters, today);
  const measure = (p: MonthRange) => listLinks({ ...filters, from: monthStart(p.from), to: monthEnd(p.to), asOf: monthEnd(p.to) });
  const [inA, inB, countries] = await Promise.all([measure(a), measure(b), listCountries()]);
  const rows: { link: LinkSummary; change: Change; delta: number; strengthB: number }[] = [];
  inB.forEach((linkB, i) => {
    const linkA = inA[i];
    if (!linkA || linkA.id !== linkB.id) return;
    const change = classifyChange(linkA, linkB);
    if (!change) return;
    rows.push({ link: { ...linkB, strength: Math.max(linkA.strength, linkB.strength) }, change, delta: linkB.strength - linkA.strength, strengthB: linkB.strength });
  });
  const byId = new Map(rows.map((r) => [r.link.id, r]));
  return {
    links: rows.map((r) => r.link),
    countries,
    selection: null,
    title: COMPARE_TITLE,
    verdict: compareVerdict(a, b, rows.map((r) => r.change)),
    rangeLabel: `A: ${rangeLabel(a, true)} · B: ${rangeLabel(b, true)}`,
    legend: compareLegend(),
    styleFor: (link) => {
      const row = byId.get(link.id)!;
      return changeStyle(row.change, row.delta, row.strengthB);
    },
    arcLabels: Object.fromEntries(rows.map((r) => [r.link.id, { text: changeTag(r.change, r.delta), color: CHANGE_COLOR[r.change] }])),
    periods: { a: formatPeriod(a), b: formatPeriod(b) },
  };
}

/**
 * The scene for an address: with `a` and `b`, the comparison of the two periods (the compare view's styles, words
 * on arcs and legend; without them, the compare view's default periods when `compare` is true); otherwise every
 * link for the range and filters (as the dashboard computes them), the open link or country, the title (the
 * link's two countries, the country's name, or the atlas's) and its verdict (lib/map-image/verdicts). Throws
 * AppError not_found when `link` is not among the links the filters select or `country` is not in the atlas;
 * rejects when the database does.
 */
export async function getMapScene(query: MapSceneQuery, options: { compare?: boolean; today?: string } = {}): Promise<MapScene> {
  const today = options.today ?? todayIso();
  if (query.a || options.compare) return compareScene(query, today);
  const range = { from: query.from, to: query.to };
  const [links, countries] = await Promise.all([listLinks(mapRangeFilters(range, eventFilters(query), today)), listCountries()]);
  // As the map draws them at world zoom (lib/map-image/image-links.ts); the words (verdicts) still speak of every link.
  const target: FocusTarget = query.link ? { kind: "link", id: query.link } : query.country ? { kind: "country", id: query.country } : null;
  const drawn = imageLinks(links, target);
  const label = mapRangeLabel(range, links, today);
  const base = {
    links: drawn.shown,
    countries,
    styleFor: drawn.styleFor,
    rangeLabel: drawn.note ? `${label} · ${drawn.note}` : label,
    legend: linkLegend(),
  };
  if (query.link) {
    const link = links.find((l) => l.id === query.link);
    if (!link) throw notFound(`No link ${query.link} among the links these filters select.`);
    return { ...base, selection: { kind: "link", id: link.id }, title: link.countryNames.join(" – "), verdict: linkVerdict(link) };
  }
  if (query.country) {
    const country = countries.find((c) => c.id === query.country);
    if (!country) throw notFound(`No country ${query.country}.`);
    const ties = links.filter((l) => l.countries.includes(country.id));
    return { ...base, selection: { kind: "country", id: country.id }, title: country.name, verdict: countryVerdict(country.id, ties) };
  }
  return { ...base, selection: null, title: ATLAS_TITLE, verdict: atlasVerdict(links) };
}
