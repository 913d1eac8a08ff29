// Strength with its evidence mix: a bar whose segments are the share of strength resting on each evidence
// level (LinkSummary.evidenceStrength, from the strength model), with patterns and words so colour is never
// the only carrier.
import { useTranslations } from "next-intl";
import { EVIDENCE_LEVELS } from "@/lib/domain/vocabulary";
import { EVIDENCE_FACTOR } from "@/lib/domain/strength-model";
import type { LinkSummary } from "@/lib/schemas/links";
import { useWords } from "../use-words";

export function EvidenceMix({ link }: { link: LinkSummary }) {
  const t = useTranslations("evidenceMix");
  const words = useWords();
  const parts = EVIDENCE_LEVELS.map((level) => ({ level, count: link.evidence[level], weight: link.evidenceStrength[level] }));
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  const list = parts
    .filter((p) => p.count > 0)
    .map((p) => t("item", { count: words.num(p.count), level: words.evidenceLower(p.level) }))
    .join(", ");
  return (
    <div className="evidence-mix">
      <p className="evidence-mix__sentence" data-testid="evidence-sentence">
        {words.evidenceShare(link)}
      </p>
      <div className="evidence-mix__bar" aria-hidden="true">
        {total > 0
          ? parts
              .filter((p) => p.weight > 0)
              .map((p) => <span key={p.level} className={`evidence-mix__seg evidence-mix__seg--${p.level}`} style={{ width: `${(p.weight / total) * 100}%` }} />)
          : null}
      </div>
      {total > 0 ? (
        <ul className="evidence-mix__key" role="list" aria-label={t("byEvidence")}>
          {parts
            .filter((p) => p.weight > 0)
            .map((p) => (
              <li key={p.level}>
                <span className={`evidence-mix__dot evidence-mix__seg--${p.level}`} aria-hidden="true" />
                {words.evidence(p.level)}{" "}
                <span className="num">{words.percent(Math.round((p.weight / total) * 100) / 100)}</span>
              </li>
            ))}
        </ul>
      ) : null}
      <p className="evidence-mix__words small">
        {list ? t("events", { list }) : t("noEvents")}{" "}
        <span className="muted">
          {t("factors", {
            confirmed: words.num(EVIDENCE_FACTOR.confirmed),
            reported: words.num(EVIDENCE_FACTOR.reported),
            alleged: words.num(EVIDENCE_FACTOR.alleged),
            denied: words.num(EVIDENCE_FACTOR.denied),
          })}
        </span>
      </p>
    </div>
  );
}
