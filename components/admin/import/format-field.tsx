"use client";
// What the file was detected as, and the format it will be read as (the detected one unless overridden).
import styles from "@/components/admin/admin.module.css";
import { IMPORT_FORMATS, type DetectedFormat, type ImportFormat } from "@/lib/schemas/import";
import { FORMAT_LABEL } from "./labels";

interface Props {
  id: string;
  detected: DetectedFormat | null;
  format: ImportFormat | "";
  /** The formats this server imports now; the others are offered as "coming". */
  supported: readonly ImportFormat[];
  disabled: boolean;
  onChange(format: ImportFormat | ""): void;
}

/** The detection's verdict and the format select. */
export function FormatField({ id, detected, format, supported, disabled, onChange }: Props) {
  const coming = format !== "" && !supported.includes(format);
  const overridden = detected && detected.format !== "unknown" && format !== "" && format !== detected.format;
  return (
    <div className={styles.field}>
      <div role="status" aria-live="polite">
        {!detected ? (
          <p className={styles.hint}>Reading the start of the file…</p>
        ) : detected.format === "unknown" ? (
          <div className={styles.noticeWarning}>
            <p className={styles.noticeTitle}>The format could not be told</p>
            <p>{detected.message}{detected.expected.length ? " It should be one of:" : ""}</p>
            {detected.expected.length ? (
              <ul>
                {detected.expected.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            ) : null}
            <p>If you know what the file is, choose its format below.</p>
          </div>
        ) : (
          <div>
            <p>Detected: <strong>{detected.label}</strong></p>
            <p className={styles.hint}>
              {detected.message}
              {detected.member ? ` Read from ${detected.member} in the zip.` : ""}
            </p>
          </div>
        )}
      </div>
      <label htmlFor={id} className={styles.label}>Format</label>
      <select id={id} className={styles.select} value={format} disabled={disabled || !detected}
        aria-describedby={coming || overridden ? `${id}-note` : undefined}
        onChange={(event) => onChange(event.target.value as ImportFormat | "")}>
        <option value="">Choose a format…</option>
        {IMPORT_FORMATS.map((f) => (
          <option key={f} value={f}>{FORMAT_LABEL[f]}{supported.includes(f) ? "" : " (coming)"}</option>
        ))}
      </select>
      {coming ? (
        <p id={`${id}-note`} className={styles.error}>{FORMAT_LABEL[format]} import is coming: this server cannot import it yet.</p>
      ) : overridden ? (
        <p id={`${id}-note`} className={styles.hint}>The file looks like {detected.label}; it will be read as {FORMAT_LABEL[format]}.</p>
      ) : null}
    </div>
  );
}
