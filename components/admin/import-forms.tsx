"use client";
// Upload forms for /admin/import. A GDELT (ICEWS, SIPRI) file is streamed to POST /api/import/gdelt (/icews, /sipri), which answers with a
// job; the job's progress (kept in Postgres, so any app process can answer) is polled once a second.
import { useEffect, useId, useRef, useState } from "react";
import styles from "./admin.module.css";

interface Progress {
  rowsRead: number;
  percent: number | null;
  rowsPerSecond: number | null;
  etaSeconds: number | null;
  imported: number;
  linksCreated: number;
  skipped: Record<string, number>;
  examples: { file?: string; member?: string; line: number; reason: string; message: string }[];
}
interface Job {
  status: "running" | "done" | "failed";
  fileName: string | null;
  error: string | null;
  progress: Progress | null;
}

const number = new Intl.NumberFormat("en");

const CHOOSE_FILE = {
  gdelt: "Choose a GDELT export file (.CSV, .tsv or .zip) first.",
  icews: "Choose an ICEWS file (.tab, .tsv or .zip) first.",
  sipri: "Choose a SIPRI trade register (.csv or .zip) first.",
} as const;

function errorMessage(body: unknown, status: number): string {
  const error = (body as { error?: { message?: string; issues?: { path: (string | number)[]; message: string }[] } } | null)?.error;
  return error?.message ?? `The server answered ${status}.`;
}

export function GdeltImport() {
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<"gdelt" | "icews" | "sipri">("gdelt");
  const [job, setJob] = useState<Job | null>(null);
  const [statusUrl, setStatusUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  useEffect(() => {
    if (!statusUrl) return;
    const poll = async () => {
      const response = await fetch(statusUrl, { headers: { accept: "application/json" } });
      const body = await response.json().catch(() => null);
      if (!response.ok) return setError(errorMessage(body, response.status));
      const next = (body as { job: Job }).job;
      setJob(next);
      if (next.status !== "running" && timer.current) clearInterval(timer.current);
    };
    void poll();
    timer.current = setInterval(() => void poll(), 1000);
    return () => {
      if (timer.current) clearInterval(timer.current);
    };
  }, [statusUrl]);

  async function start(event: React.FormEvent) {
    event.preventDefault();
    if (!file) return setError(CHOOSE_FILE[format]);
    setError(null);
    setJob(null);
    setUploading(true);
    try {
      const response = await fetch(`/api/import/${format}?name=${encodeURIComponent(file.name)}`, { method: "POST", body: file });
      const body = await response.json().catch(() => null);
      if (!response.ok) return setError(errorMessage(body, response.status));
      setStatusUrl((body as { statusUrl: string }).statusUrl);
    } catch {
      setError("The upload did not reach the server. Check your connection and try again.");
    } finally {
      setUploading(false);
    }
  }

  const p = job?.progress;
  const running = uploading || job?.status === "running";
  return (
    <section className={styles.panel} aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`} className={styles.sectionTitle}>Event datasets: GDELT, ICEWS or SIPRI</h2>
      <p className={styles.hint}>
        GDELT 2.0 export (61 columns) or 1.0 daily/historical files (58/57 columns), or ICEWS coded-event files (with
        their header row); tab-separated, plain or zipped. Or SIPRI’s arms-transfer trade register, the CSV as
        SIPRI’s download gives it. Rows between two different countries of the atlas are kept; the rest are
        counted by reason.
      </p>
      <form onSubmit={start} className={styles.form}>
        <div className={styles.field}>
          <label htmlFor={`${inputId}-format`} className={styles.label}>Format</label>
          <select id={`${inputId}-format`} name="format" className={styles.input} value={format} onChange={(e) => setFormat(e.target.value as "gdelt" | "icews" | "sipri")}>
            <option value="gdelt">GDELT event file</option>
            <option value="icews">ICEWS coded events</option>
            <option value="sipri">SIPRI arms-transfer register</option>
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={inputId} className={styles.label}>File</label>
          <input id={inputId} type="file" accept=".csv,.CSV,.tsv,.txt,.zip" className={styles.input}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div>
          <button type="submit" className={styles.buttonPrimary} disabled={running}>
            {uploading ? "Uploading…" : running ? "Importing…" : "Import"}
          </button>
        </div>
      </form>
      {error ? <p role="alert" className={styles.error}>{error}</p> : null}
      {job ? (
        <div aria-live="polite">
          <label className={styles.label} htmlFor={`${inputId}-progress`}>
            {job.status === "running" ? `Importing ${job.fileName ?? "file"}` : job.status === "done" ? "Done" : "Failed"}
          </label>
          <progress id={`${inputId}-progress`} max={100} value={job.status === "done" ? 100 : p?.percent ?? undefined} style={{ width: "100%" }} />
          {p ? (
            <p className={styles.hint}>
              {number.format(p.rowsRead)} rows read
              {p.rowsPerSecond ? ` · ${number.format(Math.round(p.rowsPerSecond))} rows/s` : ""}
              {job.status === "running" && p.etaSeconds != null ? ` · about ${Math.ceil(p.etaSeconds)} s left` : ""}
              {` · ${number.format(p.imported)} events added · ${number.format(p.linksCreated)} new links`}
            </p>
          ) : null}
          {job.status === "failed" && job.error ? <p role="alert" className={styles.error}>{job.error}</p> : null}
          {job.status !== "running" && p ? <SkippedReport progress={p} /> : null}
        </div>
      ) : null}
    </section>
  );
}

function SkippedReport({ progress }: { progress: Progress }) {
  const reasons = Object.entries(progress.skipped).filter(([, n]) => n > 0);
  if (reasons.length === 0) return <p className={styles.hint}>No rows were skipped.</p>;
  return (
    <div>
      <h3 className={styles.sectionTitle}>Rows not imported</h3>
      <ul>
        {reasons.map(([reason, n]) => (
          <li key={reason}>{reason.replaceAll("_", " ")}: {number.format(n)}</li>
        ))}
      </ul>
      {progress.examples.length ? (
        <details>
          <summary>First {progress.examples.length} examples</summary>
          <ul>
            {progress.examples.map((e, i) => (
              <li key={i}><span className={styles.mono}>{e.member ? `${e.member}, ` : ""}line {e.line}</span>: {e.message}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

export function EventsFileImport() {
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string; issues?: { path: (string | number)[]; message: string }[] } | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!file) return setResult({ ok: false, message: "Choose a CSV or JSON file exported from Axis Atlas first." });
    setBusy(true);
    setResult(null);
    try {
      const format = file.name.toLowerCase().endsWith(".json") ? "json" : "csv";
      const response = await fetch(`/api/import/events?format=${format}`, { method: "POST", body: file });
      const body = await response.json().catch(() => null);
      if (response.ok) {
        const report = (body as { report: { rows: number; imported: number; alreadyPresent: number } }).report;
        setResult({ ok: true, message: `${number.format(report.imported)} of ${number.format(report.rows)} events imported; ${number.format(report.alreadyPresent)} were already in the atlas.` });
      } else {
        const issues = (body as { error?: { issues?: { path: (string | number)[]; message: string }[] } } | null)?.error?.issues;
        setResult({ ok: false, message: `${errorMessage(body, response.status)} Nothing was imported.`, issues });
      }
    } catch {
      setResult({ ok: false, message: "The upload did not reach the server. Nothing was imported." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.panel} aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`} className={styles.sectionTitle}>Axis Atlas events file</h2>
      <p className={styles.hint}>
        CSV or JSON in the shape of the events export. Every row is checked with the editor&apos;s rules; if any row
        is invalid, nothing is imported and every problem is listed.
      </p>
      <form onSubmit={submit} className={styles.form}>
        <div className={styles.field}>
          <label htmlFor={inputId} className={styles.label}>File</label>
          <input id={inputId} type="file" accept=".csv,.json" className={styles.input} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div>
          <button type="submit" className={styles.buttonPrimary} disabled={busy}>{busy ? "Importing…" : "Import"}</button>
        </div>
      </form>
      {result ? (
        <div role={result.ok ? "status" : "alert"}>
          <p className={result.ok ? styles.hint : styles.error}>{result.message}</p>
          {result.issues?.length ? (
            <ul>
              {result.issues.slice(0, 200).map((issue, i) => (
                <li key={i}>
                  <span className={styles.mono}>row {String(issue.path[0])}{issue.path.length > 1 ? ` · ${issue.path.slice(1).join(".")}` : ""}</span>: {issue.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
