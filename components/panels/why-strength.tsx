// "Why this strength": the events that add most to the link, largest first, each as category weight ×
// evidence factor × decay, with the contributions the server computed, so a reader can trace the link's
// number back to the events and how sure we are of them. The total is the link's own.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DEFAULT_HALF_LIFE_MONTHS } from "@/lib/domain/strength-model";
import type { LinkDetail } from "@/lib/schemas/links";
import { useWords } from "../use-words";

export function WhyStrength({ link }: { link: Pick<LinkDetail, "strongest" | "eventCount" | "cooperation" | "tension" | "strength" | "asOf"> }) {
  const t = useTranslations("why");
  const words = useWords();
  const fmt = words.small;
  const n = (v: number, places: number) => words.num(Number(v.toFixed(places)));
  const formula = (c: { categoryWeight: number; evidenceFactor: number; decay: number }) =>
    `${n(c.categoryWeight, 2)} × ${n(c.evidenceFactor, 2)} × ${words.small(c.decay)}`;
  const b = (chunks: ReactNode) => <strong>{chunks}</strong>;
  const rows = link.strongest;
  const listed = rows.reduce((sum, r) => sum + r.contribution.value, 0);
  const rest = Math.max(0, link.strength - listed);
  const max = Math.max(0, ...rows.map((r) => r.contribution.value));
  return (
    <div className="why" data-testid="why-strength">
      <p className="small why__lead">{t.rich("lead", { b, months: words.num(DEFAULT_HALF_LIFE_MONTHS), date: words.date(link.asOf, "day") })}</p>
      <ol className="why__list" role="list">
        {rows.map(({ contribution: c, ...event }) => (
          <li key={event.id} className="why__row">
            <div className="why__text">
              <bdi className="why__title" lang="en" dir="auto">
                {event.title}
              </bdi>
              <span className="why__meta">
                <time dateTime={event.date}>{words.date(event.date, event.precision)}</time> · {words.category(event.category)} ·{" "}
                {words.evidence(event.evidence)}
              </span>
              <span className="why__formula num">
                {formula(c)} = <strong>{fmt(c.value)}</strong>
                <span className={`why__side why__side--${c.side}`}>{c.side === "tension" ? t("tension") : t("cooperation")}</span>
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
          {link.eventCount - rows.length === 1 ? t("restOne", { value: fmt(rest) }) : t("rest", { count: link.eventCount - rows.length, value: fmt(rest) })}
        </p>
      ) : null}
      <p className="why__total num">
        {link.tension > 0 ? (
          t.rich("total", { b, cooperation: fmt(link.cooperation), tension: fmt(link.tension), strength: fmt(link.strength) })
        ) : (
          t.rich("sum", { b, strength: fmt(link.strength) })
        )}
      </p>
    </div>
  );
}
