"use client";
// Filters over the events behind every number on the page: categories, a minimum evidence level, the
// countries a link must touch and where events came from. They live in the URL, beside the time range.
import { useTranslations } from "next-intl";
import { memo } from "react";
import { EVENT_CATEGORIES, EVIDENCE_LEVELS, type EventCategory, type EvidenceLevel, type Origin } from "@/lib/domain/vocabulary";
import { CATEGORY_LABEL, EVIDENCE_LABEL } from "@/lib/map/briefing";
import { DIRECTION_KINDS, type DirectionKind } from "@/lib/domain/direction";
import { hasFilters, NO_FILTERS, type EventFilters, type LinkFilter } from "@/lib/schemas/filters";
import { useWords, type Words } from "./use-words";

type AtlasFilters = EventFilters & LinkFilter;

/** How each kind of direction reads in the filter and in its summary. */
const DIRECTION_LABEL: Record<DirectionKind, string> = {
  one_way: "One way (arrow)",
  two_way: "Both ways (double arrow)",
  undirected: "No direction",
};

interface FiltersProps {
  filters: AtlasFilters;
  /** Countries that have links, to choose from: id and name. */
  countries: readonly { id: string; name: string }[];
  onChange: (filters: AtlasFilters) => void;
}

const ORIGINS: { value: Origin | undefined; label: string; key: "both" | "curated" | "machine" }[] = [
  { value: undefined, label: "Both", key: "both" },
  { value: "curated", label: "Curated", key: "curated" },
  { value: "machine", label: "Machine-coded", key: "machine" },
];

/** "Summit, Arms transfer · at least reported · touching North Korea · curated only". */
export function filterSummary(filters: AtlasFilters, nameOf: (id: string) => string): string {
  const parts: string[] = [];
  if (filters.category) parts.push(filters.category.map((c) => CATEGORY_LABEL[c]).join(", "));
  if (filters.evidence) parts.push(`only ${filters.evidence.map((e) => EVIDENCE_LABEL[e].toLowerCase()).join(" or ")}`);
  if (filters.minEvidence && filters.minEvidence !== "denied") parts.push(`at least ${EVIDENCE_LABEL[filters.minEvidence].toLowerCase()}`);
  if (filters.countries) parts.push(`touching ${filters.countries.map(nameOf).join(" or ")}`);
  if (filters.origin) parts.push(filters.origin === "curated" ? "curated only" : "machine-coded only");
  if (filters.direction) parts.push(`links ${filters.direction.map((d) => DIRECTION_LABEL[d].replace(/ \(.*\)$/, "").toLowerCase()).join(" or ")}`);
  return parts.join(" · ");
}

/** The translator over the filters' messages. */
type FiltersT = ReturnType<typeof useTranslations<"filters">>;

const DIRECTION_KEY: Record<DirectionKind, "oneWay" | "twoWay" | "undirected"> = { one_way: "oneWay", two_way: "twoWay", undirected: "undirected" };
const DIRECTION_SHORT_KEY: Record<DirectionKind, "oneWayShort" | "twoWayShort" | "undirectedShort"> = {
  one_way: "oneWayShort",
  two_way: "twoWayShort",
  undirected: "undirectedShort",
};

/** "A or B or C" in the reader's language. */
function orList(t: FiltersT, items: readonly string[]): string {
  return items.reduce((acc, item) => (acc ? t("or", { a: acc, b: item }) : item), "");
}

/** filterSummary in the reader's language. */
function localFilterSummary(filters: AtlasFilters, nameOf: (id: string) => string, t: FiltersT, words: Words): string {
  const parts: string[] = [];
  if (filters.category) parts.push(filters.category.map((c) => words.category(c)).join(", "));
  if (filters.evidence) parts.push(t("summaryOnly", { levels: orList(t, filters.evidence.map((e) => words.evidenceLower(e))) }));
  if (filters.minEvidence && filters.minEvidence !== "denied") parts.push(t("summaryAtLeast", { level: words.evidenceLower(filters.minEvidence) }));
  if (filters.countries) parts.push(t("summaryTouching", { countries: orList(t, filters.countries.map(nameOf)) }));
  if (filters.origin) parts.push(filters.origin === "curated" ? t("summaryCurated") : t("summaryMachine"));
  if (filters.direction) parts.push(t("summaryLinks", { directions: orList(t, filters.direction.map((d) => t(DIRECTION_SHORT_KEY[d]))) }));
  return parts.join(" · ");
}

/** Memoised: the dashboard re-renders on every timeline step, which changes none of these props. */
export const Filters = memo(function Filters({ filters, countries, onChange }: FiltersProps) {
  const t = useTranslations("filters");
  const words = useWords();
  const active = hasFilters(filters);
  const nameOf = (id: string) => countries.find((c) => c.id === id)?.name ?? id;
  // A list with `item` added or removed, sorted; undefined (no filter) once it is empty.
  const toggle = <T extends string>(list: readonly T[] | undefined, item: T): T[] | undefined => {
    const next = (list ?? []).includes(item) ? (list ?? []).filter((x) => x !== item) : [...(list ?? []), item];
    return next.length ? next.sort() : undefined;
  };
  const count =
    (filters.category?.length ?? 0) + (filters.evidence?.length ?? 0) + (filters.countries?.length ?? 0) + (filters.minEvidence ? 1 : 0) + (filters.origin ? 1 : 0) + (filters.direction?.length ?? 0);

  return (
    <section className="filters" aria-label={t("label")}>
      <details className="filters__details" open={active ? true : undefined}>
        <summary className="filters__summary">
          <span className="rail__heading">{t("label")}</span>
          {count > 0 ? <span className="rail__count">{t("on", { count: words.num(count) })}</span> : <span className="muted small">{t("all")}</span>}
        </summary>
        <div className="filters__body">
          <fieldset className="filters__group">
            <legend>{t("category")}</legend>
            <div className="filters__checks">
              {EVENT_CATEGORIES.map((c: EventCategory) => (
                <label key={c} className="check">
                  <input type="checkbox" name="category" value={c} checked={filters.category?.includes(c) ?? false} onChange={() => onChange({ ...filters, category: toggle(filters.category, c) })} />
                  {words.category(c)}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="filters__field">
            <span>{t("minEvidence")}</span>
            <select
              name="minEvidence"
              value={filters.minEvidence ?? ""}
              onChange={(e) => onChange({ ...filters, minEvidence: (e.target.value || undefined) as EvidenceLevel | undefined })}
            >
              <option value="">{t("any")}</option>
              {EVIDENCE_LEVELS.filter((l) => l !== "denied").map((l) => (
                <option key={l} value={l}>
                  {l === "confirmed" ? t("confirmedOnly") : t("orSurer", { level: words.evidence(l) })}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="filters__group">
            <legend>{t("touching")}</legend>
            <div className="filters__checks">
              {countries.map((c) => (
                <label key={c.id} className="check">
                  <input type="checkbox" name="countries" value={c.id} checked={filters.countries?.includes(c.id) ?? false} onChange={() => onChange({ ...filters, countries: toggle(filters.countries, c.id) })} />
                  {c.name}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="filters__group">
            <legend>{t("origin")}</legend>
            <div className="filters__checks filters__checks--row">
              {ORIGINS.map((o) => (
                <label key={o.label} className="check">
                  <input type="radio" name="origin" checked={filters.origin === o.value} onChange={() => onChange({ ...filters, origin: o.value })} />
                  {t(o.key)}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="filters__group">
            <legend>{t("direction")}</legend>
            <div className="filters__checks">
              {DIRECTION_KINDS.map((d) => (
                <label key={d} className="check">
                  <input type="checkbox" name="direction" value={d} checked={filters.direction?.includes(d) ?? false} onChange={() => onChange({ ...filters, direction: toggle(filters.direction, d) })} />
                  {t(DIRECTION_KEY[d])}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      </details>
      {active ? (
        <p className="filters__active small">
          <span>{localFilterSummary(filters, nameOf, t, words)}</span>{" "}
          <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
            {t("clear")}
          </button>
        </p>
      ) : null}
    </section>
  );
});
