// Strength with its evidence mix: a bar whose segments are the share of strength resting on each evidence
// level (LinkSummary.evidenceStrength, from the strength model), with patterns and words so colour is never
// the only carrier.
import { EVIDENCE_LEVELS } from "@/lib/domain/vocabulary";
import { EVIDENCE_FACTOR } from "@/lib/domain/strength-model";
import type { LinkSummary } from "@/lib/schemas/links";
import { EVIDENCE_LABEL, evidenceShareSentence } from "@/lib/map/briefing";

export function EvidenceMix({ link }: { link: LinkSummary }) {
  const parts = EVIDENCE_LEVELS.map((level) => ({ level, count: link.evidence[level], weight: link.evidenceStrength[level] }));
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  const words = parts
    .filter((p) => p.count > 0)
    .map((p) => `${p.count} ${EVIDENCE_LABEL[p.level].toLowerCase()}`)
    .join(", ");
  return (
    <div className="evidence-mix">
      <p className="evidence-mix__sentence" data-testid="evidence-sentence">
        {evidenceShareSentence(link)}
      </p>
      <div className="evidence-mix__bar" aria-hidden="true">
        {total > 0
          ? parts
              .filter((p) => p.weight > 0)
              .map((p) => <span key={p.level} className={`evidence-mix__seg evidence-mix__seg--${p.level}`} style={{ width: `${(p.weight / total) * 100}%` }} />)
          : null}
      </div>
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
      <p className="evidence-mix__words small">
        {words ? `Events: ${words}.` : "No events in view."}{" "}
        <span className="muted">
          Evidence factors: confirmed {EVIDENCE_FACTOR.confirmed}, reported {EVIDENCE_FACTOR.reported}, alleged {EVIDENCE_FACTOR.alleged}, denied{" "}
          {EVIDENCE_FACTOR.denied}.
        </span>
      </p>
    </div>
  );
}
