"use client";
// One check or import of the picked file: sends it, then follows its job (polled through TanStack Query) or
// takes the events format's report. The page shows whatever `run` says; a new start or reset forgets the last.
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ApiIssue } from "@/components/admin/api";
import { importJobQuery } from "@/lib/query/import-job";
import type { EventsImportReport, ImportFormat, ImportJob } from "@/lib/schemas/import";
import { sendFile, type FailureTranslate } from "./send-file";

export type RunMode = "check" | "import";

export type RunOutcome = { kind: "job"; job: ImportJob } | { kind: "events"; report: EventsImportReport };

/** Where a run stands, as the page shows it. */
export type Run =
  | { mode: RunMode; fileName: string; phase: "sending" }
  | { mode: RunMode; fileName: string; phase: "running"; job: ImportJob; connectionProblem: string | null }
  | { mode: RunMode; fileName: string; phase: "done"; outcome: RunOutcome }
  | { mode: RunMode; fileName: string; phase: "failed"; message: string; issues: ApiIssue[]; retryable: boolean; job: ImportJob | null };

interface State {
  mode: RunMode;
  fileName: string;
  /** Set once the server started a job; its first state until the first poll answers. */
  job: ImportJob | null;
  statusUrl: string | null;
  report: EventsImportReport | null;
  error: { message: string; issues: ApiIssue[]; retryable: boolean } | null;
}

function toRun(state: State, polled: ImportJob | undefined, pollError: Error | null, t: FailureTranslate & ((key: "jobFailed" | "lostTouch", values?: Record<string, string>) => string)): Run {
  const { mode, fileName } = state;
  if (state.error) return { mode, fileName, phase: "failed", ...state.error, job: null };
  if (state.report) return { mode, fileName, phase: "done", outcome: { kind: "events", report: state.report } };
  const job = polled ?? state.job;
  if (!job) return { mode, fileName, phase: "sending" };
  if (job.status === "done") return { mode, fileName, phase: "done", outcome: { kind: "job", job } };
  if (job.status === "failed") return { mode, fileName, phase: "failed", message: job.error ?? t("jobFailed"), issues: [], retryable: true, job };
  return { mode, fileName, phase: "running", job, connectionProblem: pollError ? t("lostTouch", { error: pollError.message }) : null };
}

/**
 * The current run (null before the first), `start` to check or import a file as a format, and `reset` to
 * forget the run (when another file or format is picked). Starting a run abandons the previous one's upload.
 */
export function useImportRun() {
  const [state, setState] = useState<State | null>(null);
  const upload = useRef<AbortController | null>(null);
  const t = useTranslations("adminImport.failure");
  const poll = useQuery({ ...importJobQuery(state?.statusUrl ?? ""), enabled: Boolean(state?.statusUrl) });

  const reset = useCallback(() => {
    upload.current?.abort();
    upload.current = null;
    setState(null);
  }, []);

  const start = useCallback(async (file: File, format: ImportFormat, mode: RunMode) => {
    upload.current?.abort();
    const controller = new AbortController();
    upload.current = controller;
    const base = { mode, fileName: file.name, job: null, statusUrl: null, report: null, error: null };
    setState(base);
    try {
      const result = await sendFile(file, format, mode === "check", t, controller.signal);
      if (controller.signal.aborted) return;
      if (!result.ok) setState({ ...base, error: { message: result.message, issues: result.issues, retryable: result.retryable } });
      else if (result.kind === "report") setState({ ...base, report: result.body.report });
      else setState({ ...base, job: result.body.job, statusUrl: result.body.statusUrl });
    } catch {
      // Aborted by a newer start or a reset: that one owns the state now.
    }
  }, [t]);

  useEffect(() => () => upload.current?.abort(), []);

  const run = state ? toRun(state, poll.data, poll.error, t) : null;
  return { run, start, reset };
}
