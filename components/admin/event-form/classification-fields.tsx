"use client";
// What kind of event it is and how sure and how friendly: category, Goldstein score, evidence level and the
// optional CAMEO code. Plain inputs registered with react-hook-form; the shared schema checks their values.
import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { EVENT_CATEGORIES, EVIDENCE_LEVELS } from "@/lib/domain/vocabulary";
import type { EventFormValues } from "@/lib/forms/event-form-values";
import { describe, FieldMessage, errorId, fieldId, hintId, useFieldError } from "./field-bits";
import styles from "../admin.module.css";

/** Category and score side by side (stacked on a phone). */
export function CategoryAndScore() {
  const { register } = useFormContext<EventFormValues>();
  const categoryError = useFieldError("category");
  const scoreError = useFieldError("score");
  const t = useTranslations("adminForm");
  const l = useTranslations("labels");
  return (
    <div className={styles.grid2}>
      <div className={styles.field}>
        <label className={styles.label} htmlFor={fieldId("category")}>
          {t("field.category")}
        </label>
        <select {...register("category")} {...describe("category", categoryError, false)} className={styles.select}>
          <option value="">{t("chooseCategory")}</option>
          {EVENT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {l(`category.${c}`)}
            </option>
          ))}
        </select>
        <FieldMessage name="category" error={categoryError} />
      </div>
      <div className={styles.field}>
        <label className={styles.label} htmlFor={fieldId("score")}>
          {t("scoreLabel")}
        </label>
        <input
          {...register("score")}
          {...describe("score", scoreError, true)}
          className={styles.input}
          type="number"
          inputMode="decimal"
          min={-10}
          max={10}
          step={0.1}
        />
        <p id={hintId("score")} className={styles.hint}>
          {t("scoreHint")}
        </p>
        <FieldMessage name="score" error={scoreError} />
      </div>
    </div>
  );
}

/** The evidence levels as radio cards, each with a line on what it means. */
export function EvidenceField() {
  const { register } = useFormContext<EventFormValues>();
  const error = useFieldError("evidence");
  const t = useTranslations("adminForm");
  const l = useTranslations("labels");
  return (
    <fieldset className={styles.fieldset} aria-describedby={error ? errorId("evidence") : undefined}>
      <legend className={styles.legend}>{t("field.evidence")}</legend>
      <div className={styles.radios}>
        {EVIDENCE_LEVELS.map((level, i) => (
          <label key={level} className={styles.radio}>
            <input
              {...register("evidence")}
              type="radio"
              value={level}
              // The first radio carries the field's id, so the error summary can send focus to the group.
              id={i === 0 ? fieldId("evidence") : undefined}
              aria-labelledby={`event-evidence-label-${level}`}
              aria-invalid={error ? true : undefined}
              aria-describedby={[`event-evidence-help-${level}`, error ? errorId("evidence") : ""].filter(Boolean).join(" ")}
            />
            <span id={`event-evidence-label-${level}`} className={styles.radioTitle}>
              {l(`evidence.${level}`)}
            </span>
            <span id={`event-evidence-help-${level}`} className={styles.radioHelp}>
              {t(`evidenceHelp.${level}`)}
            </span>
          </label>
        ))}
      </div>
      <FieldMessage name="evidence" error={error} />
    </fieldset>
  );
}

/** The optional CAMEO event code, for events that also come from GDELT-style data. */
export function CameoField() {
  const { register } = useFormContext<EventFormValues>();
  const error = useFieldError("cameoCode");
  const t = useTranslations("adminForm");
  return (
    <div className={styles.field} style={{ maxWidth: 360 }}>
      <label className={styles.label} htmlFor={fieldId("cameoCode")}>
        {t("field.cameoCode")} <span className={styles.optional}>{t("optional")}</span>
      </label>
      <input {...register("cameoCode")} {...describe("cameoCode", error, true)} className={`${styles.input} ${styles.mono}`} type="text" inputMode="numeric" maxLength={4} dir="ltr" />
      <p id={hintId("cameoCode")} className={styles.hint}>
        {t("cameoHint")}
      </p>
      <FieldMessage name="cameoCode" error={error} />
    </div>
  );
}
