"use client";
// A check's or an import's panel: its progress while it runs, then its report under a heading that takes
// focus (so keyboard and screen-reader users land on the result), what can be done next, and the details.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import styles from "@/components/admin/admin.module.css";
import { EventsReport, IssueList } from "./events-report";
import own from "./import.module.css";
import { JobSummary, SkippedRows } from "./job-report";
import { RunProgress } from "./run-progress";
import type { Run, RunOutcome } from "./use-import-run";

interface Props {
  run: Run;
  /** Runs the import of the checked file. */
  onImport(): void;
  /** Starts over with another file. */
  onAnother(): void;
  /** Runs the same again (after a failure that may pass). */
  onRetry(): void;
}

const added = (outcome: RunOutcome) => (outcome.kind === "job" ? outcome.job.progress.imported : outcome.report.imported);
const linked = (outcome: RunOutcome) => (outcome.kind === "job" ? outcome.job.progress.linksCreated : outcome.report.linksCreated);

/** A message of the "adminImport.run" messages (next-intl's `t`). */
type Translate = ReturnType<typeof useTranslations<"adminImport.run">>;

function heading(run: Run, t: Translate): string {
  const check = run.mode === "check";
  if (run.phase === "failed") return check ? t("checkFailed") : t("importFailed");
  if (run.phase !== "done") return check ? t("checkingFile") : t("importing");
  const count = added(run.outcome);
  return check ? t("wouldImport", { count }) : t("imported", { count });
}

/** What can be done once a run has ended: import what was checked, try again, or start over. */
function NextSteps({ run, onImport, onAnother, onRetry }: Props) {
  const t = useTranslations("adminImport.run");
  if (run.phase === "done" && run.mode === "check") {
    const events = added(run.outcome);
    return events > 0 || linked(run.outcome) > 0 ? (
      <div className={styles.actions}>
        <button type="button" className={styles.buttonPrimary} onClick={onImport}>{t("importN", { count: events })}</button>
        <p className={styles.hint}>{t("nothingWritten")}</p>
      </div>
    ) : (
      <p className={styles.hint}>{t("nothingNew")}</p>
    );
  }
  if (run.phase !== "done" && run.phase !== "failed") return null;
  return (
    <div className={styles.actions}>
      {run.phase === "failed" && run.retryable ? <button type="button" className={styles.button} onClick={onRetry}>{t("tryAgain")}</button> : null}
      <button type="button" className={styles.buttonQuiet} onClick={onAnother}>{t("another")}</button>
    </div>
  );
}

/** The current run's panel. */
export function RunPanel(props: Props) {
  const { run } = props;
  const title = useRef<HTMLHeadingElement>(null);
  const t = useTranslations("adminImport.run");
  const finished = run.phase === "done" || run.phase === "failed";
  useEffect(() => {
    if (finished) title.current?.focus();
  }, [finished, run.mode]);

  const would = run.mode === "check";
  const job = run.phase === "done" ? (run.outcome.kind === "job" ? run.outcome.job : null) : run.phase === "failed" ? run.job : null;
  return (
    <section className={styles.panel} aria-labelledby="import-run-title">
      <h2 id="import-run-title" ref={title} tabIndex={-1} className={own.runTitle}>{heading(run, t)}</h2>
      {run.phase === "sending" || run.phase === "running" ? <RunProgress run={run} /> : null}
      {run.phase === "failed" ? (
        <div role="alert" className={styles.noticeError}>
          <p>{run.message}</p>
          <IssueList issues={run.issues} message={run.message} />
        </div>
      ) : null}
      {run.phase === "done" ? (
        <p className={styles.hint}>
          {would ? t("checkedNote", { file: run.fileName }) : t("importedNote", { file: run.fileName })}
        </p>
      ) : null}
      {job ? <JobSummary progress={job.progress} would={would} /> : null}
      {run.phase === "done" && run.outcome.kind === "events" ? <EventsReport report={run.outcome.report} would={would} /> : null}
      <NextSteps {...props} />
      {job ? <SkippedRows progress={job.progress} fileName={job.fileName} /> : null}
    </section>
  );
}
