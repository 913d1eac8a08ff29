// The map's life: created once in `container` when this hook first runs, removed on unmount. It opens on the
// view the server-drawn first view shows (the arcs' bounds fitted inside `padding`), so the takeover does not
// jump. Host hooks written here: data-map-moving, data-idle (see components/map/map-stage.tsx for the rest).
import "maplibre-gl/dist/maplibre-gl.css";
import * as maplibregl from "maplibre-gl";
import type { LngLatBoundsLike, Map as MaplibreMap, PaddingOptions } from "maplibre-gl";
import { useEffect, useRef, useState, type RefObject } from "react";
import { publicEnv } from "@/lib/env-public";
import { ARROW_IMAGE_PIXEL_RATIO, ARROW_IMAGE_SIZE, arrowSdfImage } from "@/lib/map/arc-arrow";
import { ARROW_ICON, BASEMAP_URL, builtInStyle, DATA_LAYERS, landLayer, SOURCE } from "@/lib/map/style";
import { currentTheme } from "@/components/use-theme";
import type { MapHandle } from "./map-context";

export const REMOTE_STYLE_URL = publicEnv.NEXT_PUBLIC_MAP_STYLE_URL ?? "";

/** MapLibre's worker, emitted by the bundler next to our chunks and loaded from our own origin. */
function workerUrl(): string {
  return new URL("maplibre-gl/dist/maplibre-gl-worker.mjs", import.meta.url).href;
}

export type MapState = "loading" | "ready" | "error";

interface Options {
  container: RefObject<HTMLDivElement | null>;
  host: HTMLElement;
  /** What to fit at creation: [west, south, east, north] in degrees, continuous longitudes; null: Asia at zoom 2. */
  bounds: LngLatBoundsLike | null;
  padding: PaddingOptions;
  /** Called with read-only hook values for a browser under automation (components/map/automation-hooks). */
  automation: () => { arcCount: number; countryIds: readonly string[] };
}

/** Creates the map; returns it once its style has loaded (null before), and whether it failed (no WebGL). */
export function useMaplibreMap({ container, host, bounds, padding, automation }: Options): { handle: MapHandle | null; state: MapState } {
  const [handle, setHandle] = useState<MapHandle | null>(null);
  const [state, setState] = useState<MapState>("loading");
  // The first view's camera is the one to open on; later changes go through the camera component.
  const initial = useRef({ bounds, padding, automation });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    maplibregl.setWorkerUrl(workerUrl());
    // Opened in the page's theme; components/map/map-theme.tsx repaints it when the theme changes.
    const theme = currentTheme();
    host.dataset.mapTheme = theme;
    let map: MaplibreMap;
    try {
      map = new maplibregl.Map({
        container: element,
        style: REMOTE_STYLE_URL || builtInStyle(BASEMAP_URL, theme),
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
      // No WebGL: the first view, the list and the panels still work; say so instead of failing silently.
      setState("error");
      return;
    }
    const { bounds: fit, padding: pad } = initial.current;
    if (fit) map.fitBounds(fit, { padding: pad, animate: false });
    else map.setPadding(pad);
    // The direction arrows' SDF images (style.ts arcArrowLayer), added before any layer asks for them.
    for (const [name, image] of arrowImages()) map.addImage(name, image, { sdf: true, pixelRatio: ARROW_IMAGE_PIXEL_RATIO });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "bottom-right");
    map.getCanvas().setAttribute("aria-label", "World map of the links between capitals. The same links are listed beside the map.");

    let withdrawHooks: (() => void) | undefined;
    let removed = false;
    if (navigator.webdriver) {
      void import("./automation-hooks").then(({ installAutomationHooks }) => {
        if (!removed) withdrawHooks = installAutomationHooks(map, host, () => initial.current.automation());
      });
    }
    map.on("load", () => {
      if (REMOTE_STYLE_URL) addOverlay(map);
      setHandle({ map, host });
      setState("ready");
    });
    map.on("error", (event) => {
      // A failed remote style is the only fatal case; tile hiccups are logged by MapLibre itself.
      if (!map.isStyleLoaded() && REMOTE_STYLE_URL) {
        setState("error");
        console.warn("Map style failed to load", event.error);
      }
    });
    map.on("idle", () => {
      host.dataset.mapMoving = "false";
      host.dataset.idle = String(Date.now());
    });
    map.on("movestart", () => {
      host.dataset.mapMoving = "true";
    });
    map.on("moveend", () => {
      host.dataset.mapMoving = "false";
    });
    return () => {
      removed = true;
      withdrawHooks?.();
      map.remove();
      setHandle(null);
    };
  }, [container, host]);

  // Keep the automation reader current without re-creating the map.
  initial.current.automation = automation;
  return { handle, state };
}

/** The arrow images by the names arcArrowLayer uses: computed once per page, a few ms. */
function arrowImages(): [string, { width: number; height: number; data: Uint8Array }][] {
  return [
    [ARROW_ICON.oneWay, arrowSdfImage("one_way", ARROW_IMAGE_SIZE)],
    [ARROW_ICON.twoWay, arrowSdfImage("two_way", ARROW_IMAGE_SIZE)],
  ];
}

/** A remote basemap: our data (and an invisible land layer for country clicks) goes on top of it. */
function addOverlay(map: MaplibreMap) {
  map.addSource(SOURCE.basemap, { type: "geojson", data: BASEMAP_URL, promoteId: "iso2" });
  map.addSource(SOURCE.arcs, { type: "geojson", data: { type: "FeatureCollection", features: [] }, promoteId: "id" });
  map.addSource(SOURCE.capitals, { type: "geojson", data: { type: "FeatureCollection", features: [] }, promoteId: "id" });
  map.addLayer({ ...landLayer, paint: { "fill-color": "#000000", "fill-opacity": 0.01 } });
  for (const layer of DATA_LAYERS) map.addLayer(layer);
}
