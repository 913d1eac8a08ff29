// The event form's resolver and its errors as a list. @hookform/resolvers' zod resolver runs the API's schema
// (EventFormSchema); this turns its messages into sentences (event-form-errors.ts) before react-hook-form shows
// them, and lists every message in form order for the error summary. Pure, unit-tested with the sentences.
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldError, FieldErrors, Resolver } from "react-hook-form";
import type { CreateEventRequest } from "@/lib/schemas/event-input";
import { isField, sentence, SOURCE_FIELDS, type FormTranslate, type SourceField } from "./event-form-errors";
import { EventFormSchema, FIELD_ORDER, type EventFormValues } from "./event-form-values";

/**
 * Calls `visit` with each FieldError in react-hook-form's nested errors and its path (a field array's own error
 * sits at "root" under the array: ["sources", "root"]). Nested errors keep DOM refs, which are not walked.
 */
export function forEachError(errors: FieldErrors, visit: (path: string[], error: FieldError) => void, path: string[] = []): void {
  for (const [key, node] of Object.entries(errors)) {
    if (!node || typeof node !== "object" || key === "ref" || key === "types") continue;
    const here = [...path, key];
    if (typeof (node as FieldError).type === "string") visit(here, node as FieldError);
    forEachError(node as FieldErrors, visit, here);
  }
}

/** Rewrites each message in `errors` (a resolver's fresh result) as the sentence() for its path; "root" names the array itself. */
function inSentences(errors: FieldErrors<EventFormValues>, values: EventFormValues, t: FormTranslate): FieldErrors<EventFormValues> {
  forEachError(errors, (path, error) => {
    const requestPath = path.at(-1) === "root" ? path.slice(0, -1) : path;
    error.message = sentence(requestPath, error.message ?? "", values, t);
  });
  return errors;
}

/**
 * The form's resolver: @hookform/resolvers' zod resolver over EventFormSchema (the API's rules), whose messages
 * come out as sentences in the language of `t` (the "adminForm" messages). On success its values are the request to send.
 */
export function eventFormResolver(t: FormTranslate): Resolver<EventFormValues, unknown, CreateEventRequest> {
  const resolve = zodResolver(EventFormSchema);
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    return Object.keys(result.errors).length ? { values: {}, errors: inSentences(result.errors, values, t) } : result;
  };
}

/** One line of the error summary: the field name to focus and what is wrong with it. */
export interface ErrorLine {
  name: string;
  message: string;
}

/** Where a field name sorts in the summary: by field order, a source's by its index then input; the event's own last. */
function rank(name: string): number[] {
  const [head, index, leaf] = name.split(".");
  const field = isField(head) ? FIELD_ORDER.indexOf(head) : FIELD_ORDER.length;
  if (head !== "sources" || index === undefined || index === "root") return [field, -1, -1];
  return [field, Number(index), SOURCE_FIELDS.indexOf(leaf as SourceField)];
}

/** Every message in `errors` with the field name it belongs to, in the order the fields appear on the form. */
export function errorLines(errors: FieldErrors): ErrorLine[] {
  const lines: ErrorLine[] = [];
  forEachError(errors, (path, error) => {
    if (error.message) lines.push({ name: path.join("."), message: error.message });
  });
  return lines.sort((a, b) => {
    const [ra, rb] = [rank(a.name), rank(b.name)];
    return ra[0]! - rb[0]! || ra[1]! - rb[1]! || ra[2]! - rb[2]!;
  });
}
