"use client";
// The event's sources: a react-hook-form field array (one to twenty), each source a small fieldset of four
// inputs. The array keeps each source's messages and touched state with it when another one is removed.
import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import { todayIso } from "@/lib/domain/months";
import { SOURCE_FIELDS, type SourceField } from "@/lib/forms/event-form-errors";
import { emptySource, type EventFormValues } from "@/lib/forms/event-form-values";
import { SOURCES_MAX } from "@/lib/schemas/event-input";
import { describe, FieldMessage, errorId, fieldId, useFieldError } from "./field-bits";
import styles from "../admin.module.css";

/** One input of one source, labelled "Source 2 Publisher" for screen readers. */
function SourceInput({ index, field }: { index: number; field: SourceField }) {
  const { register } = useFormContext<EventFormValues>();
  const name = `sources.${index}.${field}` as const;
  const error = useFieldError(name);
  const t = useTranslations("adminForm");
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={fieldId(name)}>
        {t.rich("sourceInputLabel", { n: index + 1, label: t(`sourceField.${field}`), hidden: (chunks) => <span className="visually-hidden">{chunks}</span> })}
        {field === "url" || field === "publishedOn" ? <span className={styles.optional}> {t("optional")}</span> : null}
      </label>
      <input
        {...register(name)}
        {...describe(name, error, false)}
        className={styles.input}
        type={field === "publishedOn" ? "date" : field === "url" ? "url" : "text"}
        inputMode={field === "url" ? "url" : undefined}
        // An address reads left to right in every language, so a right-to-left page does not turn "https://…" around.
        dir={field === "url" ? "ltr" : undefined}
        placeholder={field === "url" ? "https://…" : undefined}
        max={field === "publishedOn" ? todayIso() : undefined}
      />
      <FieldMessage name={name} error={error} />
    </div>
  );
}

/** The sources group: each source with a Remove button (not for the last one), and "+ Add source". */
export function SourcesField() {
  const { control } = useFormContext<EventFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "sources" });
  // The list's own message: at "sources.root" beside the sources' messages, or at "sources" when none is mounted.
  const error = useFieldError("sources");
  const t = useTranslations("adminForm");
  return (
    <fieldset className={styles.fieldset} aria-describedby={error ? errorId("sources") : "event-sources-hint"}>
      <legend className={styles.legend}>{t("field.sources")}</legend>
      <p id="event-sources-hint" className={styles.hint}>
        {t("sourcesHint")}
      </p>
      {/* Where the error summary sends focus for a message about the list as a whole. */}
      <span id={fieldId("sources")} tabIndex={-1} />
      {fields.map((source, index) => (
        <fieldset key={source.id} className={styles.sourceRow}>
          <legend className={styles.sourceLegend}>{t("sourceN", { n: index + 1 })}</legend>
          <div className={styles.sourceHead}>
            <button
              type="button"
              className={`${styles.buttonQuiet} ${styles.buttonSmall}`}
              onClick={() => remove(index)}
              disabled={fields.length <= 1}
              aria-label={t("removeSource", { n: index + 1 })}
            >
              {t("remove")}
            </button>
          </div>
          <div className={styles.grid2}>
            {SOURCE_FIELDS.map((field) => (
              <SourceInput key={field} index={index} field={field} />
            ))}
          </div>
        </fieldset>
      ))}
      <FieldMessage name="sources" error={error} />
      <div>
        <button
          type="button"
          className={`${styles.button} ${styles.buttonSmall}`}
          onClick={() => append(emptySource(), { focusName: `sources.${fields.length}.url` })}
          disabled={fields.length >= SOURCES_MAX}
        >
          {t("addSource")}
        </button>
      </div>
    </fieldset>
  );
}
