"use client";
// The small pieces every field of the event form shares: its element ids (so labels, hints, messages and the
// error summary's links point at the same element), its message paragraph, and the aria attributes that tie an
// input to its hint and message. Messages come from react-hook-form's errors, already written as sentences.
import { get, useFormState, type FieldError } from "react-hook-form";
import type { EventFormValues } from "@/lib/forms/event-form-values";
import styles from "../admin.module.css";

/** The element id of a field's input, from its react-hook-form name: "sources.0.url" -> "event-sources-0-url". */
export const fieldId = (name: string) => `event-${name.replace(/\.root$/, "").replaceAll(".", "-")}`;
/** The id of the paragraph that shows a field's message. */
export const errorId = (name: string) => `${fieldId(name)}-error`;
/** The id of a field's hint paragraph. */
export const hintId = (name: string) => `${fieldId(name)}-hint`;

/** The message react-hook-form holds for `name` (a field array's own one sits at `${name}.root`), if any. */
export function useFieldError(name: string): string | undefined {
  const { errors } = useFormState<EventFormValues>({ name: name as never });
  const error = get(errors, name) as (FieldError & { root?: FieldError }) | undefined;
  return error?.message ?? error?.root?.message;
}

/** The aria attributes of an input whose message is `error`: invalid when there is one, described by hint then message. */
export function describe(name: string, error: string | undefined, hasHint: boolean) {
  return {
    id: fieldId(name),
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [hasHint ? hintId(name) : "", error ? errorId(name) : ""].filter(Boolean).join(" ") || undefined,
  } as const;
}

/** A field's message under its input, or nothing. */
export function FieldMessage({ name, error }: { name: string; error: string | undefined }) {
  return error ? (
    <p id={errorId(name)} className={styles.error}>
      {error}
    </p>
  ) : null;
}
