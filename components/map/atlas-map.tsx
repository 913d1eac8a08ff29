"use client";
// The one MapLibre map. This module and maplibre-gl load only when the map is wanted (components/map/map-stage
// decides); until then the server-drawn first view is the map. The map's life is in useMaplibreMap; each concern
// (sources, labels, selection, camera, pointer) is a small component reading the map from context.
import type { FeatureCollection, LineString, Point } from "geojson";
import type { LngLatBoundsLike, PaddingOptions } from "maplibre-gl";
import { useEffect, useMemo, useRef } from "react";
import type { CapitalLabelPlacement } from "@/lib/map/capital-label-placements";
import type { ArcProperties, CapitalProperties } from "@/lib/map/features";
import type { CountryDto } from "@/lib/schemas/countries";
import type { LinkSummary } from "@/lib/schemas/links";
import type { Selection } from "@/components/use-selection";
import { useHtmlAttribute } from "@/components/use-html-attribute";
import { useMediaQuery } from "@/components/use-media-query";
import { MapCamera } from "./map-camera";
import { MapContext } from "./map-context";
import { ArcLabelMarkers, CapitalMarkers } from "./map-markers";
import { MapSelection } from "./map-selection";
import { MapSources } from "./map-sources";
import { MapTheme } from "./map-theme";
import { MapTooltip } from "./map-tooltip";
import { MapZoomLevel } from "./map-zoom-level";
import { useMapPointer } from "./use-map-pointer";
import { REMOTE_STYLE_URL, useMaplibreMap, type MapState } from "./use-maplibre-map";

export type Projection = "mercator" | "globe";

export interface AtlasMapProps {
  /** The element carrying the map's test hooks (map-stage's wrapper). */
  host: HTMLElement;
  links: readonly LinkSummary[];
  countries: readonly CountryDto[];
  arcs: FeatureCollection<LineString, ArcProperties>;
  capitals: FeatureCollection<Point, CapitalProperties>;
  labels: readonly CapitalLabelPlacement[];
  arcLabels?: Readonly<Record<string, { text: string; className?: string }>>;
  bounds: LngLatBoundsLike | null;
  /** fitBounds padding on wide (≥ 900 px) and narrow screens; the map uses the one that applies. */
  padding: { wide: PaddingOptions; narrow: PaddingOptions };
  selection: Selection;
  projection: Projection;
  onSelect: (selection: Exclude<Selection, null>) => void;
  /** What the hover card says under a link's name, instead of its event count. */
  describeLink?: (link: LinkSummary) => string;
  onState: (state: MapState) => void;
  /** The map has come to rest with this many arcs drawn. */
  onDrawn: (arcCount: number) => void;
  /** The map's whole zoom level, at opening and after each zoom. */
  onZoomLevel: (level: number) => void;
}

export function AtlasMap(props: AtlasMapProps) {
  const { host, links, countries, arcs, capitals, labels, arcLabels, bounds, selection, projection, onSelect, describeLink, onState, onDrawn, onZoomLevel } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const countryIds = useMemo(() => capitals.features.map((f) => f.properties.id), [capitals]);
  const automation = () => ({ arcCount: arcs.features.length, countryIds });
  // A client-only component (loaded on demand), so this media query has no server guess to disagree with.
  const wide = useMediaQuery("(min-width: 900px)");
  // Right to left the rail and the panel change sides (app/globals.css uses logical insets), so the room they take does.
  const rtl = useHtmlAttribute("dir") === "rtl";
  const physical = wide ? props.padding.wide : props.padding.narrow;
  const padding = useMemo<PaddingOptions>(
    () => (rtl ? { top: physical.top ?? 0, bottom: physical.bottom ?? 0, left: physical.right ?? 0, right: physical.left ?? 0 } : physical),
    [rtl, physical],
  );
  const { handle, state } = useMaplibreMap({ container: containerRef, host, bounds, padding, automation });

  const onStateRef = useRef(onState);
  onStateRef.current = onState;
  useEffect(() => onStateRef.current(state), [state]);

  return (
    <MapContext.Provider value={handle}>
      {/* No WebGL ("error"): the map stage keeps the first view, which is a whole map without MapLibre. */}
      <div ref={containerRef} className="atlas-map__canvas" />
      <MapSources arcs={arcs} capitals={capitals} onDrawn={onDrawn} />
      <CapitalMarkers labels={labels} />
      <ArcLabelMarkers arcs={arcs} labels={arcLabels} />
      <MapSelection selection={selection} />
      <MapCamera bounds={bounds} padding={padding} projection={projection} />
      <MapZoomLevel onLevel={onZoomLevel} />
      <MapTheme builtInBasemap={!REMOTE_STYLE_URL} />
      <Tooltip links={links} countries={countries} onSelect={onSelect} describeLink={describeLink} />
    </MapContext.Provider>
  );
}

type TooltipProps = Pick<AtlasMapProps, "links" | "countries" | "onSelect" | "describeLink">;

function Tooltip({ links, countries, onSelect, describeLink }: TooltipProps) {
  const linkById = useMemo(() => new Map(links.map((l) => [l.id, l])), [links]);
  const countryById = useMemo(() => new Map(countries.map((c) => [c.id, c])), [countries]);
  const hover = useMapPointer(onSelect, (id) => countryById.has(id));
  if (!hover) return null;
  const link = hover.kind === "link" ? linkById.get(hover.id) : undefined;
  return (
    <MapTooltip
      target={hover}
      link={link}
      linkDetail={link && describeLink ? describeLink(link) : undefined}
      country={hover.kind !== "link" ? countryById.get(hover.id) : undefined}
      fallbackName={hover.kind === "country" ? hover.name : undefined}
    />
  );
}
