"use client";
// The one MapLibre map. Created once in an effect (maplibre-gl is imported dynamically, so the page shell
// and the list render before the 300 KB map library arrives), kept in a ref, removed on unmount.
// Layers and sources are data from lib/map/style; links and capitals change through setData.
//
// Test hooks (plain data attributes on the wrapper, present in production builds too):
//   data-map-state    "loading" | "ready" (style loaded) | "error"
//   data-arc-count    number of arcs drawn, set once the map is idle after the arcs' data changed
//   data-country-points JSON { [iso2]: [x, y] }: a point on each linked country's shape where a click
//                     opens that country (not on an arc or capital), in CSS px relative to the wrapper
//   data-projection   "mercator" | "globe"
//   data-arc-labels   JSON { [linkId]: tag }: the words drawn on arcs (the compare view's changes), when any
// and, for a browser under automation (navigator.webdriver) only, window.__atlasProject: the map's own
// projection, [lon, lat][] -> [x, y][] in CSS px relative to the wrapper, so a test can find where a place is
// drawn (e.g. an arc's great-circle midpoint) without asking the hit test a click goes through.
// Country points are recomputed whenever the map comes to rest ("idle"), and only under automation with at most
// POINTS_UP_TO_ARCS arcs drawn: each is found by hit tests, whose cost grows with the arcs drawn. Visitors never
// pay for them; at 5,000 arcs they blocked the page for minutes.
import "maplibre-gl/dist/maplibre-gl.css";
import type { GeoJSONSource, Map as MaplibreMap, Marker, PointLike } from "maplibre-gl";
import { useEffect, useMemo, useRef, useState } from "react";
import type { CountryDto } from "@/lib/schemas/countries";
import type { LinkSummary } from "@/lib/schemas/links";
import { arcFeatures, arcMidpoint, boundsOf, capitalFeatures, capitalLookup } from "@/lib/map/features";
import { sourceUpdate } from "@/lib/map/source-diff";
import type { LonLat } from "@/lib/map/arc";
import { labelAnchor } from "@/lib/map/label-anchor";
import { labelledCapitals } from "@/lib/map/labelled-capitals";
import type { LinkStyle } from "@/lib/map/link-style";
import { builtInStyle, DATA_LAYERS, INTERACTIVE_LAYERS, LAYER, SOURCE, BASEMAP_URL, landLayer } from "@/lib/map/style";
import type { Selection } from "@/components/use-selection";
import { publicEnv } from "@/lib/env-public";
import { MapTooltip, type HoverTarget } from "./map-tooltip";

export type Projection = "mercator" | "globe";

/**
 * Past this many arcs drawn, no country points are published at all (see the header): the tests that click
 * countries use the demo seed's handful, and at 400 arcs the hit tests already held the page for seconds per idle.
 */
const POINTS_UP_TO_ARCS = 100;

/** The projection hook published under automation (see the header). */
type AutomationWindow = Window & { __atlasProject?: (points: [number, number][]) => [number, number][] };

interface AtlasMapProps {
  links: readonly LinkSummary[];
  countries: readonly CountryDto[];
  selection: Selection;
  projection: Projection;
  onSelect: (selection: Exclude<Selection, null>) => void;
  /** Width in px the page covers on the left of the map (the rail) and on the right (an open panel). */
  inset: { left: number; right: number; top: number; bottom: number };
  /** Another arc colouring (the compare view's changes); must be a stable function. Default: nature and evidence. */
  styleFor?: (link: LinkSummary) => LinkStyle;
  /** A short word drawn on each arc, in HTML, so the arc's meaning is not carried by colour alone. */
  arcLabels?: Readonly<Record<string, { text: string; className?: string }>>;
  /** What the hover card says under a link's name, instead of its event count. */
  describeLink?: (link: LinkSummary) => string;
}

const REMOTE_STYLE_URL = publicEnv.NEXT_PUBLIC_MAP_STYLE_URL ?? "";

/** MapLibre's worker, emitted by the bundler next to our chunks and loaded from our own origin. */
function workerUrl(): string {
  return new URL("maplibre-gl/dist/maplibre-gl-worker.mjs", import.meta.url).href;
}

type Hit = { kind: "link"; id: string } | { kind: "country"; id: string; name: string } | { kind: "capital"; id: string };

/** What a pointer at `point` would open: an arc beats a capital, a capital beats a country's shape. */
function hitAt(map: MaplibreMap, point: PointLike): Hit | null {
  const features = map.queryRenderedFeatures(point, { layers: [...INTERACTIVE_LAYERS] });
  const pick = (layer: string) => features.find((f) => f.layer.id === layer);
  // Arcs under the pointer: the strongest, which is drawn on top (the layers' line-sort-key).
  const arc = features
    .filter((f) => f.layer.id === LAYER.arcHit)
    .reduce<(typeof features)[number] | undefined>((best, f) => (!best || Number(f.properties.strength) > Number(best.properties.strength) ? f : best), undefined);
  if (arc) return { kind: "link", id: String(arc.properties.id) };
  const capital = pick(LAYER.capital);
  if (capital) return { kind: "capital", id: String(capital.properties.id) };
  const land = pick(LAYER.land);
  if (land) return { kind: "country", id: land.properties.iso2 ? String(land.properties.iso2) : "", name: String(land.properties.name ?? "") };
  return null;
}

function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

export function AtlasMap({ links, countries, selection, projection, onSelect, inset, styleFor, arcLabels, describeLink }: AtlasMapProps) {
  const wrapperRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MaplibreMap | null>(null);
  /** What the map's sources hold, so a timeline step sends only what changed (lib/map/source-diff.ts). */
  const sentArcsRef = useRef<typeof arcs | null>(null);
  const sentCapitalsRef = useRef<string | null>(null);
  const markersRef = useRef<Marker[]>([]);
  const arcMarkersRef = useRef<Marker[]>([]);
  const hoverRef = useRef<{ source: string; id: string } | null>(null);
  const selectedRef = useRef<{ source: string; id: string }[]>([]);
  const onSelectRef = useRef(onSelect);
  const [styleReady, setStyleReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const [hover, setHover] = useState<HoverTarget | null>(null);

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  const capitals = useMemo(() => capitalLookup(countries as CountryDto[]), [countries]);
  const arcs = useMemo(() => arcFeatures(links, capitals, styleFor), [links, capitals, styleFor]);
  const capitalPoints = useMemo(() => capitalFeatures(links, capitals), [links, capitals]);
  const linkById = useMemo(() => new Map(links.map((l) => [l.id, l])), [links]);
  const countryById = useMemo(() => new Map(countries.map((c) => [c.id, c])), [countries]);
  const linkedCountryIds = useMemo(() => capitalPoints.features.map((f) => f.properties.id), [capitalPoints]);

  // Everything the event handlers read, kept current without re-binding them.
  const latest = useRef({ arcs, linkedCountryIds, countryById });
  latest.current = { arcs, linkedCountryIds, countryById };
  const initialInset = useRef(inset);
  initialInset.current = inset;
  const appliedInset = useRef<string | null>(null);

  // Create the map once.
  useEffect(() => {
    let cancelled = false;
    let map: MaplibreMap | undefined;
    const wrapper = wrapperRef.current!;
    wrapper.dataset.mapState = "loading";

    (async () => {
      let maplibregl: typeof import("maplibre-gl");
      try {
        maplibregl = await import("maplibre-gl");
      } catch {
        if (!cancelled) setFailed(true);
        return;
      }
      if (cancelled || !containerRef.current) return;
      maplibregl.setWorkerUrl(workerUrl());

      const pad = initialInset.current;
      const bounds = boundsOf(latest.current.arcs.features.flatMap((f) => f.geometry.coordinates as LonLat[]));
      try {
        map = new maplibregl.Map({
          container: containerRef.current,
          style: REMOTE_STYLE_URL || builtInStyle(),
          center: [85, 42],
          zoom: 2,
          minZoom: 0.5,
          maxZoom: 7,
          attributionControl: { compact: true },
          dragRotate: false,
          pitchWithRotate: false,
          fadeDuration: 0,
          canvasContextAttributes: { antialias: true },
        });
      } catch {
        // No WebGL: the list and panels still work; say so instead of showing a blank box.
        setFailed(true);
        return;
      }
      mapRef.current = map;
      if (navigator.webdriver) {
        const projecting = map;
        (window as AutomationWindow).__atlasProject = (points) =>
          points.map((lngLat) => {
            const p = projecting.project(lngLat);
            return [p.x, p.y];
          });
      }
      // The rail and an open panel cover parts of the canvas; padding keeps the arcs in the visible part.
      // fitBounds's padding becomes the map's padding, which later inset changes ease to.
      if (bounds) map.fitBounds(bounds, { padding: withMargin(pad), animate: false });
      else map.setPadding(withMargin(pad));
      appliedInset.current = JSON.stringify(pad);
      map.touchZoomRotate.disableRotation();
      map.keyboard.disableRotation();
      map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "bottom-right");
      map.getCanvas().setAttribute("aria-label", "World map of the links between capitals. The same links are listed beside the map.");

      map.on("load", () => {
        if (!map) return;
        if (REMOTE_STYLE_URL) addOverlay(map);
        wrapper.dataset.mapState = "ready";
        setStyleReady(true);
      });
      map.on("error", (event) => {
        // A failed remote style is the only fatal case; tile hiccups are logged by MapLibre itself.
        if (!map?.isStyleLoaded() && REMOTE_STYLE_URL) {
          wrapper.dataset.mapState = "error";
          console.warn("Map style failed to load", event.error);
        }
      });
      map.on("idle", () => map && publishTestPoints(map, wrapper));
      map.on("movestart", () => {
        wrapper.dataset.mapMoving = "true";
      });
      map.on("moveend", () => {
        wrapper.dataset.mapMoving = "false";
      });

      map.on("mousemove", (event) => {
        if (!map) return;
        const hit = hitAt(map, event.point);
        setHoverState(map, hit);
        map.getCanvas().style.cursor = hit && (hit.kind !== "country" || latest.current.countryById.has(hit.id)) ? "pointer" : "";
        if (!hit || (hit.kind === "country" && !hit.name)) setHover(null);
        else setHover({ ...hit, x: event.point.x, y: event.point.y });
      });
      map.getCanvas().addEventListener("mouseleave", () => {
        if (map) setHoverState(map, null);
        setHover(null);
      });
      map.on("click", (event) => {
        if (!map) return;
        const hit = hitAt(map, event.point);
        if (!hit) return;
        if (hit.kind === "link") onSelectRef.current({ kind: "link", id: hit.id });
        else if (hit.id && latest.current.countryById.has(hit.id)) onSelectRef.current({ kind: "country", id: hit.id });
      });
    })();

    function addOverlay(m: MaplibreMap) {
      // A remote basemap: our data (and an invisible land layer for country clicks) goes on top of it.
      m.addSource(SOURCE.basemap, { type: "geojson", data: BASEMAP_URL, promoteId: "iso2" });
      m.addSource(SOURCE.arcs, { type: "geojson", data: { type: "FeatureCollection", features: [] }, promoteId: "id" });
      m.addSource(SOURCE.capitals, { type: "geojson", data: { type: "FeatureCollection", features: [] }, promoteId: "id" });
      m.addLayer({ ...landLayer, paint: { "fill-color": "#000000", "fill-opacity": 0.01 } });
      for (const layer of DATA_LAYERS) m.addLayer(layer);
    }

    function setHoverState(m: MaplibreMap, hit: Hit | null) {
      const next =
        hit?.kind === "link"
          ? { source: SOURCE.arcs, id: hit.id }
          : hit?.kind === "capital"
            ? { source: SOURCE.capitals, id: hit.id }
            : hit?.kind === "country" && hit.id
              ? { source: SOURCE.basemap, id: hit.id }
              : null;
      const previous = hoverRef.current;
      if (previous && (previous.id !== next?.id || previous.source !== next?.source)) {
        m.setFeatureState(previous, { hover: false });
      }
      if (next) m.setFeatureState(next, { hover: true });
      hoverRef.current = next;
    }

    function publishTestPoints(m: MaplibreMap, el: HTMLElement) {
      const { arcs: currentArcs, linkedCountryIds: ids } = latest.current;
      el.dataset.mapMoving = "false";
      el.dataset.idle = String(Date.now());
      if (!navigator.webdriver || currentArcs.features.length > POINTS_UP_TO_ARCS) {
        delete el.dataset.countryPoints;
        return;
      }
      const countryPoints: Record<string, [number, number]> = {};
      const shapes = m.querySourceFeatures(SOURCE.basemap, { filter: ["in", ["get", "iso2"], ["literal", ids]] });
      for (const id of ids) {
        const shape = shapes.find((f) => f.properties.iso2 === id);
        if (!shape) continue;
        const center = m.project([Number(shape.properties.labelLon), Number(shape.properties.labelLat)]);
        const found = searchAround(center.x, center.y, (x, y) => {
          if (!insideCanvas(m, x, y)) return false;
          const hit = hitAt(m, [x, y]);
          return hit?.kind === "country" && hit.id === id;
        });
        if (found) countryPoints[id] = found;
      }
      el.dataset.countryPoints = JSON.stringify(countryPoints);
    }

    return () => {
      cancelled = true;
      for (const marker of [...markersRef.current, ...arcMarkersRef.current]) marker.remove();
      markersRef.current = [];
      arcMarkersRef.current = [];
      map?.remove();
      mapRef.current = null;
      delete (window as AutomationWindow).__atlasProject;
    };
  }, []);

  // Links and capitals: setData on the GeoJSON sources, then labels as HTML markers for the capitals.
  useEffect(() => {
    const map = mapRef.current;
    const wrapper = wrapperRef.current;
    if (!map || !styleReady || !wrapper) return;
    // In a task of its own, not in React's: effects of a click run inside the click's task, and at thousands
    // of arcs the diff and MapLibre's bookkeeping would make that one task too long for a smooth step.
    const sourcesTimer = setTimeout(() => {
      const arcSource = map.getSource(SOURCE.arcs) as GeoJSONSource | undefined;
      const update = sourceUpdate(sentArcsRef.current, arcs);
      if (update.kind === "replace") void arcSource?.setData(arcs);
      else if (update.kind === "diff") void arcSource?.updateData(update.diff);
      else map.triggerRepaint(); // nothing to send, but the map still comes to rest and reports it (idle)
      sentArcsRef.current = arcs;
      const capitalsKey = capitalPoints.features.map((f) => f.properties.id).join();
      if (capitalsKey !== sentCapitalsRef.current) {
        (map.getSource(SOURCE.capitals) as GeoJSONSource | undefined)?.setData(capitalPoints);
        sentCapitalsRef.current = capitalsKey;
      }
      map.once("idle", () => {
        wrapper.dataset.arcCount = String(arcs.features.length);
      });
    }, 0);

    let disposed = false;
    void import("maplibre-gl").then(({ Marker }) => {
      if (disposed) return;
      for (const marker of markersRef.current) marker.remove();
      const named = labelledCapitals(links);
      markersRef.current = capitalPoints.features.filter((feature) => named.has(String(feature.properties.id))).map((feature) => {
        const at = feature.geometry.coordinates as LonLat;
        const towards = arcs.features
          .map((arc) => arc.geometry.coordinates as LonLat[])
          .filter((c) => (c[0]![0] === at[0] && c[0]![1] === at[1]) || (c[c.length - 1]![0] === at[0] && c[c.length - 1]![1] === at[1]))
          .map((c) => (c[0]![0] === at[0] && c[0]![1] === at[1] ? c[4]! : c[c.length - 5]!));
        const anchor = labelAnchor(at, towards);
        const element = document.createElement("div");
        element.className = `capital-label capital-label--${anchor}`;
        element.setAttribute("aria-hidden", "true");
        element.textContent = feature.properties.capital;
        return new Marker({ element, anchor, offset: offsetFor(anchor) }).setLngLat(at).addTo(map);
      });
    });
    return () => {
      disposed = true;
      clearTimeout(sourcesTimer);
    };
  }, [arcs, capitalPoints, links, styleReady]);

  // Words on the arcs (compare view): HTML markers at each arc's middle vertex.
  const labelsKey = JSON.stringify(arcLabels ?? null);
  useEffect(() => {
    const map = mapRef.current;
    const wrapper = wrapperRef.current;
    if (!map || !styleReady || !wrapper) return;
    const labels = JSON.parse(labelsKey) as AtlasMapProps["arcLabels"] | null;
    let disposed = false;
    void import("maplibre-gl").then(({ Marker }) => {
      if (disposed) return;
      for (const marker of arcMarkersRef.current) marker.remove();
      arcMarkersRef.current = [];
      if (!labels) {
        delete wrapper.dataset.arcLabels;
        return;
      }
      for (const feature of arcs.features) {
        const label = labels[feature.properties.id];
        if (!label) continue;
        const element = document.createElement("div");
        element.className = `arc-label ${label.className ?? ""}`;
        element.setAttribute("aria-hidden", "true");
        element.textContent = label.text;
        arcMarkersRef.current.push(new Marker({ element, anchor: "center" }).setLngLat(arcMidpoint(feature.geometry.coordinates as LonLat[])).addTo(map));
      }
      wrapper.dataset.arcLabels = JSON.stringify(Object.fromEntries(Object.entries(labels).map(([id, l]) => [id, l.text])));
    });
    return () => {
      disposed = true;
    };
  }, [arcs, labelsKey, styleReady]);

  // The open panel's arc or country is marked with feature-state.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    for (const previous of selectedRef.current) map.setFeatureState(previous, { selected: false });
    const next: { source: string; id: string }[] = [];
    if (selection?.kind === "link") next.push({ source: SOURCE.arcs, id: selection.id });
    if (selection?.kind === "country") {
      next.push({ source: SOURCE.basemap, id: selection.id }, { source: SOURCE.capitals, id: selection.id });
    }
    for (const target of next) map.setFeatureState(target, { selected: true });
    selectedRef.current = next;
  }, [selection, styleReady]);

  // Keep what the panel and rail cover out of the map's centre.
  const insetKey = JSON.stringify(inset);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || appliedInset.current === insetKey) return;
    appliedInset.current = insetKey;
    // Re-fit every arc into the part of the map the rail and panel leave visible.
    const padding = withMargin(JSON.parse(insetKey) as Inset);
    const bounds = boundsOf(latest.current.arcs.features.flatMap((f) => f.geometry.coordinates as LonLat[]));
    const duration = prefersReducedMotion() ? 0 : 300;
    if (bounds) map.fitBounds(bounds, { padding, duration });
    else map.easeTo({ padding, duration });
  }, [insetKey]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    map.setProjection({ type: projection });
    if (wrapperRef.current) wrapperRef.current.dataset.projection = projection;
  }, [projection, styleReady]);

  const hoveredLink = hover?.kind === "link" ? linkById.get(hover.id) : undefined;
  const hoveredCountry = hover && hover.kind !== "link" ? countryById.get(hover.id) : undefined;

  return (
    <div ref={wrapperRef} className="atlas-map" data-testid="atlas-map" data-projection={projection}>
      <div ref={containerRef} className="atlas-map__canvas" />
      {failed ? (
        <p className="atlas-map__fallback" role="status">
          The map could not start in this browser (it needs WebGL). Every link and country is in the list.
        </p>
      ) : null}
      {hover ? (
        <MapTooltip
          target={hover}
          link={hoveredLink}
          linkDetail={hoveredLink && describeLink ? describeLink(hoveredLink) : undefined}
          country={hoveredCountry}
          fallbackName={hover.kind === "country" ? hover.name : undefined}
        />
      ) : null}
    </div>
  );
}

const round = (n: number) => Math.round(n * 10) / 10;

type Inset = AtlasMapProps["inset"];
/** Room around the arcs beyond what the page covers, so capital labels are not cut off. */
function withMargin(inset: Inset): Inset {
  return { left: inset.left + 72, right: inset.right + 80, top: inset.top + 32, bottom: inset.bottom + 32 };
}

function insideCanvas(map: MaplibreMap, x: number, y: number): boolean {
  const canvas = map.getCanvas();
  return x >= 4 && y >= 4 && x <= canvas.clientWidth - 4 && y <= canvas.clientHeight - 4;
}

/** The nearest point to (x, y), on a 3 px grid out to 60 px, for which `ok` holds. */
function searchAround(x: number, y: number, ok: (x: number, y: number) => boolean): [number, number] | null {
  const candidates: [number, number][] = [];
  for (let dx = -60; dx <= 60; dx += 3) for (let dy = -60; dy <= 60; dy += 3) candidates.push([dx, dy]);
  candidates.sort((a, b) => Math.hypot(...a) - Math.hypot(...b));
  for (const [dx, dy] of candidates) {
    // A few px of margin on every side, so a click there is not on the edge of an arc's hit area.
    if ([[0, 0], [4, 0], [-4, 0], [0, 4], [0, -4]].every(([mx, my]) => ok(x + dx + mx!, y + dy + my!))) {
      return [round(x + dx), round(y + dy)];
    }
  }
  return null;
}

function offsetFor(anchor: string): [number, number] {
  switch (anchor) {
    case "left":
      return [9, 0];
    case "right":
      return [-9, 0];
    case "top":
      return [0, 8];
    default:
      return [0, -8];
  }
}
