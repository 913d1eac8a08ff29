// The words around a server-drawn map: the title, verdict and range, the legend and the data credits, laid out
// for the image's size. Wide images (share previews, downloads) get a panel on the left; narrow or short ones
// (embeds, phones) a band at the top and a compact legend along the bottom. Returns the SVG and the padding the
// map's camera must keep clear, so arcs never run under the words.
import { arcWidth, PATTERN_STROKE } from "@/lib/map/link-style";
import { MAP_CREDITS } from "@/lib/map/style";
import { svgNumber } from "@/lib/map/world-pixels";
import type { FitPadding } from "./fit-box";
import { IMAGE_PALETTES, type ImagePalette } from "./image-palette";
import { LEGEND_NEUTRAL, type LegendEntry } from "./legend";
import { escapeXml, packSegments, textWidth, wrapText } from "./svg-text";

/** What the overlay says. */
export interface OverlayText {
  title: string;
  /** The one-line verdict (a link's, a country's, the atlas's or the comparison's). */
  verdict: string;
  /** The range shown, in words ("January 2023 – April 2024"). */
  rangeLabel: string;
  legend: readonly LegendEntry[];
}

export interface Overlay {
  /** SVG elements in image px, drawn over the map. */
  svg: string;
  /** What the map's camera keeps clear, in image px. */
  padding: FitPadding;
  /** Image px per CSS px of the live map: line widths, dots and labels are multiplied by it. */
  density: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const n = (v: number) => svgNumber(v, 1);

function text(x: number, y: number, content: string, size: number, attrs = ""): string {
  return `<text x="${n(x)}" y="${n(y)}" font-size="${n(size)}"${attrs ? ` ${attrs}` : ""}>${escapeXml(content)}</text>`;
}

/** A legend sample centred vertically on `cy`: a line `length` px long, or a capital's dot. */
function swatch(entry: LegendEntry, x: number, cy: number, length: number, density: number, p: ImagePalette): string {
  if (entry.kind === "capital") {
    const cx = x + length / 2;
    return (
      `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(6.5 * density)}" fill="${p.capitalHalo}" fill-opacity="0.85"/>` +
      `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(4 * density)}" fill="${p.capital}"/>`
    );
  }
  const width = (entry.pattern === "dotted" ? arcWidth(0) + 0.75 : 3) * density;
  const { dash, cap } = PATTERN_STROKE[entry.pattern];
  const inset = cap === "round" ? width / 2 : 0;
  const dashArray = dash ? ` stroke-dasharray="${dash.map((d) => n(d * width)).join(" ")}"` : "";
  const color = entry.color === LEGEND_NEUTRAL ? p.soft : entry.color;
  return `<path d="M${n(x + inset)} ${n(cy)}H${n(x + length - inset)}" stroke="${color}" stroke-width="${n(width)}" stroke-linecap="${cap}"${dashArray} fill="none"/>`;
}

/** The panel layout at `density`, and how tall it needs to be. */
function panelAt(t: OverlayText, width: number, height: number, density: number, p: ImagePalette): { overlay: Overlay; needed: number } {
  const d = density;
  const panel = Math.round(Math.min(width * 0.34, 400 * d));
  const pad = 28 * d;
  const inner = panel - 2 * pad;
  const out: string[] = [];
  let y = pad;

  const eyebrow = 12 * d;
  out.push(text(pad, y + eyebrow * 0.9, "AXIS ATLAS", eyebrow, `font-weight="700" letter-spacing="${n(1.6 * d)}" fill="${p.accent}"`));
  y += eyebrow + 14 * d;

  const titleSize = 26 * d;
  for (const line of wrapText(t.title, inner, titleSize, 3, true)) {
    out.push(text(pad, y + titleSize * 0.95, line, titleSize, `font-weight="700" fill="${p.text}" class="image-title"`));
    y += titleSize * 1.22;
  }
  y += 8 * d;

  const verdictSize = 15 * d;
  for (const line of wrapText(t.verdict, inner, verdictSize, 6)) {
    out.push(text(pad, y + verdictSize * 0.95, line, verdictSize, `fill="${p.soft}" class="image-verdict"`));
    y += verdictSize * 1.45;
  }
  y += 8 * d;

  const rangeSize = 13 * d;
  for (const line of wrapText(t.rangeLabel, inner, rangeSize, 2)) {
    out.push(text(pad, y + rangeSize * 0.95, line, rangeSize, `fill="${p.muted}" class="image-range"`));
    y += rangeSize * 1.4;
  }
  y += 22 * d;

  const headingSize = 11 * d;
  out.push(text(pad, y + headingSize * 0.95, "READING THE MAP", headingSize, `font-weight="700" letter-spacing="${n(1.2 * d)}" fill="${p.muted}"`));
  y += headingSize + 12 * d;

  const rowSize = 13 * d;
  const swatchLength = 30 * d;
  const textX = pad + swatchLength + 10 * d;
  out.push(`<g class="image-legend">`);
  for (const entry of t.legend) {
    const lines = wrapText(entry.text, panel - pad - textX, rowSize, 2);
    out.push(swatch(entry, pad, y + rowSize * 0.62, swatchLength, d, p));
    lines.forEach((line, i) => out.push(text(textX, y + rowSize * (0.95 + i * 1.3), line, rowSize, `fill="${p.soft}"`)));
    y += Math.max(lines.length * rowSize * 1.3, 18 * d) + 7 * d;
  }
  out.push(`</g>`);

  const creditSize = 11 * d;
  const credits = packSegments(["Axis Atlas", ...MAP_CREDITS.split(" · ")], inner, creditSize);
  const creditsHeight = credits.length * creditSize * 1.4;
  const creditsTop = Math.max(y + 14 * d, height - pad - creditsHeight);
  credits.forEach((line, i) => out.push(text(pad, creditsTop + creditSize * (0.95 + i * 1.4), line, creditSize, `fill="${p.muted}" class="image-credits"`)));
  const needed = creditsTop + creditsHeight + pad * 0.7;

  const background =
    `<rect x="0" y="0" width="${panel}" height="${height}" fill="${p.sea}" fill-opacity="0.9"/>` +
    `<path d="M${panel - 0.5} 0V${height}" stroke="${p.panelEdge}" stroke-width="1"/>`;
  return {
    overlay: {
      svg: `<g class="image-panel">${background}${out.join("")}</g>`,
      padding: { left: panel + 72 * d, right: 90 * d, top: 48 * d, bottom: 48 * d },
      density: d,
    },
    needed,
  };
}

/** The compact layout: a title band at the top, the legend and credits along the bottom. */
function compact(t: OverlayText, width: number, height: number, p: ImagePalette): Overlay {
  const d = clamp(Math.min(width / 480, height / 400), 0.5, 2);
  const pad = 12 * d;
  const out: string[] = [];

  const titleSize = 16 * d;
  const rangeSize = 11.5 * d;
  out.push(text(pad, pad + titleSize * 0.92, wrapText(t.title, width - 2 * pad, titleSize, 1, true)[0] ?? "", titleSize, `font-weight="700" fill="${p.text}" class="image-title"`));
  out.push(text(pad, pad + titleSize * 1.25 + rangeSize * 0.92, wrapText(t.rangeLabel, width - 2 * pad, rangeSize, 1)[0] ?? "", rangeSize, `fill="${p.muted}" class="image-range"`));
  const topBand = pad * 1.8 + titleSize * 1.25 + rangeSize;

  // The legend flows in rows of samples and short words; credits close the image.
  const legendSize = 11 * d;
  const sample = 20 * d;
  const rows: { entry: LegendEntry; x: number }[][] = [];
  if (width >= 300 && height >= 240) {
    let row: { entry: LegendEntry; x: number }[] = [];
    let x = pad;
    for (const entry of t.legend) {
      const w = sample + 5 * d + textWidth(entry.short, legendSize);
      if (row.length && x + w > width - pad) {
        rows.push(row);
        row = [];
        x = pad;
      }
      row.push({ entry, x });
      x += w + 14 * d;
    }
    if (row.length) rows.push(row);
  }
  const creditSize = 10 * d;
  const credits = packSegments(["Axis Atlas", t.rangeLabel, ...MAP_CREDITS.split(" · ")], width - 2 * pad, creditSize);
  const rowHeight = legendSize * 1.55;
  const bottomBand = pad * 1.6 + rows.length * rowHeight + credits.length * creditSize * 1.35;
  let y = height - bottomBand + pad * 0.8;
  out.push(`<g class="image-legend">`);
  for (const row of rows) {
    for (const { entry, x } of row) {
      out.push(swatch(entry, x, y + legendSize * 0.6, sample, d * 0.85, p));
      out.push(text(x + sample + 5 * d, y + legendSize * 0.95, entry.short, legendSize, `fill="${p.soft}"`));
    }
    y += rowHeight;
  }
  out.push(`</g>`);
  credits.forEach((line, i) => out.push(text(pad, y + creditSize * (0.95 + i * 1.35), line, creditSize, `fill="${p.muted}" class="image-credits"`)));

  const bands =
    `<rect x="0" y="0" width="${width}" height="${n(topBand)}" fill="${p.sea}" fill-opacity="0.85"/>` +
    `<rect x="0" y="${n(height - bottomBand)}" width="${width}" height="${n(bottomBand)}" fill="${p.sea}" fill-opacity="0.88"/>`;
  return {
    svg: `<g class="image-panel">${bands}${out.join("")}</g>`,
    padding: { left: 76 * d, right: 84 * d, top: topBand + 28 * d, bottom: bottomBand + 34 * d },
    density: d,
  };
}

/**
 * The overlay for an image of `width` × `height` px: a left panel with the title, the verdict, the range, the
 * legend and the credits when the image is at least 720 px wide and 1.25 times as wide as tall; otherwise a
 * top band (title, range) and a bottom band (a compact legend, then the credits with the range). The panel's
 * type shrinks until it fits the height. Colours from `palette` (a theme's, IMAGE_PALETTES; dark by default).
 * Pure; never throws.
 */
export function imageOverlay(t: OverlayText, width: number, height: number, palette: ImagePalette = IMAGE_PALETTES.dark): Overlay {
  const p = palette;
  if (width < 720 || width < height * 1.25) return compact(t, width, height, p);
  let density = clamp(Math.min(width / 1200, height / 630), 0.7, 2);
  let laid = panelAt(t, width, height, density, p);
  for (let i = 0; i < 3 && laid.needed > height; i++) {
    density *= Math.max(0.5, height / laid.needed);
    laid = panelAt(t, width, height, density, p);
  }
  return laid.overlay;
}
