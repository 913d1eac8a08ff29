// Strength with its evidence mix: a bar whose segments are the share of strength each evidence level
// contributes, with patterns and words so colour is never the only carrier.
import { EVIDENCE_LEVELS, EVIDENCE_WEIGHT } from "@/lib/domain/strength";
import type { LinkSummary } from "@/lib/schemas/links";
import { EVIDENCE_LABEL } from "@/lib/map/briefing";

export function EvidenceMix({ link }: { link: LinkSummary }) {
  const parts = EVIDENCE_LEVELS.map((level) => ({
    level,
    count: link.evidence[level],
    weight: link.evidence[level] * EVIDENCE_WEIGHT[level],
  }));
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  const words = parts
    .filter((p) => p.count > 0)
    .map((p) => `${p.count} ${EVIDENCE_LABEL[p.level].toLowerCase()}`)
    .join(", ");
  return (
    <div className="evidence-mix">
      <div className="evidence-mix__bar" aria-hidden="true">
        {total > 0
          ? parts
              .filter((p) => p.weight > 0)
              .map((p) => <span key={p.level} className={`evidence-mix__seg evidence-mix__seg--${p.level}`} style={{ width: `${(p.weight / total) * 100}%` }} />)
          : null}
      </div>
      <p className="evidence-mix__words">
        {words ? `Events: ${words}.` : "No events recorded yet."}{" "}
        <span className="muted">Weights: confirmed 1, reported 0.7, alleged 0.4, denied 0.</span>
      </p>
      {total > 0 ? (
        <ul className="evidence-mix__key" role="list" aria-label="Share of strength by evidence">
          {parts
            .filter((p) => p.weight > 0)
            .map((p) => (
              <li key={p.level}>
                <span className={`evidence-mix__dot evidence-mix__seg--${p.level}`} aria-hidden="true" />
                {EVIDENCE_LABEL[p.level]} <span className="num">{Math.round((p.weight / total) * 100)}%</span>
              </li>
            ))}
        </ul>
      ) : null}
    </div>
  );
}
