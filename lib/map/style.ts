// The map's sources and layers as data. A quiet basemap (navy sea, slate land, hairline borders) so that
// only the arcs carry colour. No glyphs or sprites: every label lives in HTML; the direction arrows are images the
// map adds itself (use-maplibre-map.ts).
// Type-only imports: nothing here loads maplibre-gl at run time (components/map does that).
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from "maplibre-gl";
import { ARROW_IMAGE_PIXEL_RATIO, ARROW_IMAGE_SIZE, ARROW_LENGTH } from "./arc-arrow";
import { DIMMED_OPACITY } from "./arc-focus";
import { ARC_HALO_EXTRA, ARC_HALO_OPACITY, ARC_ZOOM_STOPS, DOTTED_OPACITY, PATTERN_STROKE, type LinkPattern } from "./link-style";

export const BASEMAP_URL = "/basemap/countries-110m.geojson";
/** The same land as an SVG image in world pixels (scripts/build-basemap-svg.ts), under the server-drawn first view. */
export const LAND_IMAGE_URL = "/basemap/land.svg";

/** The basemap's and capitals' data credits, shown by every drawing of the map (MapLibre's attribution, SVG, PNG). */
export const MAP_CREDITS = "Countries: Natural Earth · Capitals: GeoNames (CC BY 4.0)";

export const SOURCE = {
  basemap: "basemap",
  arcs: "arcs",
  capitals: "capitals",
} as const;

export const LAYER = {
  background: "background",
  land: "land",
  landHover: "land-hover",
  borders: "borders",
  arcHalo: "arc-halo",
  arcSolid: "arc-solid",
  arcDashed: "arc-dashed",
  arcDotted: "arc-dotted",
  arcArrow: "arc-arrow",
  arcHit: "arc-hit",
  capitalHalo: "capital-halo",
  capital: "capital",
} as const;

/** The basemap's and the casings' colours in one theme (lib/theme.ts). The arcs keep their colours in both. */
export interface MapPalette {
  sea: string;
  land: string;
  landHover: string;
  landSelected: string;
  border: string;
  capital: string;
  capitalHalo: string;
  /** The casing under every arc, and under a hovered or selected one (with its opacity). */
  arcHalo: string;
  arcHaloOpacity: number;
  arcHaloHighlight: string;
  arcHaloHighlightOpacity: number;
}

/**
 * Dark: navy sea, slate land, white capitals. Light: pale blue-grey sea, near-white land, navy capitals. Both
 * keep the arcs' dark casing so the pale "mixed" colour and the thin dotted arcs read over light land as well;
 * lib/map/colour-vision.test.ts checks the arc colours stay apart from each other and from the land.
 */
export const MAP_PALETTES: Record<MapTheme, MapPalette> = {
  dark: {
    sea: "#0a1420",
    land: "#1d2b3b",
    landHover: "#283a4e",
    landSelected: "#2f4660",
    border: "#3a4d63",
    capital: "#f4f7fb",
    capitalHalo: "#0a1420",
    arcHalo: "#0a1420",
    arcHaloOpacity: ARC_HALO_OPACITY,
    arcHaloHighlight: "#ffffff",
    arcHaloHighlightOpacity: 0.35,
  },
  light: {
    sea: "#c9d8e6",
    land: "#f4f6f8",
    landHover: "#e6ecf2",
    landSelected: "#d6e2ee",
    border: "#9aabbd",
    capital: "#102033",
    capitalHalo: "#ffffff",
    // Lighter than the dark theme's casing: on pale land a full-strength one made every arc look engraved.
    arcHalo: "#334155",
    arcHaloOpacity: 0.32,
    arcHaloHighlight: "#0e1a28",
    arcHaloHighlightOpacity: 0.6,
  },
};

/** Which palette the map draws with: the page's resolved theme (lib/theme.ts). */
export type MapTheme = "dark" | "light";

/** The dark palette: what the server's drawings (/map.svg, /map.png, the first view's casings) use. */
export const COLORS = MAP_PALETTES.dark;

const isCountry: ExpressionSpecification = ["==", ["get", "kind"], "country"];
const isBorder: ExpressionSpecification = ["==", ["get", "kind"], "border"];
const hasPattern = (pattern: LinkPattern): ExpressionSpecification => ["==", ["get", "pattern"], pattern];

/** Widths grow a little as the reader zooms in (ARC_ZOOM_STOPS), so arcs stay legible over a closer basemap. */
const arcWidth = (extra = 0): ExpressionSpecification => [
  "interpolate",
  ["linear"],
  ["zoom"],
  ...ARC_ZOOM_STOPS.flatMap(([zoom, factor]) => [zoom, ["+", ["*", ["get", "width"], factor], extra] as ExpressionSpecification]),
] as ExpressionSpecification;

const dashOf = (pattern: LinkPattern): number[] => [...PATTERN_STROKE[pattern].dash!];

const selectedOrHovered: ExpressionSpecification = [
  "any",
  ["boolean", ["feature-state", "selected"], false],
  ["boolean", ["feature-state", "hover"], false],
];

const landFill = (p: MapPalette): ExpressionSpecification => [
  "case",
  ["boolean", ["feature-state", "selected"], false],
  p.landSelected,
  ["boolean", ["feature-state", "hover"], false],
  p.landHover,
  p.land,
];

export const landLayer: FillLayerSpecification = {
  id: LAYER.land,
  type: "fill",
  source: SOURCE.basemap,
  filter: isCountry,
  paint: { "fill-color": landFill(COLORS), "fill-antialias": true },
};

export const bordersLayer: LineLayerSpecification = {
  id: LAYER.borders,
  type: "line",
  source: SOURCE.basemap,
  filter: isBorder,
  layout: { "line-join": "round" },
  paint: { "line-color": COLORS.border, "line-width": ["interpolate", ["linear"], ["zoom"], 1, 0.4, 6, 1] },
};

/**
 * Within a layer, stronger arcs are drawn over weaker ones. A sort key rather than the order of the source's
 * features: a timeline step updates the source by diff (lib/map/source-diff.ts), which keeps features where
 * they were while their strengths change.
 */
const strongestOnTop: ExpressionSpecification = [
  "+",
  ["get", "strength"],
  // The open panel's ties above every other arc (strengths stay far below this).
  ["case", ["==", ["get", "focus"], "front"], 1e9, 0],
];

/** Another link's arc while a panel is open (lib/map/arc-focus.ts): kept as context, plainly behind. */
const isDimmed: ExpressionSpecification = ["==", ["get", "focus"], "dim"];
/** `opacity`, times DIMMED_OPACITY for a dimmed arc that is not hovered. */
const unlessDimmed = (opacity: number | ExpressionSpecification): ExpressionSpecification => [
  "case",
  ["all", isDimmed, ["!", ["boolean", ["feature-state", "hover"], false]]],
  ["*", opacity, DIMMED_OPACITY],
  opacity,
];

const haloColor = (p: MapPalette): ExpressionSpecification => ["case", selectedOrHovered, p.arcHaloHighlight, p.arcHalo];
const haloOpacity = (p: MapPalette): ExpressionSpecification => unlessDimmed(["case", selectedOrHovered, p.arcHaloHighlightOpacity, p.arcHaloOpacity]);

/** A dark casing under every arc so it reads over land and sea alike; brighter when hovered or selected. */
export const arcHaloLayer: LineLayerSpecification = {
  id: LAYER.arcHalo,
  type: "line",
  source: SOURCE.arcs,
  layout: { "line-sort-key": strongestOnTop, "line-cap": "round", "line-join": "round" },
  paint: {
    "line-color": haloColor(COLORS),
    "line-opacity": haloOpacity(COLORS),
    "line-width": arcWidth(ARC_HALO_EXTRA),
    "line-blur": 1,
  },
};

export const arcSolidLayer: LineLayerSpecification = {
  id: LAYER.arcSolid,
  type: "line",
  source: SOURCE.arcs,
  filter: hasPattern("solid"),
  layout: { "line-sort-key": strongestOnTop, "line-cap": "round", "line-join": "round" },
  paint: { "line-color": ["get", "color"], "line-width": arcWidth(), "line-opacity": unlessDimmed(1) },
};

/** line-dasharray is not data-driven, so each pattern gets its own layer filtered by property. */
export const arcDashedLayer: LineLayerSpecification = {
  id: LAYER.arcDashed,
  type: "line",
  source: SOURCE.arcs,
  filter: hasPattern("dashed"),
  layout: { "line-sort-key": strongestOnTop, "line-cap": PATTERN_STROKE.dashed.cap, "line-join": "round" },
  paint: { "line-color": ["get", "color"], "line-width": arcWidth(), "line-dasharray": dashOf("dashed"), "line-opacity": unlessDimmed(1) },
};

export const arcDottedLayer: LineLayerSpecification = {
  id: LAYER.arcDotted,
  type: "line",
  source: SOURCE.arcs,
  filter: hasPattern("dotted"),
  layout: { "line-sort-key": strongestOnTop, "line-cap": PATTERN_STROKE.dotted.cap, "line-join": "round" },
  paint: {
    "line-color": ["get", "color"],
    "line-width": arcWidth(),
    "line-dasharray": dashOf("dotted"),
    "line-opacity": unlessDimmed(["case", selectedOrHovered, 1, DOTTED_OPACITY]),
  },
};

/**
 * A wide, invisible line over every arc: what hover and click query, so a thin dotted arc is as easy to hit
 * as a thick one. Opacity 0 on purpose: MapLibre then skips drawing it (draw_line returns early) but still
 * indexes it for queryRenderedFeatures, which reads bucket geometry, not pixels. At 0.01 it was drawn, 16 px
 * wide under every arc: at 5,000 arcs most of a frame's fill in software rendering.
 */
export const arcHitLayer: LineLayerSpecification = {
  id: LAYER.arcHit,
  type: "line",
  source: SOURCE.arcs,
  layout: { "line-cap": "round", "line-join": "round" },
  paint: { "line-color": "#000000", "line-opacity": 0, "line-width": 16 },
};

/** The names the direction arrows' images are added under (use-maplibre-map.ts, from lib/map/arc-arrow.ts). */
export const ARROW_ICON = { oneWay: "arc-arrow-one-way", twoWay: "arc-arrow-two-way" } as const;

/**
 * Which way a link runs (lib/domain/direction.ts): an arrowhead at the middle of its arc, coloured like it, with
 * the halo's dark casing. The arc's vertices go from country A to B and a line-placed icon points along them, so
 * "b_to_a" turns it round. Sized from the arc's width (arrowLength), in CSS px whatever the zoom.
 */
export const arcArrowLayer: SymbolLayerSpecification = {
  id: LAYER.arcArrow,
  type: "symbol",
  source: SOURCE.arcs,
  filter: ["in", ["get", "direction"], ["literal", ["a_to_b", "b_to_a", "two_way"]]],
  layout: {
    "symbol-placement": "line-center",
    "symbol-sort-key": strongestOnTop,
    "icon-image": ["case", ["==", ["get", "direction"], "two_way"], ARROW_ICON.twoWay, ARROW_ICON.oneWay],
    "icon-rotate": ["case", ["==", ["get", "direction"], "b_to_a"], 180, 0],
    "icon-rotation-alignment": "map",
    "icon-size": ["/", ["+", ARROW_LENGTH.base, ["*", ARROW_LENGTH.perWidth, ["get", "width"]]], ARROW_IMAGE_SIZE / ARROW_IMAGE_PIXEL_RATIO],
    "icon-allow-overlap": true,
    "icon-ignore-placement": true,
  },
  paint: { "icon-color": ["get", "color"], "icon-halo-color": COLORS.arcHalo, "icon-halo-width": 1.5, "icon-opacity": unlessDimmed(1) },
};

/** Capitals' dots in CSS px: a dark halo, a white dot, and a blue ring round the open country's. */
export const CAPITAL_DOT = {
  haloRadius: 6.5,
  haloRadiusSelected: 9,
  haloOpacity: 0.85,
  radius: 4,
  radiusSelected: 6,
  ringWidth: 2,
  ringColor: "#4EA5FF",
} as const;

const isSelected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];

export const capitalHaloLayer: CircleLayerSpecification = {
  id: LAYER.capitalHalo,
  type: "circle",
  source: SOURCE.capitals,
  paint: {
    "circle-radius": ["case", isSelected, CAPITAL_DOT.haloRadiusSelected, CAPITAL_DOT.haloRadius],
    "circle-color": COLORS.capitalHalo,
    "circle-opacity": CAPITAL_DOT.haloOpacity,
  },
};

export const capitalLayer: CircleLayerSpecification = {
  id: LAYER.capital,
  type: "circle",
  source: SOURCE.capitals,
  paint: {
    "circle-radius": ["case", isSelected, CAPITAL_DOT.radiusSelected, CAPITAL_DOT.radius],
    "circle-color": COLORS.capital,
    "circle-stroke-color": ["case", isSelected, CAPITAL_DOT.ringColor, COLORS.capital],
    "circle-stroke-width": ["case", isSelected, CAPITAL_DOT.ringWidth, 0],
  },
};

/** The layers the app adds on top of any basemap (ours or a configured remote style). */
export const DATA_LAYERS = [
  arcHaloLayer,
  arcDottedLayer,
  arcDashedLayer,
  arcSolidLayer,
  arcArrowLayer,
  arcHitLayer,
  capitalHaloLayer,
  capitalLayer,
] as const;

/** Layers a pointer can hit, most specific first: an arc beats a capital, a capital beats a country. */
export const INTERACTIVE_LAYERS = [LAYER.arcHit, LAYER.capital, LAYER.land] as const;

/** A paint property of a layer, set to a value: one step of switching the map's theme. */
export type PaintChange = readonly [layer: string, property: string, value: unknown];

/**
 * What to set so the map draws in `theme`'s colours, layer by layer (map.setPaintProperty), without reloading
 * the style or its sources. The basemap's layers are only ours to change with the built-in style (`basemap`
 * false for a configured remote style, whose own colours stay as they are).
 */
export function themePaint(theme: MapTheme, basemap = true): PaintChange[] {
  const p = MAP_PALETTES[theme];
  const data: PaintChange[] = [
    [LAYER.arcHalo, "line-color", haloColor(p)],
    [LAYER.arcHalo, "line-opacity", haloOpacity(p)],
    [LAYER.arcArrow, "icon-halo-color", p.arcHalo],
    [LAYER.capitalHalo, "circle-color", p.capitalHalo],
    [LAYER.capital, "circle-color", p.capital],
    [LAYER.capital, "circle-stroke-color", ["case", isSelected, CAPITAL_DOT.ringColor, p.capital]],
  ];
  if (!basemap) return data;
  return [
    [LAYER.background, "background-color", p.sea],
    [LAYER.land, "fill-color", landFill(p)],
    [LAYER.borders, "line-color", p.border],
    ...data,
  ];
}

const emptyCollection = (): GeoJSON.FeatureCollection => ({ type: "FeatureCollection", features: [] });

/** The built-in style: everything from the app's own origin, no glyphs, no sprites, no tiles. */
export function builtInStyle(basemapUrl: string = BASEMAP_URL, theme: MapTheme = "dark"): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    name: "Axis Atlas",
    projection: { type: "mercator" },
    sources: {
      [SOURCE.basemap]: { type: "geojson", data: basemapUrl, attribution: MAP_CREDITS, promoteId: "iso2" },
      [SOURCE.arcs]: { type: "geojson", data: emptyCollection(), promoteId: "id" },
      [SOURCE.capitals]: { type: "geojson", data: emptyCollection(), promoteId: "id" },
    },
    layers: [
      { id: LAYER.background, type: "background", paint: { "background-color": COLORS.sea } },
      landLayer,
      bordersLayer,
      ...DATA_LAYERS,
    ],
  };
  // Opening in the light theme: the same layers with the light palette, so the first frame is already right.
  if (theme !== "dark") {
    const byId = new Map(style.layers.map((layer) => [layer.id, layer]));
    for (const [id, property, value] of themePaint(theme)) {
      const layer = byId.get(id)!;
      byId.set(id, { ...layer, paint: { ...(layer as { paint?: object }).paint, [property]: value } } as typeof layer);
    }
    style.layers = style.layers.map((layer) => byId.get(layer.id)!);
  }
  return style;
}
