"use client";
// Compare two periods: the map with each link's arc styled by how it changed from period A to period B (colour,
// line pattern and a word on the arc), a legend, and the links grouped by change with the events that weigh
// most in each period. Periods and filters live in the URL (?a=2019-01..2022-12&b=2023-01..2024-12).
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { todayIso } from "@/lib/domain/months";
import { compareSpan, defaultPeriods } from "@/lib/domain/compare-defaults";
import type { LinkSummary } from "@/lib/schemas/links";
import { compareQuery, countriesQuery, timelineOutlineQuery } from "@/lib/query/atlas";
import type { CompareLink, EventWithContribution } from "@/lib/query/time-types";
import { langPair } from "@/lib/i18n/lang-param";
import { CHANGE_COLOR, CHANGE_PATTERN, CHANGES, changeStyle, changeTag, type Change } from "@/lib/map/compare-style";
import { formatPeriod, type MonthRange } from "@/lib/domain/month-range";
import { monthIndex, monthsBetween, type Month } from "@/lib/domain/months";
import { ComparePageQuerySchema } from "@/lib/schemas/analysis";
import { filterPairs, type EventFilters } from "@/lib/schemas/filters";
import { queryString } from "@/lib/schemas/query";
import { Filters } from "../filters";
import { LineSwatch } from "../line-swatch";
import { LocaleSwitch } from "../locale-switch";
import { useLocationQuery } from "../use-location-query";
import { useWords, type Words } from "../use-words";
import { MapStage } from "../map/map-stage";
import { EmptyState, ErrorState, IgnoredParamsNotice, Skeleton } from "../states";
import { replaceQuery, writeFilters } from "../use-atlas-params";
import { useParsedQuery } from "../use-parsed-query";
import { ThemeSwitch } from "@/components/theme-switch";

const RAIL_WIDTH = 400;
const GUTTER = 16;
const HEADER_HEIGHT = 64;
const LEGEND_HEIGHT = 96;
const TOP_EVENTS = 3;

const ZERO = { confirmed: 0, reported: 0, alleged: 0, denied: 0 };

/** The compare row in the shape the map draws (strength orders the arcs: the larger period's). */
function asSummary(l: CompareLink): LinkSummary {
  return {
    id: l.id,
    countries: l.countries,
    countryNames: l.countryNames,
    title: l.title,
    summary: "",
    eventCount: l.a.eventCount + l.b.eventCount,
    firstEventOn: null,
    lastEventOn: null,
    lastEventPrecision: null,
    strength: Math.max(l.a.strength, l.b.strength),
    cooperation: l.b.cooperation,
    tension: l.b.tension,
    tone: null,
    nature: "cooperation",
    evidence: ZERO,
    evidenceStrength: ZERO,
    allegedShare: 0,
    // The compare map draws change, not direction.
    flow: { aToB: 0, bToA: 0 },
    direction: "undirected",
  };
}

/** A change in strength with its sign: "+2.2", "−1.0", "±0.0" (digits in the reader's language). */
const signed = (words: Words, n: number) => (n > 0 ? `+${words.dec(n)}` : n < 0 ? `\u2212${words.dec(Math.abs(n))}` : `±${words.dec(0)}`);

export function CompareView() {
  const { data: query, ignored } = useParsedQuery(ComparePageQuerySchema);
  const t = useTranslations("compare");
  const l = useTranslations("labels");
  const words = useWords();
  const lang = langPair(new URLSearchParams(useLocationQuery()));
  const { a: urlA, b: urlB, filters } = useMemo(() => {
    const { a, b, ...filters } = query;
    return { a, b, filters: filters satisfies EventFilters };
  }, [query]);
  const [today] = useState(todayIso);

  // Only the span and the linked countries: the timeline's cells are megabytes at scale, and this view has no timeline.
  const timeline = useQuery(timelineOutlineQuery(filters));
  const countriesResult = useQuery(countriesQuery());
  const span = useMemo(() => compareSpan(timeline.data?.range.first, today), [timeline.data, today]);
  const defaults = defaultPeriods(span.first, span.last);
  const a = urlA ?? defaults.a;
  const b = urlB ?? defaults.b;

  // A URL without periods gets the defaults written into it, so it can be shared as shown.
  useEffect(() => {
    if (urlA && urlB) return;
    if (!timeline.data) return;
    replaceQuery((params) => {
      params.set("a", formatPeriod(a));
      params.set("b", formatPeriod(b));
    });
  }, [urlA, urlB, timeline.data, a, b]);

  const compare = useQuery(compareQuery(a, b, filters));
  const rows = compare.data?.links;
  const summaries = useMemo(() => (rows ?? []).map(asSummary), [rows]);
  const byId = useMemo(() => new Map((rows ?? []).map((r) => [r.id, r])), [rows]);
  const styleFor = useCallback(
    (link: LinkSummary) => {
      const row = byId.get(link.id);
      return row ? changeStyle(row.change, row.delta, row.b.strength) : changeStyle("steady", 0, 0);
    },
    [byId],
  );
  const arcLabels = useMemo(
    () => Object.fromEntries((rows ?? []).map((r) => [r.id, { text: changeTag(r.change, r.delta), className: `arc-label--${r.change}` }])),
    [rows],
  );
  const describeLink = useCallback(
    (link: LinkSummary) => {
      const row = byId.get(link.id);
      return row ? `${l(`change.${row.change}`)}: ${words.dec(row.a.strength)} → ${words.dec(row.b.strength)}` : "";
    },
    [byId, l, words],
  );

  const [focused, setFocused] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focused) return;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-link-id="${focused}"]`);
    el?.scrollIntoView({ block: "nearest" });
    el?.focus({ preventScroll: true });
  }, [focused]);

  const setPeriod = (which: "a" | "b", range: MonthRange) => replaceQuery((params) => params.set(which, formatPeriod(range)));
  const months = useMemo(() => monthsBetween(span.first, span.last), [span.first, span.last]);
  const linkedCountries = useMemo(() => {
    const ids = new Set(timeline.data?.countries ?? []);
    return (countriesResult.data?.countries ?? [])
      .filter((c) => ids.has(c.id))
      .map((c) => ({ id: c.id, name: words.country(c.id, c.name) }))
      .sort((x, y) => x.name.localeCompare(y.name, words.locale));
  }, [timeline.data, countriesResult.data, words]);
  const insets = useMemo(
    () => ({ wide: { left: RAIL_WIDTH + GUTTER, right: 0, top: HEADER_HEIGHT, bottom: LEGEND_HEIGHT }, narrow: { left: 0, right: 0, top: 0, bottom: 0 } }),
    [],
  );
  const dashboardQuery = (range: MonthRange, id?: string) => {
    const params = new URLSearchParams([...filterPairs(filters), ["from", range.from], ["to", range.to]]);
    if (id) params.set("link", id);
    for (const [k, v] of lang) params.set(k, v);
    return `/?${params.toString()}`;
  };

  return (
    <div className="app app--compare">
      <a className="skip-link" href="#compare-list">
        {t("skip")}
      </a>
      <header className="topbar">
        <div className="topbar__brand">
          <h1 className="topbar__title">Axis Atlas</h1>
          <p className="topbar__subtitle">{t("subtitle")}</p>
        </div>
        <nav className="topbar__links" aria-label={t("views")}>
          <a className="topbar__nav" href={`/${queryString([...filterPairs(filters), ...lang])}`}>
            {t("dashboard")}
          </a>
          <a
            className="topbar__nav"
            href={`/compare${queryString([["a", formatPeriod(a)], ["b", formatPeriod(b)], ...filterPairs(filters), ...lang])}`}
            aria-current="page"
          >
            {t("compare")}
          </a>
        </nav>
        <ThemeSwitch />
        <LocaleSwitch pathname="/compare" />
      </header>

      <main className="stage">
        <section className="map-region" aria-label={t("mapRegion")}>
          <p className="visually-hidden">{t("mapHelp")}</p>
          {countriesResult.data && rows ? (
            <MapStage
              links={summaries}
              countries={countriesResult.data.countries}
              selection={focused ? { kind: "link", id: focused } : null}
              projection="mercator"
              onSelect={(s) => (s.kind === "link" ? setFocused(s.id) : undefined)}
              insets={insets}
              hrefFor={(id) => dashboardQuery(b, id)}
              styleFor={styleFor}
              arcLabels={arcLabels}
              describeLink={describeLink}
            />
          ) : (
            <div className="atlas-map atlas-map--placeholder" aria-hidden="true" />
          )}
        </section>

        <section className="legend legend--compare" aria-labelledby="compare-legend-title">
          <h2 id="compare-legend-title" className="rail__heading">
            {t("legend")}
          </h2>
          <dl className="legend__grid">
            {CHANGES.map((c) => (
              <div key={c}>
                <dt>
                  <LineSwatch color={CHANGE_COLOR[c]} width={3} pattern={CHANGE_PATTERN[c]} />
                </dt>
                <dd>
                  <strong>{l(`change.${c}`)}</strong>: {l(`changeDescription.${c}`)}
                </dd>
              </div>
            ))}
            <div>
              <dt>
                <span className="arc-label arc-label--legend" aria-hidden="true">
                  {signed(words, 2.2)}
                </span>
              </dt>
              <dd>{t("onArc")}</dd>
            </div>
          </dl>
        </section>

        <div className="rail rail--compare" id="compare-list" tabIndex={-1} ref={listRef}>
          <section aria-labelledby="periods-heading" className="rail__section">
            <h2 id="periods-heading" className="rail__heading">
              {t("heading")}
            </h2>
            <PeriodPicker label={t("periodA")} range={a} months={months} onChange={(r) => setPeriod("a", r)} />
            <PeriodPicker label={t("periodB")} range={b} months={months} onChange={(r) => setPeriod("b", r)} />
          </section>
          <IgnoredParamsNotice ignored={ignored} />
          <Filters filters={filters} countries={linkedCountries} onChange={(next) => replaceQuery((params) => writeFilters(params, next))} />
          <section aria-labelledby="changes-heading" className="rail__section" aria-busy={compare.isFetching || undefined}>
            <h2 id="changes-heading" className="rail__heading">
              {t("changes")}{" "}
              <span className="rail__count">
                {!rows
                  ? "…"
                  : (compare.data?.totalChanged ?? 0) > rows.length
                    ? t("largest", { shown: words.num(rows.length), count: compare.data!.totalChanged })
                    : t("links", { count: rows.length })}
              </span>
            </h2>
            {compare.isError && !rows ? (
              <ErrorState title={t("error")} error={compare.error} onRetry={() => void compare.refetch()} />
            ) : !rows ? (
              <Skeleton lines={6} label={t("loading")} />
            ) : rows.length === 0 ? (
              <EmptyState>{t("empty")}</EmptyState>
            ) : (
              CHANGES.map((change) => {
                const group = rows.filter((r) => r.change === change);
                if (group.length === 0) return null;
                return (
                  <section key={change} className="compare-group" aria-labelledby={`group-${change}`} data-change={change}>
                    <h3 id={`group-${change}`} className="compare-group__title">
                      <LineSwatch color={CHANGE_COLOR[change]} width={3} pattern={CHANGE_PATTERN[change]} length={24} />
                      {l(`change.${change}`)} <span className="rail__count">{words.num(group.length)}</span>
                    </h3>
                    <ul className="compare-list" role="list">
                      {group.map((row) => (
                        <CompareItem key={row.id} row={row} a={a} b={b} focused={focused === row.id} hrefB={dashboardQuery(b, row.id)} />
                      ))}
                    </ul>
                  </section>
                );
              })
            )}
          </section>
        </div>
      </main>
    </div>
  );
}

function PeriodPicker({ label, range, months, onChange }: { label: string; range: MonthRange; months: readonly Month[]; onChange: (r: MonthRange) => void }) {
  const t = useTranslations("compare");
  const words = useWords();
  const options = months.includes(range.from) && months.includes(range.to) ? months : [...new Set([range.from, ...months, range.to])];
  return (
    <fieldset className="period">
      <legend>
        {label} <span className="muted">· {words.range(range, true)}</span>
      </legend>
      <div className="period__selects">
        <label>
          <span className="visually-hidden">{t("periodFrom", { label })}</span>
          <select
            value={range.from}
            onChange={(e) => {
              const from = e.target.value;
              onChange({ from, to: monthIndex(from) > monthIndex(range.to) ? from : range.to });
            }}
          >
            {options.map((m) => (
              <option key={m} value={m}>
                {words.month(m, true)}
              </option>
            ))}
          </select>
        </label>
        <span aria-hidden="true">{t("to")}</span>
        <label>
          <span className="visually-hidden">{t("periodTo", { label })}</span>
          <select
            value={range.to}
            onChange={(e) => {
              const to = e.target.value;
              onChange({ from: monthIndex(to) < monthIndex(range.from) ? to : range.from, to });
            }}
          >
            {options.map((m) => (
              <option key={m} value={m}>
                {words.month(m, true)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </fieldset>
  );
}

function CompareItem({ row, a, b, focused, hrefB }: { row: CompareLink; a: MonthRange; b: MonthRange; focused: boolean; hrefB: string }) {
  const t = useTranslations("compare");
  const l = useTranslations("labels");
  const words = useWords();
  const pair = words.pair(row);
  return (
    <li className="compare-item" data-link-id={row.id} data-change={row.change} tabIndex={-1} aria-current={focused ? "true" : undefined}>
      <div className="compare-item__head">
        <h4 className="compare-item__title">{pair}</h4>
        <span className={`change-chip change-chip--${row.change}`}>{l(`change.${row.change as Change}`)}</span>
      </div>
      <p className="compare-item__figures num">
        A {words.dec(row.a.strength)} <span className="muted">{t("eventCount", { count: row.a.eventCount })}</span> → B {words.dec(row.b.strength)}{" "}
        <span className="muted">{t("eventCount", { count: row.b.eventCount })}</span> · <strong>{signed(words, row.delta)}</strong>
      </p>
      <div className="compare-item__events">
        <TopEvents label={t("inA", { range: words.range(a, true) })} events={row.eventsA} />
        <TopEvents label={t("inB", { range: words.range(b, true) })} events={row.eventsB} />
      </div>
      <a className="compare-item__open small" href={hrefB}>
        {t("open", { pair })}
        <span className="visually-hidden"> {t("onDashboard")}</span>
      </a>
    </li>
  );
}

function TopEvents({ label, events }: { label: string; events: readonly EventWithContribution[] }) {
  const t = useTranslations("compare");
  const words = useWords();
  const shown = events.slice(0, TOP_EVENTS);
  return (
    <div className="top-events">
      <p className="top-events__label">{label}</p>
      {shown.length === 0 ? (
        <p className="muted small">{t("noEvents")}</p>
      ) : (
        <ol className="top-events__list" role="list">
          {shown.map((e) => (
            <li key={e.id}>
              <bdi className="top-events__title" lang="en" dir="auto">
                {e.title}
              </bdi>
              <span className="top-events__meta num">
                {words.date(e.date, e.precision)} · {words.category(e.category)} · {words.evidence(e.evidence)} ·{" "}
                {t("adds", { value: words.fixed(e.contribution.value, 2) })}
              </span>
            </li>
          ))}
          {events.length > TOP_EVENTS ? <li className="muted small">{t("more", { count: events.length - TOP_EVENTS })}</li> : null}
        </ol>
      )}
    </div>
  );
}
