// The map as an image, drawn by the server as one SVG string: the same land, arcs (colour, width and pattern from
// lib/map/link-style), capitals and capital labels as the dashboard's first view, framed like MapLibre's
// fitBounds, with the title, the verdict, a legend and the data credits. /map.svg serves it, /map.png rasterises
// it (render-map-png.ts), share previews and embeds show it. Pure: no database, no file system.
import type { LinkDirection } from "@/lib/domain/direction";
import type { LonLat } from "@/lib/map/arc";
import { arrowLabel, arrowLength, arrowOnArc, arrowPolygons, placedPolygon } from "@/lib/map/arc-arrow";
import { capitalLabelPlacements } from "@/lib/map/capital-label-placements";
import { arcFeatures, arcMidpoint, boundsOf, capitalFeatures, capitalLookup } from "@/lib/map/features";
import { LABEL_OFFSET } from "@/lib/map/label-anchor";
import { arcStrokes, EMPTY_BOUNDS, PATTERN_DRAW_ORDER } from "@/lib/map/arc-strokes";
import { PATTERN_STROKE, type LinkStyle } from "@/lib/map/link-style";
import { CAPITAL_DOT, type MapTheme } from "@/lib/map/style";
import { svgNumber, toWorldPixels, worldBoxOf, WORLD_SIZE, type WorldBox } from "@/lib/map/world-pixels";
import type { CountryDto } from "@/lib/schemas/countries";
import type { LinkSummary } from "@/lib/schemas/links";
import { fitBox, toImage, type ImageCamera } from "./fit-box";
import { imageOverlay, type OverlayText } from "./image-overlay";
import { IMAGE_PALETTES } from "./image-palette";
import { escapeXml, textWidth } from "./svg-text";

/** The open panel the image shows: a link's arc highlighted, or a country's ties. */
export interface MapImageSelection {
  kind: "link" | "country";
  id: string;
}

/** What to draw. */
export interface MapImageScene extends OverlayText {
  links: readonly LinkSummary[];
  /** Countries with their capitals (at least those of `links`). */
  countries: readonly CountryDto[];
  selection: MapImageSelection | null;
  /** Another arc style (the compare view's changes); default linkStyle. */
  styleFor?: (link: LinkSummary) => LinkStyle;
  /** A short word on an arc (the compare view's change), with its colour, by link id. */
  arcLabels?: Readonly<Record<string, { text: string; color: string }>>;
}

/** The image's size in px, the land to draw (landSvgElements: SVG elements in world pixels, in the same theme). */
export interface MapImageCanvas {
  width: number;
  height: number;
  land: string;
  /** The colours (IMAGE_PALETTES): the dashboard's dark theme by default, or its light one. */
  theme?: MapTheme;
}

/** How much of the world around a country without ties to show, in degrees each way. */
const LONE_COUNTRY_SPAN: [number, number] = [14, 8];
const n = (v: number) => svgNumber(v, 1);

interface DrawnArc {
  id: string;
  style: LinkStyle;
  points: LonLat[];
  direction: LinkDirection;
  /** The open link, or one of the open country's ties. */
  highlighted: boolean;
}

/** The world box the camera fits: the open link's arc, the open country's ties, or every arc. */
function focusBox(arcs: readonly DrawnArc[], selection: MapImageSelection | null, countries: readonly CountryDto[]): WorldBox {
  let points: LonLat[] = arcs.flatMap((a) => a.points);
  if (selection) {
    const focused = arcs.filter((a) => a.highlighted).flatMap((a) => a.points);
    const country = selection.kind === "country" ? countries.find((c) => c.id === selection.id) : undefined;
    if (focused.length) points = focused;
    else if (country) {
      const [dx, dy] = LONE_COUNTRY_SPAN;
      points = [
        [country.capitalLon - dx, country.capitalLat - dy],
        [country.capitalLon + dx, country.capitalLat + dy],
      ];
    }
  }
  const [x, y, w, h] = worldBoxOf(boundsOf(points) ?? [...EMPTY_BOUNDS]);
  return [x, y, Math.max(w, 1e-3), Math.max(h, 1e-3)];
}

function pathOf(camera: ImageCamera, points: readonly LonLat[]): string {
  return points.map((p, i) => {
    const [x, y] = toImage(camera, toWorldPixels(p));
    return `${i === 0 ? "M" : "L"}${n(x)} ${n(y)}`;
  }).join("");
}

/** The copies of the world (−1, 0, 1: one world width apart) that show in an image `width` px wide. */
function worldCopies(camera: ImageCamera, width: number): number[] {
  return [-1, 0, 1].filter((k) => {
    const left = (k * WORLD_SIZE) * camera.scale + camera.x;
    return left < width && left + WORLD_SIZE * camera.scale > 0;
  });
}

/**
 * The scene as a standalone SVG document of `canvas.width` × `canvas.height` px (a string, UTF-8 text):
 * the sea, the land, the theme's casing under every arc (a brighter one, or on light a darker one, under the open link or the open country's ties), the
 * arcs from weakest to strongest by pattern (dotted, dashed, solid), capitals as dots with the named ones
 * labelled (capitalLabelPlacements), words on arcs if any, then the overlay (imageOverlay). Each arc is a
 * `<path class="arc" data-link-id="…">`. The camera fits the open link's arc, else the open country's ties (its
 * capital when it has none), else every arc, into the space the overlay leaves (fitBox). Line widths follow
 * arcWidthAtZoom at the camera's zoom. Text is SVG <text> in Inter. Pure; never throws.
 */
export function renderMapSvg(scene: MapImageScene, canvas: MapImageCanvas): string {
  const { width, height } = canvas;
  const p = IMAGE_PALETTES[canvas.theme ?? "dark"];
  const overlay = imageOverlay(scene, width, height, p);
  const d = overlay.density;
  const lookup = capitalLookup(scene.countries as CountryDto[]);
  const features = arcFeatures(scene.links, lookup, scene.styleFor);
  const capitals = capitalFeatures(scene.links, lookup);
  const labels = capitalLabelPlacements(scene.links, features, capitals);
  const { selection } = scene;
  const arcs: DrawnArc[] = features.features.map((f) => ({
    id: f.properties.id,
    style: { color: f.properties.color, width: f.properties.width, pattern: f.properties.pattern },
    direction: f.properties.direction,
    points: f.geometry.coordinates as LonLat[],
    highlighted: !!selection && (selection.kind === "link" ? f.properties.id === selection.id : f.properties.id.split("-").includes(selection.id)),
  }));

  const camera = fitBox(focusBox(arcs, selection, scene.countries), width, height, overlay.padding);
  // Line widths are the live map's at the zoom this image would be at in CSS px, times the image's density.
  const zoom = Math.log2(camera.scale / d);
  const strokes = new Map(arcs.map((arc) => [arc.id, arcStrokes(arc.style, zoom, arc.highlighted, d, p)]));
  const paths = new Map(arcs.map((arc) => [arc.id, pathOf(camera, arc.points)]));

  const out: string[] = [];
  out.push(`<rect width="${width}" height="${height}" fill="${p.sea}"/>`);
  const land = worldCopies(camera, width)
    .map((k) => `<use href="#land" xlink:href="#land" x="${k * WORLD_SIZE}"/>`)
    .join("");
  out.push(`<defs><g id="land">${canvas.land}</g></defs>`);
  out.push(`<g class="land" transform="translate(${svgNumber(camera.x, 3)} ${svgNumber(camera.y, 3)}) scale(${svgNumber(camera.scale, 5)})">${land}</g>`);

  out.push(`<g fill="none" stroke-linecap="round" stroke-linejoin="round">`);
  for (const arc of arcs) {
    const { halo } = strokes.get(arc.id)!;
    out.push(
      `<path class="arc-halo" d="${paths.get(arc.id)}" stroke="${halo.color}" stroke-opacity="${halo.opacity}" stroke-width="${n(halo.width)}"/>`,
    );
  }
  out.push(`</g>`);
  for (const pattern of PATTERN_DRAW_ORDER) {
    out.push(`<g fill="none" stroke-linejoin="round" stroke-linecap="${PATTERN_STROKE[pattern].cap}">`);
    for (const arc of arcs.filter((a) => a.style.pattern === pattern)) {
      const { line } = strokes.get(arc.id)!;
      const dashArray = line.dasharray ? ` stroke-dasharray="${line.dasharray.map((v) => svgNumber(v)).join(" ")}"` : "";
      const opacity = line.opacity < 1 ? ` stroke-opacity="${line.opacity}"` : "";
      out.push(
        `<path class="arc" data-link-id="${escapeXml(arc.id)}" data-pattern="${pattern}" d="${paths.get(arc.id)}" ` +
          `stroke="${line.color}" stroke-width="${svgNumber(line.width)}"${dashArray}${opacity}/>`,
      );
    }
    out.push(`</g>`);
  }

  // Direction arrows mid-arc, as the map's arcArrowLayer draws them (lib/map/arc-arrow.ts).
  out.push(`<g class="arc-arrows" stroke="${p.sea}" stroke-width="${n(1.5 * d)}" stroke-linejoin="round" paint-order="stroke">`);
  for (const arc of arcs) {
    const arrow = arrowOnArc(arc.points.map((p) => toImage(camera, toWorldPixels(p))), arc.direction);
    if (!arrow) continue;
    for (const polygon of arrowPolygons(arc.direction)) {
      out.push(
        `<polygon data-arrow="${escapeXml(arrowLabel(arc.id, arc.direction)!)}" points="${placedPolygon(polygon, arrow.at, arrow.angle, arrowLength(arc.style.width) * d)}" fill="${arc.style.color}"/>`,
      );
    }
  }
  out.push(`</g>`);

  out.push(`<g class="capitals">`);
  for (const c of capitals.features) {
    const [x, y] = toImage(camera, toWorldPixels(c.geometry.coordinates as LonLat));
    const selected = selection?.kind === "country" && selection.id === c.properties.id;
    const dot = CAPITAL_DOT;
    out.push(`<circle cx="${n(x)}" cy="${n(y)}" r="${n((selected ? dot.haloRadiusSelected : dot.haloRadius) * d)}" fill="${p.capitalHalo}" fill-opacity="${dot.haloOpacity}"/>`);
    // MapLibre strokes a circle outside its radius: the ring runs from the dot's edge out ringWidth px.
    if (selected) {
      out.push(
        `<circle cx="${n(x)}" cy="${n(y)}" r="${n((dot.radiusSelected + dot.ringWidth / 2) * d)}" fill="none" stroke="${dot.ringColor}" stroke-width="${n(dot.ringWidth * d)}"/>`,
      );
    }
    out.push(`<circle data-capital="${escapeXml(c.properties.id)}" cx="${n(x)}" cy="${n(y)}" r="${n((selected ? dot.radiusSelected : dot.radius) * d)}" fill="${p.capital}"/>`);
  }
  out.push(`</g>`);

  // Labels: the dashboard's 12 px semibold with a dark halo (paint-order draws the halo under the glyphs).
  const labelSize = 12 * d;
  out.push(
    `<g class="capital-labels" font-size="${n(labelSize)}" font-weight="600" fill="${p.capital}" stroke="${p.sea}" ` +
      `stroke-width="${n(3 * d)}" stroke-linejoin="round" paint-order="stroke" letter-spacing="${n(0.24 * d)}">`,
  );
  for (const label of labels) {
    const [x, y] = toImage(camera, toWorldPixels(label.at));
    const [ox, oy] = LABEL_OFFSET[label.anchor].map((v) => v * d) as [number, number];
    const at =
      label.anchor === "left"
        ? { x: x + ox, y: y + labelSize * 0.36, anchor: "start" }
        : label.anchor === "right"
          ? { x: x + ox, y: y + labelSize * 0.36, anchor: "end" }
          : label.anchor === "top"
            ? { x, y: y + oy + labelSize * 0.78, anchor: "middle" }
            : { x, y: y + oy - labelSize * 0.18, anchor: "middle" };
    out.push(`<text x="${n(at.x)}" y="${n(at.y)}" text-anchor="${at.anchor}">${escapeXml(label.capital)}</text>`);
  }
  out.push(`</g>`);

  if (scene.arcLabels) {
    const size = 12 * d;
    out.push(`<g class="arc-labels" font-size="${n(size)}" font-weight="700" text-anchor="middle">`);
    for (const arc of arcs) {
      const label = scene.arcLabels[arc.id];
      if (!label) continue;
      const [x, y] = toImage(camera, toWorldPixels(arcMidpoint(arc.points)));
      const w = textWidth(label.text, size, true) + 12 * d;
      const h = size * 1.5;
      out.push(
        `<rect x="${n(x - w / 2)}" y="${n(y - h / 2)}" width="${n(w)}" height="${n(h)}" rx="${n(h / 2)}" fill="${p.sea}" fill-opacity="0.92" stroke="${label.color}" stroke-width="${n(1.5 * d)}"/>` +
          `<text x="${n(x)}" y="${n(y + size * 0.36)}" fill="${label.color}">${escapeXml(label.text)}</text>`,
      );
    }
    out.push(`</g>`);
  }

  out.push(overlay.svg);
  const title = escapeXml(scene.title);
  const desc = escapeXml(`${scene.verdict} ${scene.rangeLabel}.`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="map-title map-desc" ` +
    `font-family="Inter, 'Inter Variable', system-ui, sans-serif">` +
    `<title id="map-title">${title}</title><desc id="map-desc">${desc}</desc>${out.join("")}</svg>\n`
  );
}
