// How the SVG drawings (the server's first view, /map.svg and /map.png) stroke an arc and draw a capital: the map
// layers' rules (lib/map/style.ts, from lib/map/link-style.ts) as SVG values, in one place, so every drawing
// agrees with MapLibre and with the others.
import { ARC_HALO_EXTRA, arcWidthAtZoom, DOTTED_OPACITY, PATTERN_STROKE, type LinkPattern, type LinkStyle } from "./link-style";
import { DIMMED_OPACITY, type ArcFocus } from "./arc-focus";
import { CAPITAL_DOT, COLORS, type MapPalette } from "./style";

/** The order the map's layers draw arcs in (style.ts DATA_LAYERS): every halo, then dotted, dashed, solid. */
export const PATTERN_DRAW_ORDER: readonly LinkPattern[] = ["dotted", "dashed", "solid"];

/**
 * Where MapLibre opens when there is nothing to fit (use-maplibre-map.ts: center [85, 42], zoom 2), as bounds
 * [west, south, east, north] in degrees for the drawings that fit bounds.
 */
export const EMPTY_BOUNDS: readonly [number, number, number, number] = [40, 15, 130, 62];

export interface SvgStroke {
  color: string;
  /** CSS px times the drawing's density. */
  width: number;
  opacity: number;
  /** Dash and gap lengths in the same units as width; null for a solid line. */
  dasharray: number[] | null;
  linecap: "round" | "butt";
}

/**
 * The halo under an arc and the arc itself, as the map's layers draw them at `zoom` (arcWidthAtZoom). Widths are
 * CSS px times `density` (an image's pixels per CSS px; 1 on a page). A highlighted arc (the open link, or the
 * open country's ties) has the white halo of a selected one; a dimmed one (`style.focus` "dim", another link while
 * a panel is open) keeps DIMMED_OPACITY of its opacity, as the layers' unlessDimmed does. The casings' colours
 * come from `palette` (a theme's MapPalette; the dark one by default, as the first view draws).
 */
export function arcStrokes(
  style: LinkStyle & { focus?: ArcFocus },
  zoom: number,
  highlighted: boolean,
  density = 1,
  palette: MapPalette = COLORS,
): { halo: SvgStroke; line: SvgStroke } {
  const width = arcWidthAtZoom(style.width, zoom) * density;
  const { dash, cap } = PATTERN_STROKE[style.pattern];
  const dim = style.focus === "dim" ? DIMMED_OPACITY : 1;
  return {
    halo: {
      color: highlighted ? palette.arcHaloHighlight : palette.arcHalo,
      width: width + ARC_HALO_EXTRA * density,
      opacity: (highlighted ? palette.arcHaloHighlightOpacity : palette.arcHaloOpacity) * dim,
      dasharray: null,
      linecap: "round",
    },
    line: {
      color: style.color,
      width,
      opacity: (style.pattern === "dotted" && !highlighted ? DOTTED_OPACITY : 1) * dim,
      dasharray: dash ? dash.map((v) => v * width) : null,
      linecap: cap,
    },
  };
}

/** A capital's dot as concentric discs, outermost first, radii in CSS px times `density` (style.ts's circle layers). */
export function capitalDiscs(selected: boolean, density = 1): { radius: number; color: string; opacity: number }[] {
  const d = CAPITAL_DOT;
  const discs: { radius: number; color: string; opacity: number }[] = [
    { radius: (selected ? d.haloRadiusSelected : d.haloRadius) * density, color: COLORS.capitalHalo, opacity: d.haloOpacity },
  ];
  // MapLibre draws a circle's stroke outside its radius: the ring is a disc ringWidth wider under the dot.
  if (selected) discs.push({ radius: (d.radiusSelected + d.ringWidth) * density, color: d.ringColor, opacity: 1 });
  discs.push({ radius: (selected ? d.radiusSelected : d.radius) * density, color: COLORS.capital, opacity: 1 });
  return discs;
}
