// The server's 400 issues on the form's fields: each path becomes the react-hook-form field name it belongs to
// and its message the sentence the form's own check would show (lib/forms/event-form-errors.ts), set with
// setError. Matching is by path, never by message text; the first issue per field wins, as in the resolver.
import type { FieldPath, UseFormReturn } from "react-hook-form";
import { fieldNameOf, sentence, type FormTranslate } from "@/lib/forms/event-form-errors";
import type { EventFormValues } from "@/lib/forms/event-form-values";
import type { CreateEventRequest } from "@/lib/schemas/event-input";
import type { ApiIssue } from "../api";

/** Sets each of `issues` (in the language of `t`) on its field of `form` (or on "root.server" for the event as a whole). */
export function setServerIssues(form: UseFormReturn<EventFormValues, unknown, CreateEventRequest>, issues: readonly ApiIssue[], t: FormTranslate) {
  const values = form.getValues();
  const named = new Set<string>();
  for (const issue of issues) {
    const name = fieldNameOf(issue.path);
    if (named.has(name)) continue;
    named.add(name);
    // "sources.root" and "root.server" are react-hook-form's own places for a list's and the form's messages.
    form.setError(name as FieldPath<EventFormValues>, { type: "server", message: sentence(issue.path, issue.message, values, t) });
  }
}
