"use client";
// The file to import: a labelled file input inside a zone that also takes a dropped file.
import { useLocale, useTranslations } from "next-intl";
import { useState, type DragEvent, type RefObject } from "react";
import type { Locale } from "@/lib/i18n/locales";
import styles from "@/components/admin/admin.module.css";
import own from "./import.module.css";
import { formatBytes } from "./labels";

interface Props {
  id: string;
  /** The input, so the page can move focus back to it. */
  inputRef: RefObject<HTMLInputElement | null>;
  file: File | null;
  disabled: boolean;
  onPick(file: File | null): void;
}

/** The picker: `onPick` gets the picked or dropped file (null when the pick is cleared). */
export function FileField({ id, inputRef, file, disabled, onPick }: Props) {
  const [over, setOver] = useState(false);
  const t = useTranslations("adminImport.file");
  const locale = useLocale() as Locale;

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const dropped = event.dataTransfer.files;
    if (!dropped.length) return;
    // The input shows the dropped file too, as if it had been picked.
    if (inputRef.current) inputRef.current.files = dropped;
    onPick(dropped[0]!);
  }

  return (
    <div
      className={`${own.dropZone} ${over ? own.dropZoneOver : ""}`}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor={id} className={styles.label}>{t("label")}</label>
      <input
        ref={inputRef}
        id={id}
        type="file"
        className={styles.input}
        accept=".csv,.tsv,.tab,.txt,.zip,.json"
        aria-describedby={`${id}-hint`}
        disabled={disabled}
        onChange={(event) => onPick(event.target.files?.[0] ?? null)}
      />
      <p id={`${id}-hint`} className={styles.hint}>
        {file ? t("picked", { name: file.name, size: formatBytes(locale, file.size) }) : t("pick")} {t("limits", { max: formatBytes(locale, 200 * 1024 * 1024), eventsMax: formatBytes(locale, 20 * 1024 * 1024) })}
      </p>
    </div>
  );
}
