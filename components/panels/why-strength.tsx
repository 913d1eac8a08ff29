// "Why this strength": each event's contribution, largest first, as category weight × evidence factor ×
// decay, so a reader can trace the link's number back to the events and how sure we are of them.
import { formatEventDate } from "@/lib/domain/date-precision";
import { DEFAULT_HALF_LIFE_MONTHS } from "@/lib/domain/strength-model";
import type { Contribution } from "@/lib/domain/strength";
import type { EventDto } from "@/lib/schemas/events";
import { CATEGORY_LABEL, contributionFormula, EVIDENCE_LABEL } from "@/lib/map/briefing";

export interface Contributed {
  event: EventDto;
  contribution: Contribution;
}

const fmt = (n: number) => (n >= 10 ? n.toFixed(1) : n.toFixed(2));

export function WhyStrength({ rows, asOf, strength }: { rows: readonly Contributed[]; asOf: string; strength: number }) {
  const ranked = [...rows].sort((a, b) => b.contribution.value - a.contribution.value || b.event.date.localeCompare(a.event.date));
  const cooperation = ranked.filter((r) => r.contribution.side === "cooperation").reduce((s, r) => s + r.contribution.value, 0);
  const tension = ranked.filter((r) => r.contribution.side === "tension").reduce((s, r) => s + r.contribution.value, 0);
  const total = cooperation + tension;
  const max = Math.max(0, ...ranked.map((r) => r.contribution.value));
  return (
    <div className="why" data-testid="why-strength">
      <p className="small why__lead">
        Each event adds its <strong>category weight × evidence factor × decay</strong>; the decay halves an event&apos;s weight every{" "}
        {DEFAULT_HALF_LIFE_MONTHS} months before {formatEventDate(asOf, "day")}, the day measured on.
      </p>
      <ol className="why__list" role="list">
        {ranked.map(({ event, contribution: c }) => (
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
      <p className="why__total num">
        {tension > 0 ? (
          <>
            Cooperation {fmt(cooperation)} + tension {fmt(tension)} = strength <strong>{fmt(total)}</strong>
          </>
        ) : (
          <>
            Sum: strength <strong>{fmt(total)}</strong>
          </>
        )}
        {Math.abs(total - strength) >= 0.01 ? <span className="muted"> (shown rounded as {strength.toFixed(1)})</span> : null}
      </p>
    </div>
  );
}
