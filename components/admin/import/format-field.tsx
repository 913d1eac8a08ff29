"use client";
// What the file was detected as, and the format it will be read as (the detected one unless overridden).
import { useLocale, useTranslations } from "next-intl";
import styles from "@/components/admin/admin.module.css";
import { IMPORT_FORMATS, type DetectedFormat, type ImportFormat } from "@/lib/schemas/import";
import { formatLabel } from "./labels";

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
  const t = useTranslations("adminImport");
  const coming = format !== "" && !supported.includes(format);
  // What the detector says (its label, e.g. "GDELT 2.0 event export (61 columns)", and its notes) is shown as
  // lib/import/detect-format.ts writes it, in English; the formats to choose from are in the reader's language.
  const detectedLabel = detected?.label;
  const overridden = detected && detected.format !== "unknown" && format !== "" && format !== detected.format;
  return (
    <div className={styles.field}>
      <div role="status" aria-live="polite">
        {!detected ? (
          <p className={styles.hint}>{t("detect.reading")}</p>
        ) : detected.format === "unknown" ? (
          <div className={styles.noticeWarning}>
            <p className={styles.noticeTitle}>{t("detect.unknownTitle")}</p>
            <p>{detected.message}{detected.expected.length ? ` ${t("detect.shouldBe")}` : ""}</p>
            {detected.expected.length ? (
              <ul>
                {detected.expected.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            ) : null}
            <p>{t("detect.ifYouKnow")}</p>
          </div>
        ) : (
          <div>
            <p>{t.rich("detect.detected", { label: detectedLabel ?? "", b: (chunks) => <strong>{chunks}</strong> })}</p>
            <p className={styles.hint}>
              {detected.message}
              {detected.member ? ` ${t("detect.readFrom", { member: detected.member })}` : ""}
            </p>
          </div>
        )}
      </div>
      <label htmlFor={id} className={styles.label}>{t("detect.format")}</label>
      <select id={id} className={styles.select} value={format} disabled={disabled || !detected}
        aria-describedby={coming || overridden ? `${id}-note` : undefined}
        onChange={(event) => onChange(event.target.value as ImportFormat | "")}>
        <option value="">{t("detect.choose")}</option>
        {IMPORT_FORMATS.map((f) => (
          <option key={f} value={f}>{supported.includes(f) ? formatLabel(t, f) : t("detect.comingOption", { label: formatLabel(t, f) })}</option>
        ))}
      </select>
      {coming ? (
        <p id={`${id}-note`} className={styles.error}>{t("detect.comingNote", { label: formatLabel(t, format) })}</p>
      ) : overridden ? (
        <p id={`${id}-note`} className={styles.hint}>{t("detect.overridden", { detected: detectedLabel ?? "", format: formatLabel(t, format) })}</p>
      ) : null}
    </div>
  );
}
