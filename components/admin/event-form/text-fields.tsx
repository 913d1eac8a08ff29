"use client";
// Title and summary, each with a live character count against the API's limits (TITLE_MAX, SUMMARY_MAX), so an
// editor sees the limit coming before the message does. Counts are of the trimmed text, as the schema counts.
import { useLocale, useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import type { EventFormValues } from "@/lib/forms/event-form-values";
import { formatNumber } from "@/lib/i18n/format-number";
import type { Locale } from "@/lib/i18n/locales";
import { SUMMARY_MAX, TITLE_MAX } from "@/lib/schemas/event-input";
import { describe, FieldMessage, fieldId, hintId, useFieldError } from "./field-bits";
import styles from "../admin.module.css";

/** A count under a text input: "12 / 200" (or "12 / 5,000 characters"), highlighted past the limit; `live` announces it as it changes. */
function Counter({ name, length, max, chars = false, live = false }: { name: string; length: number; max: number; chars?: boolean; live?: boolean }) {
  const t = useTranslations("adminForm");
  const locale = useLocale() as Locale;
  const values = { length: formatNumber(locale, length), max: formatNumber(locale, max) };
  return (
    <span id={hintId(name)} className={`${styles.counter} ${length > max ? styles.counterOver : ""}`} aria-live={live ? "polite" : undefined}>
      {chars ? t("countChars", values) : t("count", values)}
    </span>
  );
}

/** The event's title and its optional summary. */
export function TextFields() {
  const { register } = useFormContext<EventFormValues>();
  const [title, summary] = useWatch<EventFormValues, ["title", "summary"]>({ name: ["title", "summary"] });
  const titleError = useFieldError("title");
  const summaryError = useFieldError("summary");
  const t = useTranslations("adminForm");
  return (
    <>
      <div className={styles.field}>
        <label className={styles.label} htmlFor={fieldId("title")}>
          {t("field.title")}
        </label>
        <input {...register("title")} {...describe("title", titleError, true)} className={styles.input} type="text" autoComplete="off" />
        <div style={{ display: "flex", justifyContent: "space-between", gap: 8 }}>
          {titleError ? <FieldMessage name="title" error={titleError} /> : <span />}
          <Counter name="title" length={title.trim().length} max={TITLE_MAX} />
        </div>
      </div>

      <div className={styles.field}>
        <label className={styles.label} htmlFor={fieldId("summary")}>
          {t("field.summary")} <span className={styles.optional}>{t("optional")}</span>
        </label>
        <textarea {...register("summary")} {...describe("summary", summaryError, true)} className={styles.textarea} rows={5} />
        <div style={{ display: "flex", justifyContent: "space-between", gap: 8 }}>
          {summaryError ? <FieldMessage name="summary" error={summaryError} /> : <span />}
          <Counter name="summary" length={summary.trim().length} max={SUMMARY_MAX} chars live />
        </div>
      </div>
    </>
  );
}
