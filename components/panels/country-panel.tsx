"use client";
// A country's context: who it is, its links ranked by strength (each opens the link), and its most recent
// events in the range and filters in view, as GET /api/countries/{iso2} gives them for that query.
import { useQuery } from "@tanstack/react-query";
import { rangeLabel, type RangeView } from "@/lib/domain/month-range";
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
  const links = allLinks ? allLinks.filter((l) => l.countries.includes(id)).sort(byStrength) : query.data?.links;
  // The previous range's events while the new range's load would be wrong events, not stale numbers: wait.
  const recentEvents = query.isPlaceholderData ? undefined : query.data?.recentEvents;
  const country = query.data?.country ?? known;
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  const titleText = country?.name ?? id;
  const title = country ? (
    <>
      <Flag emoji={country.flag} code={country.id} className="flag--title" />
      {country.name}
    </>
  ) : (
    id
  );

  return (
    <PanelShell panelKey={`country-${id}`} eyebrow="Country" title={title} titleText={titleText} onClose={onClose}>
      {notFound ? (
        <EmptyState>There is no country with the code {id} in the atlas.</EmptyState>
      ) : (
        <>
          {country ? (
            <dl className="facts">
              <div>
                <dt>Capital</dt>
                <dd>{country.capital}</dd>
              </div>
              <div>
                <dt>Region</dt>
                <dd>
                  {country.subregion && country.subregion !== country.region ? `${country.subregion}, ${country.region}` : country.region}
                </dd>
              </div>
            </dl>
          ) : null}

          <p className="small">
            <a href={countryFeedPath(id)} type="application/atom+xml">
              Follow (Atom feed)
            </a>
          </p>

          <h3 className="panel__section-title">Context</h3>
          {country?.context ? (
            <p className="panel__summary">{country.context}</p>
          ) : country ? (
            <EmptyState>No context has been written for {country.name} yet.</EmptyState>
          ) : null}

          <h3 className="panel__section-title">Links, strongest first</h3>
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
              <EmptyState>No links recorded for {titleText} yet.</EmptyState>
            )
          ) : query.isError ? (
            <ErrorState title="This country's links could not be loaded." error={query.error} onRetry={() => void query.refetch()} />
          ) : (
            <Skeleton lines={3} label="Loading links" />
          )}

          <h3 className="panel__section-title">Recent events</h3>
          {recentEvents ? (
            recentEvents.length > 0 ? (
              <EventList events={recentEvents} />
            ) : (
              <EmptyState>
                {range.narrowed ? `No events of ${titleText} in ${rangeLabel(range.range)}.` : `No events recorded for ${titleText} yet.`}
              </EmptyState>
            )
          ) : query.isError ? null : (
            <Skeleton lines={4} label="Loading events" />
          )}
        </>
      )}
    </PanelShell>
  );
}
