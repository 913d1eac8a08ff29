// How many arcs the map draws by default, and which: the strongest links the view can show legibly, with
// the open panel's ties always among them. At 5,000 links every arc drawn made the map a wall of overlapping
// lines that said nothing; the list, search and filters still reach every link, and "show all" draws them all.
import type { LinkSummary } from "@/lib/schemas/links";
import { compareIds } from "@/lib/domain/link-id";

/**
 * Arcs drawn at world zoom (MapLibre zoom ≤ 2, what a desktop's fit of the world or of Eurasia opens at).
 * Judged from screenshots of 100, 1,000 and 5,000 synthetic links at 1440×900: at 150 the arcs between
 * Europe's and Asia's capitals still read as separate lines; at 300 they merged into bands.
 */
export const BASE_ARC_BUDGET = 150;
/**
 * Past this many arcs to draw ("show all" at thousands of links) the server's first view draws only the strongest
 * this many, and MapLibre is wanted at once: an SVG of thousands of arcs is slow to build and to redraw at each
 * timeline step, and MapLibre can draw them all.
 */
export const FIRST_VIEW_ARC_LIMIT = 300;

/** The zoom up to which BASE_ARC_BUDGET applies; each whole zoom level past it doubles the budget. */
export const BUDGET_BASE_ZOOM = 2;

/**
 * The default number of arcs drawn at `zoom` (MapLibre's zoom level): BASE_ARC_BUDGET up to zoom 2, doubling
 * with each whole level beyond (a level in Web Mercator halves the degrees on screen, so twice the arcs have
 * about the same room). Whole levels only, so the set does not change while a zoom animation runs.
 */
export function arcBudget(zoom: number): number {
  const levels = Math.max(0, Math.floor(zoom) - BUDGET_BASE_ZOOM);
  return BASE_ARC_BUDGET * 2 ** Math.min(levels, 16);
}

/** What the map draws of `total` links: `shown` of them, the strongest, and whether any are left out. */
export interface ArcSelection<L> {
  /** The links to draw, in the order given. */
  shown: L[];
  /** How many links there are. */
  total: number;
  /** How many of them are not drawn (0 when all are). */
  hidden: number;
}

/**
 * The links to draw: all of them when `showAll` or when they fit in `budget`; otherwise the `budget` strongest
 * (by strength, then id, so the same links give the same set) plus every link in `keep` (the open link, the
 * open country's ties), which the reader asked to see whatever their strength. Keeps `links`' order.
 */
export function selectArcs<L extends Pick<LinkSummary, "id" | "strength">>(
  links: readonly L[],
  budget: number,
  options: { showAll?: boolean; keep?: (link: L) => boolean } = {},
): ArcSelection<L> {
  const total = links.length;
  if (options.showAll || total <= budget) return { shown: [...links], total, hidden: 0 };
  const strongest = new Set(
    [...links]
      .sort((a, b) => b.strength - a.strength || compareIds(a.id, b.id))
      .slice(0, budget)
      .map((l) => l.id),
  );
  const keep = options.keep;
  const shown = links.filter((l) => strongest.has(l.id) || (keep ? keep(l) : false));
  return { shown, total, hidden: total - shown.length };
}
