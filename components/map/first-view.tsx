// The map as the server draws it: SVG in the page's HTML, so arcs are on screen with the first bytes and work
// as links before any script runs. MapLibre takes over later (components/map/map-stage.tsx) and opens on the
// same view, so nothing jumps.
//
// How the two drawings line up without the server knowing the window's size: everything is in Web Mercator
// world pixels (lib/map/world-pixels), the viewBox is the arcs' bounds, and the <svg> fills the box that
// MapLibre's fitBounds padding leaves (the rail, the panel and a margin). preserveAspectRatio "meet" then
// scales and centres the bounds in that box exactly as fitBounds does; overflow shows the rest of the world
// around it. Strokes do not scale (vector-effect), and the HTML labels find their place with container query
// units, which know the box's size in CSS alone.
import type { Feature, FeatureCollection, LineString, Point } from "geojson";
import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import type { LonLat } from "@/lib/map/arc";
import type { CapitalLabelPlacement } from "@/lib/map/capital-label-placements";
import { arcMidpoint, boundsOf, type ArcProperties, type CapitalProperties } from "@/lib/map/features";
import { LABEL_OFFSET } from "@/lib/map/label-anchor";
import { arcStrokes, capitalDiscs, EMPTY_BOUNDS, PATTERN_DRAW_ORDER } from "@/lib/map/arc-strokes";
import { PATTERN_STROKE } from "@/lib/map/link-style";
import { DIMMED_OPACITY } from "@/lib/map/arc-focus";
import { arrowLabel, arrowLength, arrowOnArc, arrowPolygons, placedPolygon } from "@/lib/map/arc-arrow";
import { COLORS, LAND_IMAGE_URL, MAP_CREDITS } from "@/lib/map/style";
import { svgNumber, toWorldPixels, worldBoxOf, worldPathOf, WORLD_SIZE, type WorldBox } from "@/lib/map/world-pixels";

/** Padding in CSS px around the arcs' bounds, as MapLibre's fitBounds takes it. */
export interface Padding {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The zoom the first view's line widths assume (arcWidthAtZoom). The six demo arcs open at zoom 2.3 to 2.9 on
 * desktops and phones; the server cannot know which, and the widths differ by a tenth of a pixel.
 */
const ASSUMED_ZOOM = 2.6;


interface FirstViewProps {
  arcs: FeatureCollection<LineString, ArcProperties>;
  capitals: FeatureCollection<Point, CapitalProperties>;
  labels: readonly CapitalLabelPlacement[];
  /** Words on arcs (the compare view's changes), by link id. */
  arcLabels?: Readonly<Record<string, { text: string; className?: string }>>;
  /** Each arc's accessible name and title, by link id. */
  nameOf: (id: string) => string;
  /** Where an arc leads without JavaScript (a page that opens its panel). */
  hrefFor: (id: string) => string;
  /** With JavaScript: what a plain click on an arc does instead of following its href. */
  onOpen: (id: string) => void;
  selectedLink?: string;
  selectedCountry?: string;
  /** fitBounds padding on wide screens (min-width 900px) and on narrow ones: CSS picks, so SSR needs no guess. */
  padding: { wide: Padding; narrow: Padding };
  /** MapLibre has taken over: fade out (CSS) and stop taking clicks. */
  leaving: boolean;
  /** The box to fit (firstViewBox of every arc MapLibre will fit), when `arcs` holds only some of them. */
  box?: WorldBox;
}

/** The arcs' bounds in world pixels, never empty. */
export function firstViewBox(arcs: FeatureCollection<LineString, ArcProperties>): WorldBox {
  return firstViewBoxOf(boundsOf(arcs.features.flatMap((f) => f.geometry.coordinates as LonLat[])));
}

/** `bounds` ([west, south, east, north] in degrees; null: nothing to fit) in world pixels, never empty. */
export function firstViewBoxOf(bounds: readonly [number, number, number, number] | null): WorldBox {
  const [x, y, w, h] = worldBoxOf(bounds ?? [...EMPTY_BOUNDS]);
  return [x, y, Math.max(w, 1e-3), Math.max(h, 1e-3)];
}

/** A dot as a zero-length round-capped line: its size stays in CSS px however the SVG is scaled. */
function Dot({ at, size, color, opacity }: { at: [number, number]; size: number; color: string; opacity?: number }) {
  return (
    <path
      d={`M${svgNumber(at[0], 3)} ${svgNumber(at[1], 3)}h0`}
      stroke={color}
      strokeWidth={size}
      strokeLinecap="round"
      strokeOpacity={opacity}
      vectorEffect="non-scaling-stroke"
    />
  );
}

/**
 * A link's direction arrow at the middle of its arc (lib/map/arc-arrow.ts, as MapLibre's arcArrowLayer draws it):
 * an HTML box placed like the labels, so its size stays in CSS px. data-arrow says which way it points ("IR>RU",
 * or "IR<>RU" both ways), for tests and the curious.
 */
function ArcArrow({ arc, place }: {
  arc: Feature<LineString, ArcProperties>;
  place: (at: readonly [number, number]) => { left: string; top: string };
}) {
  const { direction, width, color, id, focus } = arc.properties;
  const arrow = arrowOnArc((arc.geometry.coordinates as LonLat[]).map(toWorldPixels), direction);
  if (!arrow) return null;
  const length = arrowLength(width);
  const half = length / 2 + 2;
  return (
    <div
      className="first-view__label first-view__label--center"
      style={{ ...place(arrow.at), opacity: focus === "dim" ? DIMMED_OPACITY : undefined }}
      data-arrow={arrowLabel(id, direction) ?? undefined}
    >
      <svg width={half * 2} height={half * 2} viewBox={`${-half} ${-half} ${half * 2} ${half * 2}`}>
        {arrowPolygons(direction).map((polygon, i) => (
          <polygon key={i} points={placedPolygon(polygon, [0, 0], arrow.angle, length)} fill={color} stroke={COLORS.sea} strokeWidth={1.5} paintOrder="stroke" strokeLinejoin="round" />
        ))}
      </svg>
    </div>
  );
}

export function FirstView(props: FirstViewProps) {
  const t = useTranslations("tooltip");
  const { arcs, capitals, labels, arcLabels, nameOf, hrefFor, onOpen, selectedLink, selectedCountry, padding, leaving } = props;
  const [vx, vy, vw, vh] = props.box ?? firstViewBox(arcs);
  // SVG paints in document order: the open panel's ties last, over the dimmed rest (the layers' sort key).
  const ordered = [...arcs.features.filter((f) => f.properties.focus !== "front"), ...arcs.features.filter((f) => f.properties.focus === "front")];
  const paths = ordered.map((f) => ({
    id: f.properties.id,
    pattern: f.properties.pattern,
    d: worldPathOf(f.geometry.coordinates as LonLat[]),
    strokes: arcStrokes(f.properties, ASSUMED_ZOOM, f.properties.id === selectedLink),
  }));
  const boxStyle = {
    "--fv-wide": `${padding.wide.top}px ${padding.wide.right}px ${padding.wide.bottom}px ${padding.wide.left}px`,
    // The same room mirrored, for a right-to-left page (app/globals.css): the rail and panel change sides, the map does not.
    "--fv-wide-rtl": `${padding.wide.top}px ${padding.wide.left}px ${padding.wide.bottom}px ${padding.wide.right}px`,
    "--fv-narrow": `${padding.narrow.top}px ${padding.narrow.right}px ${padding.narrow.bottom}px ${padding.narrow.left}px`,
  } as React.CSSProperties;
  // Container query units give the box's size; "meet" scales by the smaller ratio and centres the rest.
  const labelFrame = {
    "--fv-s": `min(100cqw / ${svgNumber(vw, 4)}, 100cqh / ${svgNumber(vh, 4)})`,
    "--fv-ox": `calc((100cqw - var(--fv-s) * ${svgNumber(vw, 4)}) / 2)`,
    "--fv-oy": `calc((100cqh - var(--fv-s) * ${svgNumber(vh, 4)}) / 2)`,
  } as React.CSSProperties;
  const place = (at: LonLat) => placeWorld(toWorldPixels(at));
  const placeWorld = ([x, y]: readonly [number, number]) => {
    return { left: `calc(var(--fv-ox) + var(--fv-s) * ${svgNumber(x - vx, 3)})`, top: `calc(var(--fv-oy) + var(--fv-s) * ${svgNumber(y - vy, 3)})` };
  };
  const open = (id: string) => (event: MouseEvent<Element>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(id);
  };

  return (
    <div className="first-view" data-leaving={leaving ? "true" : undefined} aria-hidden={leaving ? true : undefined}>
      <div className="first-view__box" style={boxStyle}>
        <svg
          className="first-view__svg"
          viewBox={`${svgNumber(vx, 3)} ${svgNumber(vy, 3)} ${svgNumber(vw, 3)} ${svgNumber(vh, 3)}`}
          preserveAspectRatio="xMidYMid meet"
          overflow="visible"
          role="group"
          aria-label={t("linksBetweenCapitals")}
        >
          <g aria-hidden="true" className="first-view__land">
            {[-1, 0, 1].map((copy) => (
              <image key={copy} href={LAND_IMAGE_URL} x={copy * WORLD_SIZE} y={0} width={WORLD_SIZE} height={WORLD_SIZE} preserveAspectRatio="none" />
            ))}
          </g>
          <g aria-hidden="true" fill="none" strokeLinecap="round" strokeLinejoin="round">
            {paths.map(({ id, d, strokes: { halo } }) => (
              <path
                key={id}
                className="first-view__halo"
                d={d}
                stroke={halo.color}
                strokeOpacity={halo.opacity}
                strokeWidth={halo.width}
                vectorEffect="non-scaling-stroke"
              />
            ))}
          </g>
          {PATTERN_DRAW_ORDER.map((pattern) => (
            <g key={pattern} aria-hidden="true" fill="none" strokeLinejoin="round" strokeLinecap={PATTERN_STROKE[pattern].cap}>
              {paths
                .filter((arc) => arc.pattern === pattern)
                .map(({ id, d, strokes: { line } }) => (
                  <path
                    key={id}
                    d={d}
                    stroke={line.color}
                    strokeWidth={svgNumber(line.width)}
                    strokeDasharray={line.dasharray ? line.dasharray.map((n) => svgNumber(n)).join(" ") : undefined}
                    strokeOpacity={line.opacity < 1 ? line.opacity : undefined}
                    vectorEffect="non-scaling-stroke"
                  />
                ))}
            </g>
          ))}
          <g className="first-view__hits">
            {paths.map((arc) => (
              <a key={arc.id} href={hrefFor(arc.id)} aria-label={nameOf(arc.id)} data-arc-id={arc.id} onClick={open(arc.id)}>
                <title>{nameOf(arc.id)}</title>
                <path d={arc.d} vectorEffect="non-scaling-stroke" />
              </a>
            ))}
          </g>
          <g aria-hidden="true">
            {capitals.features.map((c) => {
              const at = toWorldPixels(c.geometry.coordinates as LonLat);
              const selected = c.properties.id === selectedCountry;
              return (
                <g key={c.properties.id} data-capital={c.properties.id}>
                  {capitalDiscs(selected).map((disc, i) => (
                    <Dot key={i} at={at} size={disc.radius * 2} color={disc.color} opacity={disc.opacity < 1 ? disc.opacity : undefined} />
                  ))}
                </g>
              );
            })}
          </g>
        </svg>
        <div className="first-view__labels" style={labelFrame} aria-hidden="true">
          {labels.map((label) => (
            <div key={label.id} className={`capital-label capital-label--${label.anchor} first-view__label`} data-anchor={label.anchor} style={place(label.at)}>
              <span style={{ translate: `${LABEL_OFFSET[label.anchor][0]}px ${LABEL_OFFSET[label.anchor][1]}px` }}>{label.capital}</span>
            </div>
          ))}
          {arcs.features.map((f) => (
            <ArcArrow key={f.properties.id} arc={f} place={placeWorld} />
          ))}
          {arcLabels
            ? arcs.features.map((f) => {
                const label = arcLabels[f.properties.id];
                if (!label) return null;
                return (
                  <div key={f.properties.id} className="first-view__label first-view__label--center" style={place(arcMidpoint(f.geometry.coordinates as LonLat[]))}>
                    <span className={`arc-label ${label.className ?? ""}`}>{label.text}</span>
                  </div>
                );
              })
            : null}
        </div>
      </div>
      <p className="first-view__credits">{MAP_CREDITS}</p>
    </div>
  );
}
