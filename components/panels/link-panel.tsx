"use client";
// A link's briefing: the pair and a verdict first, then the numbers, then why it is this strong, its activity
// and its dated events with their sources. Everything comes from GET /api/links/{id} for the range and filters
// in view, computed by the server, so the panel says exactly what the arc and the list say.
import { useQuery } from "@tanstack/react-query";
import { rangeLabel, type RangeView } from "@/lib/domain/month-range";
import { linkDirectionSentence } from "@/lib/domain/direction-words";
import { linkFeedPath } from "@/lib/feeds/paths";
import { formatScore, linkVerdict } from "@/lib/map/briefing";
import { linkStyle, NATURE_LABEL, PATTERN_LABEL } from "@/lib/map/link-style";
import { ApiError } from "@/lib/query/api";
import { linkQuery, panelQuery } from "@/lib/query/atlas";
import type { EventFilters } from "@/lib/schemas/filters";
import type { LinkSummary } from "@/lib/schemas/links";
import { LineSwatch } from "../line-swatch";
import { EmptyState, ErrorState, Skeleton } from "../states";
import { EvidenceMix } from "./evidence-mix";
import { LinkEvents } from "./link-events";
import { PanelShell } from "./panel-shell";
import { ActivitySparkline } from "./sparkline";
import { WhyStrength } from "./why-strength";

interface LinkPanelProps {
  id: string;
  /** The link as the list knows it, so the heading and verdict show before the server's answer arrives. */
  summary: LinkSummary | undefined;
  filters: EventFilters;
  /** The timeline's range: the panel shows the link for it, weighed as of its last day. */
  range: RangeView;
  /** An event to highlight and scroll to (from search). */
  highlight?: string;
  onClose: () => void;
  onOpenCountry: (iso2: string) => void;
}

export function LinkPanel({ id, summary, filters, range, highlight, onClose, onOpenCountry }: LinkPanelProps) {
  const query = useQuery(linkQuery(id, filters, range));
  // While a new range loads, the previous range's answer is kept (placeholder); its numbers would be stale,
  // so the figures come from the list's summary for the new range until the server's arrive.
  const detail = query.data?.link;
  const current = query.isPlaceholderData ? undefined : detail;
  const link = current ?? summary ?? detail;
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  const title = link ? link.countryNames.join(" – ") : id;

  if (!link) {
    return (
      <PanelShell panelKey={`link-${id}`} eyebrow="Link" title={title} titleText={title} onClose={onClose}>
        {notFound ? (
          <EmptyState>There is no link {id} in the atlas. It may have been removed, or the address is mistyped.</EmptyState>
        ) : query.isError ? (
          <ErrorState title="This link could not be loaded." error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Skeleton lines={6} label="Loading the link" />
        )}
      </PanelShell>
    );
  }

  const style = linkStyle(link);
  const loading = query.isError ? null : <Skeleton lines={3} label="Loading the link's events" />;

  return (
    <PanelShell panelKey={`link-${id}`} eyebrow="Link" title={title} titleText={title} onClose={onClose}>
      <p className="verdict">{linkVerdict(link)}</p>
      <p className="panel__lead">{link.title}</p>
      {link.summary ? <p className="panel__summary">{link.summary}</p> : null}
      <p className="small">
        <a href={linkFeedPath(id)} type="application/atom+xml">
          Follow (Atom feed)
        </a>
      </p>

      <dl className="figures" aria-busy={query.isFetching}>
        <div>
          <dt>Strength</dt>
          <dd className="num" data-testid="link-strength">{link.strength.toFixed(1)}</dd>
        </div>
        <div>
          <dt>Events</dt>
          <dd className="num" data-testid="link-event-count">{link.eventCount.toLocaleString("en")}</dd>
        </div>
        <div>
          <dt>Tone</dt>
          <dd className="num">{link.tone === null ? "–" : formatScore(link.tone)}</dd>
        </div>
        <div>
          <dt>Drawn as</dt>
          <dd className="figures__style">
            <LineSwatch color={style.color} width={style.width} pattern={style.pattern} length={26} />
            <span>
              {link.eventCount === 0 ? PATTERN_LABEL.dotted : `${NATURE_LABEL[link.nature]}, ${PATTERN_LABEL[style.pattern].toLowerCase()}`}
            </span>
          </dd>
        </div>
      </dl>
      <p className="small" data-testid="link-direction">
        {linkDirectionSentence(link)}
      </p>
      <p className="muted small">
        {range.narrowed ? `For ${rangeLabel(range.range)}. ` : ""}Strength adds up each event&apos;s weight (below); tone is
        their weighted mean on the Goldstein scale (−10 conflict to +10 cooperation).
      </p>

      <h3 className="panel__section-title">Evidence</h3>
      <EvidenceMix link={link} />

      <h3 className="panel__section-title" id={`why-${id}`}>
        Why this strength
      </h3>
      {current ? (
        current.strongest.length > 0 ? (
          <WhyStrength link={current} />
        ) : (
          <EmptyState>No events in view, so the strength is 0.</EmptyState>
        )
      ) : (
        loading
      )}

      <h3 className="panel__section-title">Activity</h3>
      {current ? (
        current.activity.month.length > 0 ? (
          <ActivitySparkline activity={current.activity} color={style.color} />
        ) : (
          <EmptyState>No events in view, so there is no activity to chart.</EmptyState>
        )
      ) : (
        loading
      )}

      <h3 className="panel__section-title">Events</h3>
      {current ? (
        current.eventCount > 0 ? (
          <LinkEvents key={panelQuery(filters, range)} link={current} filters={filters} range={range} highlight={highlight} />
        ) : range.narrowed ? (
          <EmptyState>No events of this link fall in {rangeLabel(range.range)}.</EmptyState>
        ) : (
          <EmptyState>
            No events recorded for this link yet. The atlas follows the tie between {link.countryNames[0]} and{" "}
            {link.countryNames[1]}, but no dated, sourced event has been entered.
          </EmptyState>
        )
      ) : query.isError ? (
        <ErrorState title="The events could not be loaded." error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        loading
      )}

      <h3 className="panel__section-title">Countries</h3>
      <div className="chips">
        {link.countries.map((iso2, i) => (
          <button key={iso2} type="button" className="chip" onClick={() => onOpenCountry(iso2)}>
            {link.countryNames[i]}
          </button>
        ))}
      </div>
    </PanelShell>
  );
}
