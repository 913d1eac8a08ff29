// The list view: every link and every country with a link, as buttons. The same panels as the map, and
// the way to navigate on a phone or without a pointer.
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { CountryDto } from "@/lib/schemas/countries";
import { byStrength } from "@/lib/domain/summarize-links";
import type { LinkSummary } from "@/lib/schemas/links";
import { Flag } from "./flag";
import { LinkList } from "./link-list";
import { ShareControls } from "./share-controls";
import type { Selection } from "./use-selection";
import { useWords } from "./use-words";

interface AtlasListsProps {
  links: readonly LinkSummary[];
  countries: readonly CountryDto[];
  selection: Selection;
  onSelect: (selection: Exclude<Selection, null>) => void;
  narrowed?: boolean;
}

export function AtlasLists({ links, countries, selection, onSelect, narrowed = false }: AtlasListsProps) {
  const ranked = useMemo(() => [...links].sort(byStrength), [links]);
  const t = useTranslations("rail");
  const tc = useTranslations("country");
  const words = useWords();
  // Links per country, the countries in the reader's alphabetical order and their buttons: a timeline step changes
  // every link's numbers but not which links exist, so all three are kept across steps (at 5,000 links and 197
  // countries, re-sorting with localeCompare, which builds a collator per comparison, and re-rendering 197 buttons
  // took tens of milliseconds of every step's task).
  const counts = new Map<string, number>();
  for (const link of links) for (const id of link.countries) counts.set(id, (counts.get(id) ?? 0) + 1);
  const countsKey = [...counts].join(";");
  // countsKey stands for counts (same countries, same numbers).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const linkCount = useMemo(() => counts, [countsKey]);
  const countryById = useMemo(() => new Map(countries.map((c) => [c.id, c])), [countries]);
  const linked = useMemo(() => {
    const collator = new Intl.Collator(words.locale);
    return [...linkCount.keys()]
      .map((id) => countryById.get(id))
      .filter((c): c is CountryDto => Boolean(c))
      .map((country) => ({ country, name: words.country(country.id, country.name) }))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map(({ country }) => country);
  }, [linkCount, countryById, words]);
  const selectedCountry = selection?.kind === "country" ? selection.id : null;
  const countryList = useMemo(
    () => (
        <ul className="list list--countries" role="list">
          {linked.map((country) => {
            const count = linkCount.get(country.id) ?? 0;
            return (
              <li key={country.id}>
                <button
                  type="button"
                  className="list-button list-button--country"
                  aria-current={selectedCountry === country.id ? "true" : undefined}
                  data-country-id={country.id}
                  onClick={() => onSelect({ kind: "country", id: country.id })}
                >
                  <Flag emoji={country.flag} code={country.id} />
                  <span className="list-button__text">
                    <span className="list-button__title">{words.country(country.id, country.name)}</span>
                    {/* Named by its visible text (WCAG 2.5.3); the hidden comma is a screen reader's pause. */}
                    <span className="visually-hidden">,</span>
                    <span className="list-button__meta">
                      {tc.rich("meta", {
                        count,
                        capital: country.capital,
                        // The capital's name is the data's (English): isolated, so its direction never reorders the count.
                        place: (chunks) => (
                          <bdi lang="en" dir="ltr">
                            {chunks}
                          </bdi>
                        ),
                      })}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
    ),
    [linked, linkCount, selectedCountry, onSelect, words, tc],
  );

  return (
    <>
      <section aria-labelledby="links-heading" className="rail__section">
        <h2 id="links-heading" className="rail__heading">
          {t("links")} <span className="rail__count">{words.num(links.length)}</span>
        </h2>
        {ranked.length === 0 ? (
          <p className="empty-state">{narrowed ? t("noMatch") : t("noLinks")}</p>
        ) : (
          <LinkList
            links={ranked}
            selectedId={selection?.kind === "link" ? selection.id : null}
            narrowed={narrowed}
            onOpen={(id) => onSelect({ kind: "link", id })}
          />
        )}
      </section>
      <section aria-labelledby="countries-heading" className="rail__section">
        <h2 id="countries-heading" className="rail__heading">
          {t("countries")} <span className="rail__count">{words.num(linked.length)}</span>
        </h2>
        {countryList}
      </section>
      <section aria-labelledby="export-heading" className="rail__section">
        <h2 id="export-heading" className="rail__heading">
          {t("download")}
        </h2>
        <p className="rail__downloads">
          {t("linksDownload")} <a href="/api/export/links.csv" download>CSV</a> · <a href="/api/export/links.json" download>JSON</a> ·{" "}
          <a href="/api/export/links.geojson" download>GeoJSON</a>
          <br />
          {t("eventsDownload")} <a href="/api/export/events.csv" download>CSV</a> · <a href="/api/export/events.json" download>JSON</a> ·{" "}
          <a href="/api/docs">API</a>
        </p>
        <ShareControls
          selection={selection}
          selectionName={selectionName(selection, links, countryById)}
        />
      </section>
    </>
  );
}

/**
 * What the open link or country is called in the embed code's title. In English, the data's names: the embed is
 * pasted into other sites whose language the atlas does not know.
 */
function selectionName(selection: Selection, links: readonly LinkSummary[], countryById: ReadonlyMap<string, CountryDto>): string | undefined {
  if (selection?.kind === "link") return links.find((l) => l.id === selection.id)?.countryNames.join(" – ");
  return selection ? countryById.get(selection.id)?.name : undefined;
}
