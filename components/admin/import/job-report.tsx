// The report of a GDELT, ICEWS or SIPRI check or import: its figures and new links, and the skipped rows by
// reason, each reason with its examples (file, zip member, line, what was wrong).
import { useLocale, useTranslations } from "next-intl";
import styles from "@/components/admin/admin.module.css";
import type { Locale } from "@/lib/i18n/locales";
import type { GdeltImportProgress } from "@/lib/schemas/import";
import own from "./import.module.css";
import { formatCount, reasonLabel } from "./labels";
import { Figures, NewLinks } from "./report-parts";

/** A machine-coded job's figures and new links; `would`: it was a check, so they are what an import would do. */
export function JobSummary({ progress: p, would }: { progress: GdeltImportProgress; would: boolean }) {
  const t = useTranslations("adminImport");
  const skipped = Object.values(p.skipped).reduce((sum, n) => sum + n, 0);
  return (
    <>
      <Figures
        items={[
          [t("figure.rowsRead"), p.rowsRead],
          [would ? t("figure.toAdd") : t("figure.added"), p.imported],
          [would ? t("figure.newLinks") : t("figure.linksCreated"), p.linksCreated],
          [t("figure.rowsSkipped"), skipped],
        ]}
      />
      <NewLinks ids={p.newLinks} total={p.linksCreated} would={would} />
    </>
  );
}

/** The skipped rows by reason, most first, each with its examples; the file is named only when it is not `fileName`. */
export function SkippedRows({ progress, fileName }: { progress: GdeltImportProgress; fileName: string }) {
  const t = useTranslations("adminImport");
  const locale = useLocale() as Locale;
  const reasons = Object.entries(progress.skipped).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  if (!reasons.length) return <p className={styles.hint}>{t("skipped.none")}</p>;
  return (
    <section aria-label={t("skipped.title")} className={styles.field}>
      <h3 className={styles.label}>{t("skipped.title")}</h3>
      <ul className={own.reasons}>
        {reasons.map(([reason, n]) => {
          const examples = progress.examples.filter((e) => e.reason === reason);
          return (
            <li key={reason} className={own.reason}>
              <p className={own.reasonHead}>
                <span>{reasonLabel(t, reason)}</span>
                <span className={own.reasonCount}>{formatCount(locale, n)}</span>
              </p>
              {examples.length ? (
                <ul className={own.examples} aria-label={t("skipped.examples", { reason: reasonLabel(t, reason) })}>
                  {examples.map((e) => (
                    <li key={`${e.member ?? ""}:${e.line}`}>
                      <span className={own.where}>
                        {[e.file === fileName ? null : e.file, e.member, t("skipped.line", { line: e.line })].filter(Boolean).join(", ")}
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
