"use client";
// The dashboard: header, the map, the list rail and the open panel. Panel state lives in the URL.
import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { countriesQuery, linksQuery } from "@/lib/query/atlas";
import { AtlasLists } from "./atlas-lists";
import { Legend } from "./legend";
import { AtlasMap, type Projection } from "./map/atlas-map";
import { CountryPanel } from "./panels/country-panel";
import { LinkPanel } from "./panels/link-panel";
import { ErrorState, Skeleton } from "./states";
import { useMediaQuery } from "./use-media-query";
import { useSelection, type Selection } from "./use-selection";

const RAIL_WIDTH = 340;
const PANEL_WIDTH = 440;
const GUTTER = 16;
const HEADER_HEIGHT = 64;
/** The legend card floats over the bottom of the map on wide screens. */
const LEGEND_HEIGHT = 130;

export function Dashboard() {
  const linksResult = useQuery(linksQuery());
  const countriesResult = useQuery(countriesQuery());
  const { selection, select, close } = useSelection();
  const [projection, setProjection] = useState<Projection>("mercator");
  const wide = useMediaQuery("(min-width: 900px)");
  const openerRef = useRef<HTMLElement | null>(null);
  const hadSelection = useRef(selection !== null);

  const links = linksResult.data?.links;
  const countries = countriesResult.data?.countries;

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
    target?.focus({ preventScroll: !wide });
  }, [selection, wide]);

  const inset = useMemo(
    () =>
      wide
        ? { left: RAIL_WIDTH + GUTTER, right: selection ? PANEL_WIDTH + GUTTER : 0, top: HEADER_HEIGHT, bottom: LEGEND_HEIGHT }
        : { left: 0, right: 0, top: 0, bottom: 0 },
    [wide, selection],
  );

  const linkById = useMemo(() => new Map((links ?? []).map((l) => [l.id, l])), [links]);
  const countryById = useMemo(() => new Map((countries ?? []).map((c) => [c.id, c])), [countries]);
  const loadError = linksResult.error ?? countriesResult.error;
  const retry = () => {
    if (linksResult.isError) void linksResult.refetch();
    if (countriesResult.isError) void countriesResult.refetch();
  };

  return (
    <div className="app" data-panel-open={selection ? "true" : "false"}>
      <a className="skip-link" href="#atlas-lists">
        Skip to the list of links
      </a>
      <header className="topbar">
        <div className="topbar__brand">
          <h1 className="topbar__title">Axis Atlas</h1>
          <p className="topbar__subtitle">
            Ties between Pyongyang, Tehran, Moscow and Beijing, from dated, sourced, evidence-graded events
          </p>
        </div>
        <div className="segmented" role="group" aria-label="Map projection">
          <button type="button" aria-pressed={projection === "mercator"} onClick={() => setProjection("mercator")}>
            Flat
          </button>
          <button type="button" aria-pressed={projection === "globe"} onClick={() => setProjection("globe")}>
            Globe
          </button>
        </div>
      </header>

      <main className="stage">
        <section className="map-region" aria-label="Map of links between capitals">
          <p className="visually-hidden">
            Arcs join the capitals of countries with a recorded tie. Every link and country on the map is also in the list.
          </p>
          {links && countries ? (
            <AtlasMap links={links} countries={countries} selection={selection} projection={projection} onSelect={open} inset={inset} />
          ) : (
            <div className="atlas-map atlas-map--placeholder" aria-hidden="true" />
          )}
        </section>

        <Legend />

        <nav className="rail" id="atlas-lists" aria-label="Links and countries" tabIndex={-1}>
          {loadError ? (
            <ErrorState title="The atlas could not load its links." error={loadError} onRetry={retry} />
          ) : links && countries ? (
            <AtlasLists links={links} countries={countries} selection={selection} onSelect={open} />
          ) : (
            <Skeleton lines={8} label="Loading links" />
          )}
        </nav>

        {selection?.kind === "link" ? (
          <LinkPanel
            key={`link-${selection.id}`}
            id={selection.id}
            summary={linkById.get(selection.id)}
            onClose={close}
            onOpenCountry={(id) => open({ kind: "country", id })}
          />
        ) : selection?.kind === "country" ? (
          <CountryPanel
            key={`country-${selection.id}`}
            id={selection.id}
            known={countryById.get(selection.id)}
            onClose={close}
            onOpenLink={(id) => open({ kind: "link", id })}
          />
        ) : null}
      </main>
    </div>
  );
}
