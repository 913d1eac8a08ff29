"use client";
// The progress bar of a check or import: indeterminate while the file uploads, then the job's share of bytes
// read, with rows read, speed and time left in a polite live region.
import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import styles from "@/components/admin/admin.module.css";
import { formatNumber } from "@/lib/i18n/format-number";
import type { Locale } from "@/lib/i18n/locales";
import type { ImportJob } from "@/lib/schemas/import";
import type { Run } from "./use-import-run";

/** The bar and its figures for a run that is sending or running. */
export function RunProgress({ run }: { run: Extract<Run, { phase: "sending" | "running" }> }) {
  const id = useId();
  const t = useTranslations("adminImport.progress");
  const locale = useLocale() as Locale;
  const job: ImportJob | null = run.phase === "running" ? run.job : null;
  const p = job?.progress;
  return (
    <div className={styles.field}>
      <p id={id} className={styles.label}>
        {run.phase === "sending"
          ? t("uploading", { file: run.fileName })
          : `${t(run.mode === "check" ? "checking" : "importing", { file: run.fileName })} ${p ? formatNumber(locale, Math.floor(p.percent) / 100, { style: "percent" }) : ""}`}
      </p>
      <progress aria-labelledby={id} max={100} value={p ? p.percent : undefined} style={{ width: "100%" }} />
      <p className={styles.hint} aria-live="polite" aria-atomic="true">
        {p
          ? [
              t("rowsRead", { count: p.rowsRead }),
              p.rowsPerSecond ? t("speed", { rate: Math.round(p.rowsPerSecond) }) : "",
              p.etaSeconds != null ? t("eta", { seconds: Math.ceil(p.etaSeconds) }) : "",
            ].filter(Boolean).join(" · ")
          : run.mode === "check" ? t("checkNote") : t("sending")}
      </p>
      {run.phase === "running" && run.connectionProblem ? <p className={styles.error}>{run.connectionProblem}</p> : null}
    </div>
  );
}
