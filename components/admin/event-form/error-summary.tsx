"use client";
// The error summary at the top of the form, shown after a Save that found problems: one line per field
// message, in the order the fields appear, each a link that puts focus on its field. It follows the messages
// live, so it shrinks as the editor fixes them.
import { useTranslations } from "next-intl";
import { useFormState } from "react-hook-form";
import { errorLines } from "@/lib/forms/event-form-resolver";
import type { EventFormValues } from "@/lib/forms/event-form-values";
import { fieldId } from "./field-bits";
import styles from "../admin.module.css";

/** Focuses a field's input (or its group's first one) and brings it into view. */
function focusField(name: string) {
  const target = document.getElementById(fieldId(name));
  target?.focus();
  target?.scrollIntoView({ block: "center" });
}

/** The summary, or nothing when there is no message; `summaryRef` is what takes focus when it appears. */
export function ErrorSummary({ summaryRef }: { summaryRef: React.RefObject<HTMLDivElement | null> }) {
  const { errors } = useFormState<EventFormValues>();
  const lines = errorLines(errors);
  const t = useTranslations("adminForm");
  if (!lines.length) return null;
  return (
    <div ref={summaryRef} tabIndex={-1} className={styles.noticeError} role="alert" aria-labelledby="event-error-summary-title">
      <h2 id="event-error-summary-title" className={styles.noticeTitle}>
        {t("summaryTitle", { count: lines.length })}
      </h2>
      <ul>
        {lines.map(({ name, message }) => (
          <li key={name}>
            {/* A message about the event as a whole ("root.*") has no field to go to. */}
            {name.startsWith("root.") ? (
              message
            ) : (
              <a
                href={`#${fieldId(name)}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusField(name);
                }}
              >
                {message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
