// The list view: every link and every country with a link, as buttons. The same panels as the map, and
// the way to navigate on a phone or without a pointer.
import type { CountryDto } from "@/lib/schemas/countries";
import type { LinkSummary } from "@/lib/schemas/links";
import { lastEventLabel, linkAccessibleName, pluralize } from "@/lib/map/briefing";
import { linkStyle } from "@/lib/map/link-style";
import { Flag } from "./flag";
import { LineSwatch } from "./line-swatch";
import type { Selection } from "./use-selection";

/** Strongest first, then most events, then id, as the API ranks a country's links. */
export function byStrength(a: LinkSummary, b: LinkSummary): number {
  return b.strength - a.strength || b.eventCount - a.eventCount || a.id.localeCompare(b.id);
}

interface LinkButtonProps {
  link: LinkSummary;
  selected: boolean;
  onOpen: (id: string) => void;
  /** A range or filters hide part of the record: a link without events says "none in this view", not "none yet". */
  narrowed?: boolean;
}

export function LinkButton({ link, selected, onOpen, narrowed = false }: LinkButtonProps) {
  const style = linkStyle(link);
  const last = lastEventLabel(link);
  const none = narrowed ? "No events in this view" : "No events yet";
  return (
    <button
      type="button"
      className="list-button"
      aria-label={link.eventCount === 0 && narrowed ? `${link.countryNames.join(" – ")}, no events in this view` : linkAccessibleName(link)}
      aria-current={selected ? "true" : undefined}
      data-link-id={link.id}
      onClick={() => onOpen(link.id)}
    >
      <LineSwatch color={style.color} width={style.width} pattern={style.pattern} length={28} />
      <span className="list-button__text">
        <span className="list-button__title">{link.countryNames.join(" – ")}</span>
        <span className="list-button__meta">
          {link.eventCount === 0 ? none : `${pluralize(link.eventCount, "event")}${last ? ` · last ${last}` : ""}`}
        </span>
      </span>
      <span className="list-button__figure" aria-hidden="true" title="Strength">
        {link.strength.toFixed(1)}
      </span>
    </button>
  );
}

interface AtlasListsProps {
  links: readonly LinkSummary[];
  countries: readonly CountryDto[];
  selection: Selection;
  onSelect: (selection: Exclude<Selection, null>) => void;
  narrowed?: boolean;
}

export function AtlasLists({ links, countries, selection, onSelect, narrowed = false }: AtlasListsProps) {
  const ranked = [...links].sort(byStrength);
  const countryById = new Map(countries.map((c) => [c.id, c]));
  const linkCount = new Map<string, number>();
  for (const link of links) for (const id of link.countries) linkCount.set(id, (linkCount.get(id) ?? 0) + 1);
  const linked = [...linkCount.keys()]
    .map((id) => countryById.get(id))
    .filter((c): c is CountryDto => Boolean(c))
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <>
      <section aria-labelledby="links-heading" className="rail__section">
        <h2 id="links-heading" className="rail__heading">
          Links <span className="rail__count">{links.length}</span>
        </h2>
        {ranked.length === 0 ? (
          <p className="empty-state">{narrowed ? "No links match these filters." : "No links recorded yet."}</p>
        ) : (
          <ul className="list" role="list">
            {ranked.map((link) => (
              <li key={link.id}>
                <LinkButton
                  link={link}
                  selected={selection?.kind === "link" && selection.id === link.id}
                  narrowed={narrowed}
                  onOpen={(id) => onSelect({ kind: "link", id })}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="countries-heading" className="rail__section">
        <h2 id="countries-heading" className="rail__heading">
          Countries <span className="rail__count">{linked.length}</span>
        </h2>
        <ul className="list list--countries" role="list">
          {linked.map((country) => {
            const count = linkCount.get(country.id) ?? 0;
            return (
              <li key={country.id}>
                <button
                  type="button"
                  className="list-button list-button--country"
                  aria-label={`${country.name}, ${pluralize(count, "link")}`}
                  aria-current={selection?.kind === "country" && selection.id === country.id ? "true" : undefined}
                  data-country-id={country.id}
                  onClick={() => onSelect({ kind: "country", id: country.id })}
                >
                  <Flag emoji={country.flag} code={country.id} />
                  <span className="list-button__text">
                    <span className="list-button__title">{country.name}</span>
                    <span className="list-button__meta">
                      {country.capital} · {pluralize(count, "link")}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="export-heading" className="rail__section">
        <h2 id="export-heading" className="rail__heading">
          Download
        </h2>
        <p className="rail__downloads">
          Links: <a href="/api/export/links.csv" download>CSV</a> · <a href="/api/export/links.json" download>JSON</a> ·{" "}
          <a href="/api/export/links.geojson" download>GeoJSON</a>
          <br />
          Events: <a href="/api/export/events.csv" download>CSV</a> · <a href="/api/export/events.json" download>JSON</a> ·{" "}
          <a href="/api/docs">API</a>
        </p>
      </section>
    </>
  );
}
