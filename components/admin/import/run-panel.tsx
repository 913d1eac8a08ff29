"use client";
// A check's or an import's panel: its progress while it runs, then its report under a heading that takes
// focus (so keyboard and screen-reader users land on the result), what can be done next, and the details.
import { useEffect, useRef } from "react";
import styles from "@/components/admin/admin.module.css";
import { EventsReport, IssueList } from "./events-report";
import own from "./import.module.css";
import { JobSummary, SkippedRows } from "./job-report";
import { plural } from "./labels";
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

function heading(run: Run): string {
  const check = run.mode === "check";
  if (run.phase === "failed") return check ? "The check failed" : "The import failed";
  if (run.phase !== "done") return check ? "Checking the file" : "Importing";
  const events = plural(added(run.outcome), "event");
  return check ? `Would import ${events}` : `Imported ${events}`;
}

/** What can be done once a run has ended: import what was checked, try again, or start over. */
function NextSteps({ run, onImport, onAnother, onRetry }: Props) {
  if (run.phase === "done" && run.mode === "check") {
    const events = added(run.outcome);
    return events > 0 || linked(run.outcome) > 0 ? (
      <div className={styles.actions}>
        <button type="button" className={styles.buttonPrimary} onClick={onImport}>Import {plural(events, "event")}</button>
        <p className={styles.hint}>Nothing has been written yet.</p>
      </div>
    ) : (
      <p className={styles.hint}>Nothing new to import: every row is already in the atlas or skipped.</p>
    );
  }
  if (run.phase !== "done" && run.phase !== "failed") return null;
  return (
    <div className={styles.actions}>
      {run.phase === "failed" && run.retryable ? <button type="button" className={styles.button} onClick={onRetry}>Try again</button> : null}
      <button type="button" className={styles.buttonQuiet} onClick={onAnother}>Import another file</button>
    </div>
  );
}

/** The current run's panel. */
export function RunPanel(props: Props) {
  const { run } = props;
  const title = useRef<HTMLHeadingElement>(null);
  const finished = run.phase === "done" || run.phase === "failed";
  useEffect(() => {
    if (finished) title.current?.focus();
  }, [finished, run.mode]);

  const would = run.mode === "check";
  const job = run.phase === "done" ? (run.outcome.kind === "job" ? run.outcome.job : null) : run.phase === "failed" ? run.job : null;
  return (
    <section className={styles.panel} aria-labelledby="import-run-title">
      <h2 id="import-run-title" ref={title} tabIndex={-1} className={own.runTitle}>{heading(run)}</h2>
      {run.phase === "sending" || run.phase === "running" ? <RunProgress run={run} /> : null}
      {run.phase === "failed" ? (
        <div role="alert" className={styles.noticeError}>
          <p>{run.message}</p>
          <IssueList issues={run.issues} message={run.message} />
        </div>
      ) : null}
      {run.phase === "done" ? (
        <p className={styles.hint}>
          {would
            ? `${run.fileName} was read through as an import would read it, and nothing was written.`
            : `${run.fileName} is in the atlas. Importing it again adds nothing.`}
        </p>
      ) : null}
      {job ? <JobSummary progress={job.progress} would={would} /> : null}
      {run.phase === "done" && run.outcome.kind === "events" ? <EventsReport report={run.outcome.report} would={would} /> : null}
      <NextSteps {...props} />
      {job ? <SkippedRows progress={job.progress} fileName={job.fileName} /> : null}
    </section>
  );
}
