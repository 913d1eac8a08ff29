"use client";
// The map on the page: the server-drawn first view (components/map/first-view.tsx) from the first byte, and
// MapLibre (components/map/atlas-map.tsx, loaded on demand with maplibre-gl) once it is wanted
// (use-map-wanted.ts). MapLibre opens on the first view's camera underneath it; when it has drawn the arcs the
// first view fades out (instantly under prefers-reduced-motion) and leaves the page.
//
// Test hooks on the wrapper (plain data attributes, in production builds too):
//   data-map-state   "static" (the first view only) | "loading" (MapLibre starting) | "ready" (MapLibre has
//                    taken over) | "error" (MapLibre could not start; the first view stays)
//   data-arc-count   arcs drawn: by the server's first view, then by MapLibre once it has come to rest
//   data-arc-labels  JSON { [linkId]: text }: the words drawn on arcs (the compare view's changes), when any
//   data-map-moving  "false" at rest; MapLibre sets "true" while the camera moves
//   data-projection  "mercator" | "globe"
//   data-hydrated    "true" once React has hydrated the page (its handlers listen), set without a re-render
// and, once MapLibre runs: data-idle, and under automation data-country-points
// and window.__atlasProject (components/map/automation-hooks.ts).
import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { LonLat } from "@/lib/map/arc";
import { capitalLabelPlacements } from "@/lib/map/capital-label-placements";
import { arcBudget, BUDGET_BASE_ZOOM, FIRST_VIEW_ARC_LIMIT, selectArcs } from "@/lib/map/arc-budget";
import { arcFocus, type FocusTarget } from "@/lib/map/arc-focus";
import { arcFeatures, arcFor, boundsOf, capitalFeatures, capitalLookup } from "@/lib/map/features";
import type { LinkStyle } from "@/lib/map/link-style";
import { scaledLinkStyle } from "@/lib/map/scaled-style";
import type { CountryDto } from "@/lib/schemas/countries";
import type { LinkSummary } from "@/lib/schemas/links";
import type { Selection } from "@/components/use-selection";
import type { Projection } from "./atlas-map";
import { ArcBudgetNotice } from "./arc-budget-notice";
import { FirstView, firstViewBoxOf, type Padding } from "./first-view";
import { useMapWanted } from "./use-map-wanted";
import { useWords } from "../use-words";
import { useTranslations } from "next-intl";
import type { MapState } from "./use-maplibre-map";

const AtlasMap = dynamic(() => import("./atlas-map").then((m) => m.AtlasMap), { ssr: false });


/** How long the first view takes to fade out once MapLibre has drawn (app/globals.css .first-view). */
const FADE_MS = 250;

export interface MapStageProps {
  links: readonly LinkSummary[];
  countries: readonly CountryDto[];
  selection: Selection;
  projection: Projection;
  onSelect: (selection: Exclude<Selection, null>) => void;
  /** CSS px the page covers on each side of the map (the rail, an open panel), on wide (≥ 900 px) and narrow screens. */
  insets: { wide: Padding; narrow: Padding };
  /** Another arc colouring (the compare view's changes); must be a stable function. Default: nature and evidence. */
  styleFor?: (link: LinkSummary) => LinkStyle;
  /** A short word drawn on each arc, so the arc's meaning is not carried by colour alone. */
  arcLabels?: Readonly<Record<string, { text: string; className?: string }>>;
  /** What the hover card and an arc's accessible name say after the link's name, instead of its event count. */
  describeLink?: (link: LinkSummary) => string;
  /** The address an arc opens without JavaScript. */
  hrefFor: (id: string) => string;
  /** Something outside the map needs MapLibre now (e.g. playback). */
  wantMap?: boolean;
  /**
   * Draw every link rather than the strongest the view can show legibly (lib/map/arc-budget.ts), with the
   * addresses that switch between the two without JavaScript and what a click on them does with it.
   */
  arcChoice?: { showAll: boolean; hrefFor: (showAll: boolean) => string; onChange: (showAll: boolean) => void };
  /**
   * `links` are only the strongest of `total` links (the server page's, before the timeline arrives), whose arcs
   * all lie within `bounds` ([west, south, east, north], degrees), so the camera already fits what will follow.
   */
  partial?: { total: number; bounds: [number, number, number, number] | null };
}

/** Room around the arcs beyond what the page covers, so capital labels are not cut off. */
function withMargin(inset: Padding): Padding {
  return { left: inset.left + 72, right: inset.right + 80, top: inset.top + 32, bottom: inset.bottom + 32 };
}

export function MapStage(props: MapStageProps) {
  const { links, countries, selection, projection, onSelect, insets, styleFor, arcLabels, describeLink, hrefFor, wantMap = false } = props;
  const hostRef = useRef<HTMLDivElement>(null);

  const capitals = useMemo(() => capitalLookup(countries as CountryDto[]), [countries]);
  // Which links to draw: the strongest the zoom can show legibly, the open panel's ties, or all of them.
  const [zoomLevel, setZoomLevel] = useState(BUDGET_BASE_ZOOM);
  const focusTarget = useMemo<FocusTarget>(() => (selection ? { kind: selection.kind, id: selection.id } : null), [selection?.kind, selection?.id]);
  const drawable = useMemo(() => links.filter((l) => capitals.has(l.countries[0]) && capitals.has(l.countries[1])), [links, capitals]);
  const budget = arcBudget(zoomLevel);
  // Without a way to say what is hidden (arcChoice), nothing is.
  const showAll = props.arcChoice ? props.arcChoice.showAll : true;
  const partial = props.partial;
  const chosen = useMemo(() => {
    const choice = selectArcs(drawable, budget, { showAll, keep: (l) => arcFocus(l, focusTarget) === "front" });
    return partial ? { ...choice, total: partial.total, hidden: partial.total - choice.shown.length } : choice;
  }, [drawable, budget, showAll, focusTarget, partial]);
  // Widths scaled to the links drawn (lib/map/width-scale.ts), unless the caller colours arcs its own way.
  const scaledStyle = useMemo(() => scaledLinkStyle(chosen.shown), [chosen]);
  const arcs = useMemo(
    () => arcFeatures(chosen.shown, capitals, styleFor ?? scaledStyle, (l) => arcFocus(l, focusTarget)),
    [chosen, capitals, styleFor, scaledStyle, focusTarget],
  );
  const capitalPoints = useMemo(() => capitalFeatures(chosen.shown, capitals), [chosen, capitals]);
  const labels = useMemo(() => capitalLabelPlacements(chosen.shown, arcs, capitalPoints), [chosen, arcs, capitalPoints]);
  // The camera fits every link, drawn or not, so choosing which to draw (or opening a panel) never moves it. Keyed on
  // the links' ids, not the links: a timeline step changes every strength but no geometry, and walking 5,000 arcs'
  // points at each step would lengthen the step's task for nothing.
  const drawableIds = useMemo(() => drawable.map((l) => l.id).join(), [drawable]);
  const drawableRef = useRef(drawable);
  drawableRef.current = drawable;
  const partialBounds = partial?.bounds;
  const bounds = useMemo(
    () => partialBounds ?? boundsOf(drawableRef.current.flatMap((l) => arcFor(l, capitals) ?? [])),
    // drawableIds stands for drawable here (same ids, same arcs).
    [drawableIds, capitals, partialBounds],
  );
  const linkById = useMemo(() => new Map(links.map((l) => [l.id, l])), [links]);
  const padding = useMemo(() => ({ wide: withMargin(insets.wide), narrow: withMargin(insets.narrow) }), [insets.wide, insets.narrow]);

  const firstViewBox = useMemo(() => firstViewBoxOf(bounds), [bounds]);
  const crowded = arcs.features.length > FIRST_VIEW_ARC_LIMIT;
  const firstViewArcs = useMemo(
    // arcFeatures orders arcs weakest first: the strongest are the last ones.
    () => (crowded ? { ...arcs, features: arcs.features.slice(-FIRST_VIEW_ARC_LIMIT) } : arcs),
    [arcs, crowded],
  );
  const wanted = useMapWanted(hostRef, wantMap || projection === "globe" || crowded);
  const [mapState, setMapState] = useState<MapState | null>(null);
  const [drawn, setDrawn] = useState<number | null>(null);
  const takenOver = mapState === "ready" && drawn !== null;
  const [firstViewGone, setFirstViewGone] = useState(false);
  useEffect(() => {
    if (!takenOver) return;
    // A keyboard reader on a first-view arc keeps their place on the map: focus moves to MapLibre's canvas.
    if (hostRef.current?.querySelector(".first-view")?.contains(document.activeElement)) {
      hostRef.current.querySelector<HTMLElement>("canvas")?.focus({ preventScroll: true });
    }
    const timer = setTimeout(() => setFirstViewGone(true), FADE_MS + 50);
    return () => clearTimeout(timer);
  }, [takenOver]);

  const words = useWords();
  const tl = useTranslations("linkButton");
  const nameOf = useCallback(
    (id: string) => {
      const link = linkById.get(id);
      if (!link) return id;
      const detail = describeLink ? describeLink(link) : tl("meta", { count: link.eventCount });
      const way = words.directionShort(link);
      return `${words.pair(link)}${detail ? `, ${detail}` : ""}${way ? `, ${way}` : ""}`;
    },
    [linkById, describeLink, words, tl],
  );
  const onOpen = useCallback((id: string) => onSelect({ kind: "link", id }), [onSelect]);
  // The wrapper is mounted before the map can be wanted (wanting it takes an effect or an event), so the ref is
  // set by the render that mounts AtlasMap; no state for it, which would re-render the first view at hydration.
  const host = wanted ? hostRef.current : null;

  // Set on the element rather than through state: a state change would re-render the first view at hydration.
  useEffect(() => hostRef.current?.setAttribute("data-hydrated", "true"), []);

  const state = takenOver ? "ready" : mapState === "error" ? "error" : wanted ? "loading" : "static";
  return (
    <div
      ref={hostRef}
      className="atlas-map"
      data-testid="atlas-map"
      data-map-state={state}
      data-arc-count={takenOver ? drawn : firstViewArcs.features.length}
      data-arc-total={chosen.total}
      data-arc-hidden={chosen.hidden}
      data-arc-labels={arcLabels ? JSON.stringify(Object.fromEntries(Object.entries(arcLabels).map(([id, l]) => [id, l.text]))) : undefined}
      data-map-moving="false"
      data-projection={projection}
    >
      {wanted && host ? (
        <AtlasMap
          host={host}
          links={links}
          countries={countries}
          arcs={arcs}
          capitals={capitalPoints}
          labels={labels}
          arcLabels={arcLabels}
          bounds={bounds ? [[bounds[0], bounds[1]], [bounds[2], bounds[3]]] : null}
          padding={padding}
          selection={selection}
          projection={projection}
          onSelect={onSelect}
          describeLink={describeLink}
          onState={setMapState}
          onDrawn={setDrawn}
          onZoomLevel={setZoomLevel}
        />
      ) : null}
      {props.arcChoice && (chosen.hidden > 0 || (showAll && chosen.total > budget)) ? (
        <ArcBudgetNotice
          shown={takenOver ? arcs.features.length : firstViewArcs.features.length}
          total={chosen.total}
          kept={!showAll && chosen.shown.length > budget ? focusTarget?.kind : undefined}
          {...props.arcChoice}
        />
      ) : null}
      {firstViewGone ? null : (
        <FirstView
          arcs={firstViewArcs}
          box={firstViewBox}
          capitals={capitalPoints}
          labels={labels}
          arcLabels={arcLabels}
          nameOf={nameOf}
          hrefFor={hrefFor}
          onOpen={onOpen}
          selectedLink={selection?.kind === "link" ? selection.id : undefined}
          selectedCountry={selection?.kind === "country" ? selection.id : undefined}
          padding={padding}
          leaving={takenOver}
        />
      )}
    </div>
  );
}
