"use client";
// The dashboard: header, the map, the timeline, the list rail and the open panel. Panel, range and filters
// live in the URL. Every link's numbers are computed here, in the browser, from the light facts of every
// event (GET /api/timeline, fetched once per set of filters) for the range the timeline shows, so moving
// the range or playing it never goes back to the server.
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { resolveRange, rangeView as viewOf, type MonthRange } from "@/lib/domain/month-range";
import { monthFromIndex, monthIndex, monthOf, todayIso, type Month } from "@/lib/domain/months";
import { inRange } from "@/lib/domain/summarize-links";
import { countriesQuery, strongestLinksQuery, timelineQuery } from "@/lib/query/atlas";
import { filterPairs, hasFilters, keepDirections, touchesCountries } from "@/lib/schemas/filters";
import { queryString } from "@/lib/schemas/query";
import { langPair } from "@/lib/i18n/lang-param";
import { AtlasLists } from "./atlas-lists";
import { Filters } from "./filters";
import { SearchBox } from "./search-box";
import { Timeline } from "./timeline";
import { useAtlasParams, writeShowAllArcs } from "./use-atlas-params";
import { Legend } from "./legend";
import { LocaleSwitch } from "./locale-switch";
import type { Projection } from "./map/atlas-map";
import { MapStage } from "./map/map-stage";
import { CountryPanel } from "./panels/country-panel";
import { LinkPanel } from "./panels/link-panel";
import { ErrorState, IgnoredParamsNotice, Skeleton } from "./states";
import { selectionHref, useSelection, type Selection } from "./use-selection";
import { useLinkSummaries } from "./use-link-summaries";
import { useLocationQuery } from "./use-location-query";
import { ThemeSwitch } from "./theme-switch";
import { useWords } from "./use-words";

const RAIL_WIDTH = 340;
const PANEL_WIDTH = 440;
const GUTTER = 16;
const HEADER_HEIGHT = 64;
/**
 * The timeline and the legend float over the bottom of the map on wide screens: together about 345 px tall at
 * 1440 px wide since the legend gained the arrows' row (measured on screenshots; at 250 the fit put Tehran and
 * its label under the timeline).
 */
const BOTTOM_HEIGHT = 345;

export function Dashboard() {
  const { requested, filters, ignored, setRange, setFilters, showAllArcs, setShowAllArcs } = useAtlasParams();
  const t = useTranslations("dashboard");
  const words = useWords();
  const timelineResult = useQuery(timelineQuery(filters));
  // At scale, the page's own strongest links draw the map until the timeline arrives (app/page.tsx).
  const strongest = useQuery(strongestLinksQuery(filters)).data;
  const countriesResult = useQuery(countriesQuery());
  const { selection, select, close } = useSelection();
  const [today] = useState(todayIso);
  const [projection, setProjection] = useState<Projection>("mercator");
  /** Playback asks for MapLibre (the first view would redraw every arc at every step). */
  const [played, setPlayed] = useState(false);
  const openerRef = useRef<HTMLElement | null>(null);
  const hadSelection = useRef(selection !== null);

  const timeline = timelineResult.data;
  const countries = countriesResult.data?.countries;

  // The timeline runs from the earliest event's month to this month (or a later event's).
  const span = useMemo(() => {
    const now = monthOf(today);
    const first = timeline?.range.first ? monthOf(timeline.range.first) : now;
    const lastEvent = timeline?.range.last ? monthOf(timeline.range.last) : now;
    return { first: monthIndex(first) < monthIndex(now) ? first : now, last: monthIndex(lastEvent) > monthIndex(now) ? lastEvent : now };
  }, [timeline, today]);
  const resolved = resolveRange(requested, span.first, span.last);
  const rangeView = useMemo(
    () => viewOf({ from: resolved.from, to: resolved.to }, { from: span.first, to: span.last }, today),
    [resolved.from, resolved.to, span.first, span.last, today],
  );
  const { range, narrowed } = rangeView;

  // Every link's numbers for the range, from the cells (events added up per link, month and evidence level).
  const cellRange = useMemo(
    () => ({ from: monthIndex(range.from), to: monthIndex(range.to), asOf: rangeView.asOf }),
    [range.from, range.to, rangeView.asOf],
  );
  const summaries = useLinkSummaries(timeline, cellRange);
  const links = useMemo(() => {
    if (!summaries) return undefined;
    // The server already narrowed to these countries; this keeps the previous data right while it refetches.
    const touching = filters.countries ? summaries.filter((l) => touchesCountries(l, filters.countries)) : summaries;
    // Direction is the links' own, from the range's events: kept here, after they are added up.
    return keepDirections(touching, filters.direction);
  }, [summaries, filters.countries, filters.direction]);
  const perMonth = useMemo(() => (timeline ? eventsPerMonth(timeline.months) : new Map<Month, number>()), [timeline]);
  const eventsInRange = useMemo(() => {
    if (!timeline) return 0;
    const from = monthIndex(range.from);
    const to = monthIndex(range.to);
    const { month, span, events } = timeline.months;
    let n = 0;
    for (let i = 0; i < month.length; i++) if (month[i]! <= to && month[i]! + span[i]! >= from) n += events[i]!;
    return n;
  }, [timeline, range.from, range.to]);

  const onRange = useCallback(
    (next: MonthRange) => setRange(next.from === span.first && next.to === span.last ? null : next),
    [setRange, span.first, span.last],
  );

  const open = useCallback(
    (next: Exclude<Selection, null>) => {
      // Remember where focus was, so closing the panel can put it back.
      if (!hadSelection.current && document.activeElement instanceof HTMLElement) openerRef.current = document.activeElement;
      select(next);
    },
    [select],
  );

  // Escape closes the panel from anywhere on the page.
  useEffect(() => {
    if (!selection) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented) {
        event.preventDefault();
        close();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [selection, close]);

  // When the panel closes, focus returns to what opened it (or to the list).
  useEffect(() => {
    if (selection) {
      hadSelection.current = true;
      return;
    }
    if (!hadSelection.current) return;
    hadSelection.current = false;
    const target = openerRef.current?.isConnected ? openerRef.current : document.getElementById("links-heading");
    openerRef.current = null;
    // Read here rather than kept in state: a media-query hook whose server guess differs from a phone's answer
    // re-rendered the whole dashboard right after hydration (Lighthouse counted it as blocking time).
    target?.focus({ preventScroll: !window.matchMedia("(min-width: 900px)").matches });
  }, [selection]);

  const panelOpen = selection !== null;
  const insets = useMemo(
    () => ({
      wide: { left: RAIL_WIDTH + GUTTER, right: panelOpen ? PANEL_WIDTH + GUTTER : 0, top: HEADER_HEIGHT, bottom: BOTTOM_HEIGHT },
      narrow: { left: 0, right: 0, top: 0, bottom: 0 },
    }),
    [panelOpen],
  );
  const query = useLocationQuery();
  const searchParams = useMemo(() => new URLSearchParams(query), [query]);
  const hrefFor = useCallback((id: string) => selectionHref("/", searchParams, { kind: "link", id }), [searchParams]);
  const arcChoice = useMemo(
    () => ({
      showAll: showAllArcs,
      onChange: setShowAllArcs,
      hrefFor: (all: boolean) => {
        const params = new URLSearchParams(searchParams.toString());
        writeShowAllArcs(params, all);
        return `/${params.size ? `?${params}` : ""}`;
      },
    }),
    [showAllArcs, setShowAllArcs, searchParams],
  );

  const linkById = useMemo(() => new Map((links ?? []).map((l) => [l.id, l])), [links]);
  const countryById = useMemo(() => new Map((countries ?? []).map((c) => [c.id, c])), [countries]);
  const linkedCountries = useMemo(() => {
    const ids = new Set((timeline?.links ?? []).flatMap((l) => l.countries));
    return (countries ?? [])
      .filter((c) => ids.has(c.id))
      .map((c) => ({ id: c.id, name: words.country(c.id, c.name) }))
      .sort((a, b) => a.name.localeCompare(b.name, words.locale));
  }, [timeline, countries, words]);
  const loadError = (timeline ? null : timelineResult.error) ?? countriesResult.error;
  const retry = () => {
    if (timelineResult.isError) void timelineResult.refetch();
    if (countriesResult.isError) void countriesResult.refetch();
  };

  return (
    <div className="app" data-panel-open={selection ? "true" : "false"}>
      <a className="skip-link" href="#atlas-lists">
        {t("skipToList")}
      </a>
      <header className="topbar">
        <div className="topbar__brand">
          <h1 className="topbar__title">Axis Atlas</h1>
          <p className="topbar__subtitle">{t("subtitle")}</p>
        </div>
        <SearchBox
          onOpen={(hit) => {
            // An event outside the range would not be in its panel: show all time then.
            const outside = !inRange(hit, rangeView);
            select({ kind: "link", id: hit.link, event: hit.id }, outside ? (params) => (params.delete("from"), params.delete("to")) : undefined);
          }}
        />
        <a className="topbar__nav" href={`/compare${queryString([...filterPairs(filters), ...langPair(searchParams)])}`}>
          {t("compare")}
        </a>
        <div className="segmented" role="group" aria-label={t("projection")}>
          <button type="button" aria-pressed={projection === "mercator"} onClick={() => setProjection("mercator")}>
            {t("flat")}
          </button>
          <button type="button" aria-pressed={projection === "globe"} onClick={() => setProjection("globe")}>
            {t("globe")}
          </button>
        </div>
        <ThemeSwitch />
        <LocaleSwitch pathname="/" />
      </header>

      <main className="stage">
        <section className="map-region" aria-label={t("mapRegion")}>
          <p className="visually-hidden">{t("mapHelp")}</p>
          {(links ?? strongest?.links) && countries ? (
            <MapStage
              links={links ?? strongest!.links}
              partial={links ? undefined : strongest}
              countries={countries}
              selection={selection}
              projection={projection}
              onSelect={open}
              insets={insets}
              hrefFor={hrefFor}
              wantMap={played}
              arcChoice={arcChoice}
            />
          ) : (
            <div className="atlas-map atlas-map--placeholder" aria-hidden="true" />
          )}
        </section>

        <div className="bottom-dock">
          {timeline ? (
            <Timeline first={span.first} last={span.last} range={range} perMonth={perMonth} eventCount={eventsInRange} onChange={onRange} onPlay={() => setPlayed(true)} />
          ) : (
            <div className="timeline timeline--placeholder" aria-hidden="true" />
          )}
          <Legend />
        </div>

        <nav className="rail" id="atlas-lists" aria-label={t("rail")} tabIndex={-1}>
          <IgnoredParamsNotice ignored={ignored} />
          {loadError ? (
            <ErrorState title={t("loadError")} error={loadError} onRetry={retry} />
          ) : links && countries ? (
            <>
              <Filters filters={filters} countries={linkedCountries} onChange={setFilters} />
              <AtlasLists links={links} countries={countries} selection={selection} onSelect={open} narrowed={narrowed || hasFilters(filters)} />
            </>
          ) : (
            <Skeleton lines={8} label={t("loadingLinks")} />
          )}
        </nav>

        {selection?.kind === "link" ? (
          <LinkPanel
            key={`link-${selection.id}`}
            id={selection.id}
            summary={linkById.get(selection.id)}
            filters={filters}
            range={rangeView}
            highlight={selection.event}
            onClose={close}
            onOpenCountry={(id) => open({ kind: "country", id })}
          />
        ) : selection?.kind === "country" ? (
          <CountryPanel
            key={`country-${selection.id}`}
            id={selection.id}
            known={countryById.get(selection.id)}
            links={links}
            filters={filters}
            range={rangeView}
            onClose={close}
            onOpenLink={(id) => open({ kind: "link", id })}
          />
        ) : null}
      </main>
    </div>
  );
}

/** Events per month; an event known only to its year is spread evenly over the months it may fall in. */
function eventsPerMonth(months: { month: number[]; span: number[]; events: number[] }): Map<Month, number> {
  const out = new Map<Month, number>();
  months.month.forEach((start, i) => {
    const span = months.span[i]!;
    const share = months.events[i]! / (span + 1);
    for (let m = start; m <= start + span; m++) {
      const key = monthFromIndex(m);
      out.set(key, (out.get(key) ?? 0) + share);
    }
  });
  return out;
}
