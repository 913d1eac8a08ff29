// What the event form (components/admin/event-form.tsx) says about its fields: the request its values make,
// the schema's issues for them as sentences that name the field ("Title must be at most 200 characters."),
// the server's 400 issues mapped onto the same fields, and the order the error summary lists them in.
// Pure, so the wording an editor reads is unit-tested (event-form-messages.test.ts) without a browser.
import type { z } from "zod";
import { fitsPrecision, parseIsoDate } from "@/lib/domain/date-precision";
import type { DatePrecision, EventCategory, EvidenceLevel } from "@/lib/domain/vocabulary";
import { CreateEventRequestSchema } from "@/lib/schemas/event-input";

export interface SourceValues {
  /** React key of the source's fieldset; not sent. */
  key: string;
  url: string;
  publisher: string;
  title: string;
  publishedOn: string;
}

/** The form's values as typed: strings, "" for an unchosen select. */
export interface FormValues {
  title: string;
  summary: string;
  date: string;
  precision: DatePrecision;
  countries: string[];
  category: EventCategory | "";
  evidence: EvidenceLevel | "";
  score: string;
  cameoCode: string;
  sources: SourceValues[];
}

export type SourceField = "url" | "publisher" | "title" | "publishedOn";
export const SOURCE_FIELDS: SourceField[] = ["url", "publisher", "title", "publishedOn"];
export const SOURCE_LABEL: Record<SourceField, string> = { url: "URL", publisher: "Publisher", title: "Title", publishedOn: "Published on" };
/** The fields top to bottom, as the form shows them (and the error summary lists them). */
export const FIELD_ORDER = ["title", "summary", "date", "precision", "countries", "category", "evidence", "score", "cameoCode", "sources"] as const;
/** Each field's visible label. */
export const FIELD_LABEL: Record<string, string> = {
  title: "Title",
  summary: "Summary",
  date: "Date",
  precision: "Date precision",
  countries: "Participating countries",
  category: "Category",
  evidence: "Evidence level",
  score: "Score",
  cameoCode: "CAMEO code",
  sources: "Sources",
  version: "Version",
};

/**
 * The body POST /api/events takes for these values (before the schema parses it): an unchosen select and an
 * empty score become undefined (so the schema says they are required), an empty CAMEO code null.
 */
export function toRequest(values: FormValues) {
  const score = values.score.trim();
  return {
    title: values.title,
    summary: values.summary,
    date: values.date,
    precision: values.precision,
    countries: values.countries,
    category: values.category || undefined,
    evidence: values.evidence || undefined,
    score: score === "" ? undefined : Number(score),
    cameoCode: values.cameoCode.trim() || null,
    sources: values.sources.map(({ url, publisher, title, publishedOn }) => ({ url, publisher, title, publishedOn })),
  };
}

/** The form key an issue's path belongs to: "countries.1" is the countries picker, "sources.0.url" its own input; "form" when none. */
export function fieldKeyOf(path: readonly PropertyKey[]): string {
  const [head, index, leaf] = path;
  if (head === "sources" && typeof index === "number" && typeof leaf === "string") return `sources.${index}.${leaf}`;
  if (typeof head === "string") return head;
  return "form";
}

/** The words a message starts with for a field key: "Title", "Source 2 publisher", "Source 1 URL". */
export function labelOf(key: string): string {
  const source = /^sources\.(\d+)\.(\w+)$/.exec(key);
  if (source) {
    const label = SOURCE_LABEL[source[2] as SourceField] ?? source[2]!;
    return `Source ${Number(source[1]) + 1} ${label === "URL" ? label : label.toLowerCase()}`;
  }
  return FIELD_LABEL[key] ?? "This event";
}

/**
 * Turns a schema message ("is required", from lib/schemas/event-input.ts) into a sentence that names the
 * field, ending with a full stop; an empty select or score gets a sentence of its own that says what to do.
 */
export function sentence(key: string, message: string, values: FormValues): string {
  if (key === "category" && !values.category) return "Choose a category.";
  if (key === "evidence" && !values.evidence) return "Choose an evidence level.";
  if (key === "date" && !values.date) return "Date is required.";
  if (key === "score" && values.score.trim() === "") return "Score is required: a number from −10 to 10.";
  const text = /^[a-z]/.test(message) && !message.startsWith("for a date") ? `${labelOf(key)} ${message}` : message.charAt(0).toUpperCase() + message.slice(1);
  return text.endsWith(".") ? text : `${text}.`;
}

/**
 * The message for each field key whose value CreateEventRequestSchema rejects (the first issue per field),
 * plus the date-against-precision rule as soon as it applies (the schema checks it only once the rest passes),
 * always in the words below, which name the day to use. Empty when the values make a valid request.
 */
export function clientErrors(values: FormValues): Record<string, string> {
  const parsed = CreateEventRequestSchema.safeParse(toRequest(values));
  const out: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of (parsed.error as z.ZodError).issues) {
      const key = fieldKeyOf(issue.path);
      // The schema's own precision message, which names no day, only once every other field passes: said below instead.
      if (key === "date" && issue.message.startsWith("for a date")) continue;
      out[key] ??= sentence(key, issue.message, values);
    }
  }
  if (!out.date && values.date) {
    const date = parseIsoDate(values.date);
    if (date && !fitsPrecision(date, values.precision)) {
      out.date =
        values.precision === "year"
          ? `For a date known to the year, use 1 January (${values.date.slice(0, 4)}-01-01).`
          : `For a date known to the month, use the first day of the month (${values.date.slice(0, 7)}-01).`;
    }
  }
  return out;
}

/** An issue of the API's 400 answer (lib/schemas/errors.ts). */
export interface ServerIssue {
  path: (string | number)[];
  message: string;
}

/** The server's 400 issues as the form's field messages: the first issue per path, then the first per field key. */
export function serverErrors(issues: readonly ServerIssue[], values: FormValues): Record<string, string> {
  const seen = new Set<string>();
  const mapped: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.join(".");
    if (seen.has(path)) continue;
    seen.add(path);
    // Through the joined path, so "0" and 0 both read as a source's index.
    const key = fieldKeyOf(path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
    mapped[key] ??= sentence(key, issue.message, values);
  }
  return mapped;
}

/** The keys of `errors` in the order the fields appear (sources by position, then their inputs), any others last. */
export function orderedKeys(errors: Record<string, string>, sourceCount: number): string[] {
  const keys: string[] = [];
  for (const key of FIELD_ORDER) {
    if (key === "sources") {
      if (errors.sources) keys.push("sources");
      for (let i = 0; i < sourceCount; i++) for (const f of SOURCE_FIELDS) if (errors[`sources.${i}.${f}`]) keys.push(`sources.${i}.${f}`);
    } else if (errors[key]) keys.push(key);
  }
  for (const key of Object.keys(errors)) if (!keys.includes(key)) keys.push(key);
  return keys;
}
