"use client";
// /admin/import's one form for every format: pick or drop a file, see what it was detected as (and override
// it), check it (a dry run: the real import, rolled back), read what it would do, then import it. The browser
// keeps the File, so the import sends it again rather than keeping uploads on a server.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import styles from "@/components/admin/admin.module.css";
import { DETECTION_HEAD_BYTES, detectImportFormat } from "@/lib/import/detect-format";
import type { DetectedFormat, ImportFormat } from "@/lib/schemas/import";
import { FileField } from "./file-field";
import { FormatField } from "./format-field";
import { RunPanel } from "./run-panel";
import { useImportRun, type RunMode } from "./use-import-run";

/** Reads the first bytes of `file` (not the whole file) and detects its format. */
async function detectFile(file: File): Promise<DetectedFormat> {
  const head = new Uint8Array(await file.slice(0, DETECTION_HEAD_BYTES).arrayBuffer());
  return detectImportFormat(file.name, head);
}

/** The import page's form and its run; `supported`: the formats this server imports now. */
export function ImportWizard({ supported }: { supported: readonly ImportFormat[] }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [detected, setDetected] = useState<DetectedFormat | null>(null);
  const [format, setFormat] = useState<ImportFormat | "">("");
  const t = useTranslations("adminImport");
  const { run, start, reset } = useImportRun();
  const busy = run?.phase === "sending" || run?.phase === "running";
  const latest = useRef<File | null>(null);

  async function pick(next: File | null) {
    reset();
    latest.current = next;
    setFile(next);
    setDetected(null);
    setFormat("");
    if (!next) return;
    const result = await detectFile(next).catch(
      (): DetectedFormat => ({ format: "unknown", label: t("detect.unknownFormat"), member: null, message: t("detect.unreadable"), expected: [] }),
    );
    if (latest.current !== next) return;
    setDetected(result);
    setFormat(result.format === "unknown" ? "" : result.format);
  }

  useEffect(() => {
    // A file picked before the page came to life: its change event went unheard.
    const early = input.current?.files?.[0];
    if (early) void pick(early);
    // Once, on mount.
  }, []);

  function begin(mode: RunMode) {
    if (file && format) void start(file, format, mode);
  }

  function another() {
    void pick(null);
    if (input.current) input.current.value = "";
    input.current?.focus();
  }

  const canCheck = Boolean(file && format && supported.includes(format)) && !busy;
  return (
    <>
      <section className={styles.panel} aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className={styles.sectionTitle}>{t("fileTitle")}</h2>
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            begin("check");
          }}
        >
          <FileField id={`${id}-file`} inputRef={input} file={file} disabled={busy} onPick={(f) => void pick(f)} />
          {file ? (
            <FormatField id={`${id}-format`} detected={detected} format={format} supported={supported} disabled={busy}
              onChange={(f) => {
                reset();
                setFormat(f);
              }} />
          ) : null}
          <div className={styles.actions}>
            <button type="submit" className={run?.mode === "check" && run.phase === "done" ? styles.button : styles.buttonPrimary} disabled={!canCheck}>
              {run?.mode === "check" && busy ? t("checking") : t("check")}
            </button>
            <p className={styles.hint}>{t("checkHint")}</p>
          </div>
        </form>
      </section>
      {run ? <RunPanel run={run} onImport={() => begin("import")} onAnother={another} onRetry={() => begin(run.mode)} /> : null}
    </>
  );
}
