// The report of a GDELT, ICEWS or SIPRI check or import: its figures and new links, and the skipped rows by
// reason, each reason with its examples (file, zip member, line, what was wrong).
import styles from "@/components/admin/admin.module.css";
import type { GdeltImportProgress } from "@/lib/schemas/import";
import own from "./import.module.css";
import { formatCount, reasonLabel } from "./labels";
import { Figures, NewLinks } from "./report-parts";

/** A machine-coded job's figures and new links; `would`: it was a check, so they are what an import would do. */
export function JobSummary({ progress: p, would }: { progress: GdeltImportProgress; would: boolean }) {
  const skipped = Object.values(p.skipped).reduce((sum, n) => sum + n, 0);
  return (
    <>
      <Figures
        items={[
          ["Rows read", p.rowsRead],
          [would ? "Events to add" : "Events added", p.imported],
          [would ? "New links" : "Links created", p.linksCreated],
          ["Rows skipped", skipped],
        ]}
      />
      <NewLinks ids={p.newLinks} total={p.linksCreated} would={would} />
    </>
  );
}

/** The skipped rows by reason, most first, each with its examples; the file is named only when it is not `fileName`. */
export function SkippedRows({ progress, fileName }: { progress: GdeltImportProgress; fileName: string }) {
  const reasons = Object.entries(progress.skipped).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  if (!reasons.length) return <p className={styles.hint}>No rows were skipped.</p>;
  return (
    <section aria-label="Rows skipped by reason" className={styles.field}>
      <h3 className={styles.label}>Rows skipped by reason</h3>
      <ul className={own.reasons}>
        {reasons.map(([reason, n]) => {
          const examples = progress.examples.filter((e) => e.reason === reason);
          return (
            <li key={reason} className={own.reason}>
              <p className={own.reasonHead}>
                <span>{reasonLabel(reason)}</span>
                <span className={own.reasonCount}>{formatCount(n)}</span>
              </p>
              {examples.length ? (
                <ul className={own.examples} aria-label={`Examples: ${reasonLabel(reason)}`}>
                  {examples.map((e) => (
                    <li key={`${e.member ?? ""}:${e.line}`}>
                      <span className={own.where}>
                        {[e.file === fileName ? null : e.file, e.member, `line ${formatCount(e.line)}`].filter(Boolean).join(", ")}
                      </span>{" "}
                      <span className={own.what}>{e.message}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
