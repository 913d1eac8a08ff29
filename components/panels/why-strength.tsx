// "Why this strength": the events that add most to the link, largest first, each as category weight ×
// evidence factor × decay, with the contributions the server computed, so a reader can trace the link's
// number back to the events and how sure we are of them. The total is the link's own.
import { formatEventDate } from "@/lib/domain/date-precision";
import { DEFAULT_HALF_LIFE_MONTHS } from "@/lib/domain/strength-model";
import { CATEGORY_LABEL, contributionFormula, EVIDENCE_LABEL, pluralize } from "@/lib/map/briefing";
import type { LinkDetail } from "@/lib/schemas/links";

const fmt = (n: number) => (n >= 10 ? n.toFixed(1) : n.toFixed(2));

export function WhyStrength({ link }: { link: Pick<LinkDetail, "strongest" | "eventCount" | "cooperation" | "tension" | "strength" | "asOf"> }) {
  const rows = link.strongest;
  const listed = rows.reduce((sum, r) => sum + r.contribution.value, 0);
  const rest = Math.max(0, link.strength - listed);
  const max = Math.max(0, ...rows.map((r) => r.contribution.value));
  return (
    <div className="why" data-testid="why-strength">
      <p className="small why__lead">
        Each event adds its <strong>category weight × evidence factor × decay</strong>; the decay halves an event&apos;s weight every{" "}
        {DEFAULT_HALF_LIFE_MONTHS} months before {formatEventDate(link.asOf, "day")}, the day measured on.
      </p>
      <ol className="why__list" role="list">
        {rows.map(({ contribution: c, ...event }) => (
          <li key={event.id} className="why__row">
            <div className="why__text">
              <span className="why__title">{event.title}</span>
              <span className="why__meta">
                <time dateTime={event.date}>{formatEventDate(event.date, event.precision)}</time> · {CATEGORY_LABEL[event.category]} ·{" "}
                {EVIDENCE_LABEL[event.evidence]}
              </span>
              <span className="why__formula num">
                {contributionFormula(c)} = <strong>{fmt(c.value)}</strong>
                <span className={`why__side why__side--${c.side}`}>{c.side === "tension" ? "tension" : "cooperation"}</span>
              </span>
            </div>
            <span className="why__bar" aria-hidden="true">
              <span className={`why__fill why__fill--${c.side}`} style={{ width: `${max > 0 ? (c.value / max) * 100 : 0}%` }} />
            </span>
          </li>
        ))}
      </ol>
      {link.eventCount > rows.length ? (
        <p className="small muted" data-testid="why-rest">
          {link.eventCount - rows.length === 1 ? "The 1 other event adds" : `The ${pluralize(link.eventCount - rows.length, "other event")} add`}{" "}
          {fmt(rest)}.
        </p>
      ) : null}
      <p className="why__total num">
        {link.tension > 0 ? (
          <>
            Cooperation {fmt(link.cooperation)} + tension {fmt(link.tension)} = strength <strong>{fmt(link.strength)}</strong>
          </>
        ) : (
          <>
            Sum: strength <strong>{fmt(link.strength)}</strong>
          </>
        )}
      </p>
    </div>
  );
}
