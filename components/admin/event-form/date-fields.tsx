"use client";
// The date and how precisely it is known. The API stores a date as the first day of its period, so the hint
// shows how the date will read ("April 2024"), and changing the precision checks the date again at once: the
// shared schema's rule then says which day to use.
import { useLocale, useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { parseIsoDate } from "@/lib/domain/date-precision";
import { formatEventDate } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/locales";
import { todayIso } from "@/lib/domain/months";
import { DATE_PRECISIONS } from "@/lib/domain/vocabulary";
import type { EventFormValues } from "@/lib/forms/event-form-values";
import { EARLIEST_DATE } from "@/lib/schemas/event-input";
import { describe, FieldMessage, fieldId, hintId, useFieldError } from "./field-bits";
import styles from "../admin.module.css";

/** The date input and the precision select, side by side (stacked on a phone). */
export function DateFields() {
  const { register, trigger } = useFormContext<EventFormValues>();
  const [date, precision] = useWatch<EventFormValues, ["date", "precision"]>({ name: ["date", "precision"] });
  const dateError = useFieldError("date");
  const precisionError = useFieldError("precision");
  const t = useTranslations("adminForm");
  const locale = useLocale() as Locale;
  return (
    <div className={styles.grid2}>
      <div className={styles.field}>
        <label className={styles.label} htmlFor={fieldId("date")}>
          {t("field.date")}
        </label>
        <input {...register("date")} {...describe("date", dateError, true)} className={styles.input} type="date" min={EARLIEST_DATE} max={todayIso()} />
        <p id={hintId("date")} className={styles.hint}>
          {t("dateHint")}
          {date && parseIsoDate(date) ? ` ${t("dateShownAs", { date: formatEventDate(locale, date, precision) })}` : ""}
        </p>
        <FieldMessage name="date" error={dateError} />
      </div>
      <div className={styles.field}>
        <label className={styles.label} htmlFor={fieldId("precision")}>
          {t("field.precision")}
        </label>
        {/* The date's message depends on the precision: check it as soon as the precision changes. */}
        <select
          {...register("precision", { onChange: () => void trigger("date") })}
          {...describe("precision", precisionError, true)}
          className={styles.select}
        >
          {DATE_PRECISIONS.map((p) => (
            <option key={p} value={p}>
              {t(`precision.${p}`)}
            </option>
          ))}
        </select>
        <p id={hintId("precision")} className={styles.hint}>
          {t("precisionHint")}
        </p>
        <FieldMessage name="precision" error={precisionError} />
      </div>
    </div>
  );
}
