"use client";
// A country's context: who it is, its links ranked by strength (each opens the link), and its most recent
// events in the range and filters in view, as GET /api/countries/{iso2} gives them for that query.
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { RangeView } from "@/lib/domain/month-range";
import { byStrength } from "@/lib/domain/summarize-links";
import { countryFeedPath } from "@/lib/feeds/paths";
import type { CountryDto } from "@/lib/schemas/countries";
import type { EventFilters } from "@/lib/schemas/filters";
import type { LinkSummary } from "@/lib/schemas/links";
import { countryQuery } from "@/lib/query/atlas";
import { ApiError } from "@/lib/query/api";
import { LinkButton } from "../link-button";
import { Flag } from "../flag";
import { EmptyState, ErrorState, Skeleton } from "../states";
import { EventList } from "./event-list";
import { PanelShell } from "./panel-shell";
import { useWords } from "../use-words";

interface CountryPanelProps {
  id: string;
  /** The country as the countries list knows it, so the heading shows at once. */
  known: CountryDto | undefined;
  /** Every link as the dashboard computed it for the range and filters; the country's are picked from these. */
  links: readonly LinkSummary[] | undefined;
  filters: EventFilters;
  range: RangeView;
  onClose: () => void;
  onOpenLink: (id: string) => void;
}

export function CountryPanel({ id, known, links: allLinks, filters, range, onClose, onOpenLink }: CountryPanelProps) {
  const query = useQuery(countryQuery(id, filters, range));
  const t = useTranslations("panel");
  const words = useWords();
  const links = allLinks ? allLinks.filter((l) => l.countries.includes(id)).sort(byStrength) : query.data?.links;
  // The previous range's events while the new range's load would be wrong events, not stale numbers: wait.
  const recentEvents = query.isPlaceholderData ? undefined : query.data?.recentEvents;
  const country = query.data?.country ?? known;
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  const titleText = country ? words.country(country.id, country.name) : id;
  const title = country ? (
    <>
      <Flag emoji={country.flag} code={country.id} className="flag--title" />
      {titleText}
    </>
  ) : (
    id
  );

  return (
    <PanelShell panelKey={`country-${id}`} eyebrow={t("country")} title={title} titleText={titleText} onClose={onClose}>
      {notFound ? (
        <EmptyState>{t("noCountry", { id })}</EmptyState>
      ) : (
        <>
          {country ? (
            <dl className="facts">
              <div>
                <dt>{t("capital")}</dt>
                <dd>{country.capital}</dd>
              </div>
              <div>
                <dt>{t("region")}</dt>
                <dd>
                  {country.subregion && country.subregion !== country.region ? `${country.subregion}, ${country.region}` : country.region}
                </dd>
              </div>
            </dl>
          ) : null}

          <p className="small">
            <a href={countryFeedPath(id)} type="application/atom+xml">
              {t("follow")}
            </a>
          </p>

          <h3 className="panel__section-title">{t("context")}</h3>
          {country?.context ? (
            <p className="panel__summary" lang="en" dir="auto">
              {country.context}
            </p>
          ) : country ? (
            <EmptyState>{t("noContext", { name: titleText })}</EmptyState>
          ) : null}

          <h3 className="panel__section-title">{t("linksStrongest")}</h3>
          {links ? (
            links.length > 0 ? (
              <ul className="list" role="list">
                {links.map((link) => (
                  <li key={link.id}>
                    <LinkButton link={link} selected={false} onOpen={onOpenLink} narrowed={range.narrowed} />
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState>{t("noCountryLinks", { name: titleText })}</EmptyState>
            )
          ) : query.isError ? (
            <ErrorState title={t("countryLinksError")} error={query.error} onRetry={() => void query.refetch()} />
          ) : (
            <Skeleton lines={3} label={t("loadingLinks")} />
          )}

          <h3 className="panel__section-title">{t("recentEvents")}</h3>
          {recentEvents ? (
            recentEvents.length > 0 ? (
              <EventList events={recentEvents} />
            ) : (
              <EmptyState>
                {range.narrowed ? t("noCountryEventsInRange", { name: titleText, range: words.range(range.range) }) : t("noCountryEvents", { name: titleText })}
              </EmptyState>
            )
          ) : query.isError ? null : (
            <Skeleton lines={4} label={t("loadingEventsShort")} />
          )}
        </>
      )}
    </PanelShell>
  );
}
