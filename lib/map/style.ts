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

export const COLORS = {
  sea: "#0a1420",
  land: "#1d2b3b",
  landHover: "#283a4e",
  landSelected: "#2f4660",
  border: "#3a4d63",
  capital: "#f4f7fb",
  capitalHalo: "#0a1420",
} as const;

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

export const landLayer: FillLayerSpecification = {
  id: LAYER.land,
  type: "fill",
  source: SOURCE.basemap,
  filter: isCountry,
  paint: {
    "fill-color": [
      "case",
      ["boolean", ["feature-state", "selected"], false],
      COLORS.landSelected,
      ["boolean", ["feature-state", "hover"], false],
      COLORS.landHover,
      COLORS.land,
    ],
    "fill-antialias": true,
  },
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

/** A dark casing under every arc so it reads over land and sea alike; brighter when hovered or selected. */
export const arcHaloLayer: LineLayerSpecification = {
  id: LAYER.arcHalo,
  type: "line",
  source: SOURCE.arcs,
  layout: { "line-sort-key": strongestOnTop, "line-cap": "round", "line-join": "round" },
  paint: {
    "line-color": ["case", selectedOrHovered, "#ffffff", COLORS.sea],
    "line-opacity": unlessDimmed(["case", selectedOrHovered, 0.35, ARC_HALO_OPACITY]),
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
  paint: { "icon-color": ["get", "color"], "icon-halo-color": COLORS.sea, "icon-halo-width": 1.5, "icon-opacity": unlessDimmed(1) },
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

const emptyCollection = (): GeoJSON.FeatureCollection => ({ type: "FeatureCollection", features: [] });

/** The built-in style: everything from the app's own origin, no glyphs, no sprites, no tiles. */
export function builtInStyle(basemapUrl: string = BASEMAP_URL): StyleSpecification {
  return {
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
}
