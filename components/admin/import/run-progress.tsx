"use client";
// The progress bar of a check or import: indeterminate while the file uploads, then the job's share of bytes
// read, with rows read, speed and time left in a polite live region.
import { useId } from "react";
import styles from "@/components/admin/admin.module.css";
import type { ImportJob } from "@/lib/schemas/import";
import { formatCount } from "./labels";
import type { Run } from "./use-import-run";

/** The bar and its figures for a run that is sending or running. */
export function RunProgress({ run }: { run: Extract<Run, { phase: "sending" | "running" }> }) {
  const id = useId();
  const verb = run.mode === "check" ? "Checking" : "Importing";
  const job: ImportJob | null = run.phase === "running" ? run.job : null;
  const p = job?.progress;
  return (
    <div className={styles.field}>
      <p id={id} className={styles.label}>
        {run.phase === "sending" ? `Uploading ${run.fileName}…` : `${verb} ${run.fileName}… ${p ? `${Math.floor(p.percent)}%` : ""}`}
      </p>
      <progress aria-labelledby={id} max={100} value={p ? p.percent : undefined} style={{ width: "100%" }} />
      <p className={styles.hint} aria-live="polite" aria-atomic="true">
        {p
          ? [
              `${formatCount(p.rowsRead)} rows read`,
              p.rowsPerSecond ? `${formatCount(Math.round(p.rowsPerSecond))} rows/s` : "",
              p.etaSeconds != null ? `about ${Math.ceil(p.etaSeconds)} s left` : "",
            ].filter(Boolean).join(" · ")
          : run.mode === "check" ? "Nothing is written while the file is checked." : "Sending the file to the server."}
      </p>
      {run.phase === "running" && run.connectionProblem ? <p className={styles.error}>{run.connectionProblem}</p> : null}
    </div>
  );
}
