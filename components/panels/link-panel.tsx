"use client";
// A link's briefing: the pair and a verdict first, then the numbers, then why it is this strong, its activity
// and its dated events with their sources. Everything comes from GET /api/links/{id} for the range and filters
// in view, computed by the server, so the panel says exactly what the arc and the list say.
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { RangeView } from "@/lib/domain/month-range";
import { linkFeedPath } from "@/lib/feeds/paths";
import { linkStyle } from "@/lib/map/link-style";
import { ApiError } from "@/lib/query/api";
import { linkQuery, panelQuery } from "@/lib/query/atlas";
import type { EventFilters } from "@/lib/schemas/filters";
import type { LinkSummary } from "@/lib/schemas/links";
import { LineSwatch } from "../line-swatch";
import { useWords } from "../use-words";
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
  const t = useTranslations("panel");
  const words = useWords();
  // While a new range loads, the previous range's answer is kept (placeholder); its numbers would be stale,
  // so the figures come from the list's summary for the new range until the server's arrive.
  const detail = query.data?.link;
  const current = query.isPlaceholderData ? undefined : detail;
  const link = current ?? summary ?? detail;
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  const title = link ? words.pair(link) : id;

  if (!link) {
    return (
      <PanelShell panelKey={`link-${id}`} eyebrow={t("link")} title={title} titleText={title} onClose={onClose}>
        {notFound ? (
          <EmptyState>{t("noLink", { id })}</EmptyState>
        ) : query.isError ? (
          <ErrorState title={t("linkError")} error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Skeleton lines={6} label={t("loadingLink")} />
        )}
      </PanelShell>
    );
  }

  const style = linkStyle(link);
  const loading = query.isError ? null : <Skeleton lines={3} label={t("loadingEvents")} />;

  return (
    <PanelShell panelKey={`link-${id}`} eyebrow={t("link")} title={title} titleText={title} onClose={onClose}>
      <p className="verdict">{words.verdict(link)}</p>
      {/* Curated text stays in the language it was written in (English), isolated from the page's direction. */}
      <p className="panel__lead" lang="en" dir="auto">
        {link.title}
      </p>
      {link.summary ? (
        <p className="panel__summary" lang="en" dir="auto">
          {link.summary}
        </p>
      ) : null}
      <p className="small">
        <a href={linkFeedPath(id)} type="application/atom+xml">
          {t("follow")}
        </a>
      </p>

      <dl className="figures" aria-busy={query.isFetching}>
        <div>
          <dt>{t("strength")}</dt>
          <dd className="num" data-testid="link-strength">{words.dec(link.strength)}</dd>
        </div>
        <div>
          <dt>{t("events")}</dt>
          <dd className="num" data-testid="link-event-count">{words.num(link.eventCount)}</dd>
        </div>
        <div>
          <dt>{t("tone")}</dt>
          <dd className="num">{link.tone === null ? "–" : words.score(link.tone)}</dd>
        </div>
        <div>
          <dt>{t("drawnAs")}</dt>
          <dd className="figures__style">
            <LineSwatch color={style.color} width={style.width} pattern={style.pattern} length={26} />
            <span>
              {link.eventCount === 0 ? words.pattern("dotted") : t("drawnAsValue", { nature: words.nature(link.nature), pattern: words.patternLower(style.pattern) })}
            </span>
          </dd>
        </div>
      </dl>
      <p className="small" data-testid="link-direction">
        {words.directionSentence(link)}
      </p>
      <p className="muted small">{range.narrowed ? t("explainRange", { range: words.range(range.range) }) : t("explain")}</p>

      <h3 className="panel__section-title">{t("evidence")}</h3>
      <EvidenceMix link={link} />

      <h3 className="panel__section-title" id={`why-${id}`}>
        {t("why")}
      </h3>
      {current ? (
        current.strongest.length > 0 ? (
          <WhyStrength link={current} />
        ) : (
          <EmptyState>{t("noEventsStrength")}</EmptyState>
        )
      ) : (
        loading
      )}

      <h3 className="panel__section-title">{t("activity")}</h3>
      {current ? (
        current.activity.month.length > 0 ? (
          <ActivitySparkline activity={current.activity} color={style.color} />
        ) : (
          <EmptyState>{t("noActivity")}</EmptyState>
        )
      ) : (
        loading
      )}

      <h3 className="panel__section-title">{t("eventsTitle")}</h3>
      {current ? (
        current.eventCount > 0 ? (
          <LinkEvents key={panelQuery(filters, range)} link={current} filters={filters} range={range} highlight={highlight} />
        ) : range.narrowed ? (
          <EmptyState>{t("noEventsInRange", { range: words.range(range.range) })}</EmptyState>
        ) : (
          <EmptyState>{t("noEventsYet", { a: words.names(link)[0], b: words.names(link)[1] })}</EmptyState>
        )
      ) : query.isError ? (
        <ErrorState title={t("eventsError")} error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        loading
      )}

      <h3 className="panel__section-title">{t("countries")}</h3>
      <div className="chips">
        {link.countries.map((iso2, i) => (
          <button key={iso2} type="button" className="chip" onClick={() => onOpenCountry(iso2)}>
            {words.country(iso2, link.countryNames[i]!)}
          </button>
        ))}
      </div>
    </PanelShell>
  );
}
