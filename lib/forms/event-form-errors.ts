// What the event form says about its fields, in the reader's language. The shared schemas' messages are English
// fragments that complete a field's name ("is required", "must be at most 200 characters"; lib/schemas/event-input.ts,
// lib/domain/direction.ts), and the API answers with them as they are. Here each known fragment is recognised (with
// its arguments: the limit, the day, the country) and written as the "adminForm.problem.*" message, and a message
// becomes a sentence by its path, never by its text: the field's label and the problem in the "adminForm.sentence.*"
// pattern of the language. The form's resolver (event-form-resolver.ts) hands react-hook-form those sentences, and
// the server's 400 issues become the same sentences on the same field names (setError), so a field reads alike
// whoever found the problem. A fragment this file does not know is shown in English rather than lost.
import { FIELD_ORDER, type EventField, type EventFormValues, type SourceValues } from "./event-form-values";

export type SourceField = keyof SourceValues;
/** A source's inputs, left to right, top to bottom. */
export const SOURCE_FIELDS: readonly SourceField[] = ["url", "publisher", "title", "publishedOn"];

/**
 * A message of the "adminForm" namespace by key, with its arguments: next-intl's `t` from
 * useTranslations("adminForm") in the browser, createTranslator over messages/<locale>.json in tests.
 */
export type FormTranslate = (key: string, values?: Record<string, string | number>) => string;

/** What to do about a required choice left empty: said instead of the schema's "must be one of …". */
const EMPTY_CHOICE: Partial<Record<EventField, (v: EventFormValues) => boolean>> = {
  date: (v) => v.date === "",
  category: (v) => v.category === "",
  evidence: (v) => v.evidence === "",
  score: (v) => v.score.trim() === "",
};

/**
 * The schemas' fragments (English, as the API sends them) and the "adminForm.problem.*" message each one is, with
 * the arguments read from it. Limits keep their own digits ("2,000" is read as 2000) so each language writes them.
 */
const PROBLEMS: readonly { pattern: RegExp; key: string; args?: (m: RegExpExecArray) => Record<string, string | number> }[] = [
  { pattern: /^is required$/, key: "required" },
  { pattern: /^is required \(the version you loaded\)$/, key: "versionRequired" },
  { pattern: /^must be at most ([\d,]+) characters$/, key: "maxChars", args: (m) => ({ max: Number(m[1]!.replaceAll(",", "")) }) },
  { pattern: /^must be a (?:calendar )?date written YYYY-MM-DD$/, key: "dateFormat" },
  { pattern: /^must not be before 1900$/, key: "notBefore1900" },
  { pattern: /^must not be in the future$/, key: "notFuture" },
  { pattern: /^must be an http:\/\/ or https:\/\/ address$/, key: "httpUrl" },
  { pattern: /^must be an ISO 3166-1 alpha-2 code such as KP$/, key: "alpha2" },
  { pattern: /^must be keyed by ISO 3166-1 alpha-2 codes such as KP$/, key: "alpha2Keys" },
  { pattern: /^must name at least two different countries$/, key: "twoCountries" },
  { pattern: /^must be a number from -10 to 10$/, key: "scoreNumber" },
  { pattern: /^must be between -10 and 10$/, key: "scoreRange" },
  { pattern: /^must be a CAMEO event code of 2 to 4 digits$/, key: "cameo" },
  { pattern: /^must list at least one source$/, key: "oneSource" },
  { pattern: /^may list at most (\d+) sources$/, key: "maxSources", args: (m) => ({ max: Number(m[1]) }) },
  { pattern: /^must be one of (.+)$/, key: "oneOf", args: (m) => ({ values: m[1]! }) },
  { pattern: /^must be 1 January \((\d{4}-\d{2}-\d{2})\) for a date known only to the year$/, key: "firstOfYear", args: (m) => ({ first: m[1]! }) },
  { pattern: /^must be the first day of the month \((\d{4}-\d{2}-\d{2})\) for a date known only to the month$/, key: "firstOfMonth", args: (m) => ({ first: m[1]! }) },
  { pattern: /^must name only countries taking part; ([A-Z]{2}) is not one of them$/, key: "rolesOutsider", args: (m) => ({ country: m[1]! }) },
  { pattern: /^must use either actor and target, or supplier and recipient, not both$/, key: "rolesMixed" },
  { pattern: /^must name at least one supplier and one recipient$/, key: "rolesTransfer" },
  { pattern: /^must name at least one actor and one target$/, key: "rolesAction" },
  { pattern: /^must be at least ([\d,]+) characters$/, key: "minChars", args: (m) => ({ min: Number(m[1]!.replaceAll(",", "")) }) },
  { pattern: /^must be an email address$/, key: "email" },
  { pattern: /^([A-Z]{2}) is not a country we know$/, key: "unknownCountry", args: (m) => ({ country: m[1]! }) },
];

/** The schema's `message` in the reader's language, or null when it is not one of the fragments above. */
export function problemText(message: string, t: FormTranslate): string | null {
  for (const { pattern, key, args } of PROBLEMS) {
    const m = pattern.exec(message);
    if (m) return t(`problem.${key}`, args?.(m));
  }
  return null;
}

/** "{label} {problem}." for a field outside the event form (a link's title, a user's email), in the language of `t`. */
export function fieldSentence(label: string, message: string, t: FormTranslate): string {
  return t("sentence.field", { label, problem: problemText(message, t) ?? message });
}

/** Whether `key` names one of the form's fields. */
export const isField = (key: unknown): key is EventField => typeof key === "string" && (FIELD_ORDER as readonly string[]).includes(key);
const isSourceField = (key: unknown): key is SourceField => typeof key === "string" && (SOURCE_FIELDS as readonly string[]).includes(key);
/** Paths from JSON carry indexes as numbers or as digit strings; read both as numbers. */
const normalise = (path: readonly PropertyKey[]) => path.map((p) => (typeof p === "string" && /^\d+$/.test(p) ? Number(p) : p));
const withStop = (text: string) => (/[.!?。]$/.test(text) ? text : `${text}.`);

/**
 * The react-hook-form field name a (request) issue path belongs to: a source's own input ("sources.0.url"), the
 * sources list itself ("sources.root", react-hook-form's place for a field array's own error), a field (an
 * issue inside `countries` or `roles` belongs to the whole picker), or "root.server" for the event as a whole.
 */
export function fieldNameOf(path: readonly PropertyKey[]): string {
  const [head, index, leaf] = normalise(path);
  if (head === "sources") return typeof index === "number" && isSourceField(leaf) ? `sources.${index}.${leaf}` : "sources.root";
  return isField(head) ? head : "root.server";
}

/**
 * The sentence an editor reads for a schema `message` at a request `path`, given the form's values, in the
 * language of `t`: "Title is required.", "Source 2 publisher is required.", "Role of XX must be …", "Choose a
 * category." for an empty choice. A message about an element of a list names the list first ("Participating
 * countries: XX is not a country we know."); one about the event as a whole is the message itself.
 */
export function sentence(path: readonly PropertyKey[], message: string, values: EventFormValues, t: FormTranslate): string {
  const [head, index, leaf] = normalise(path);
  const problem = problemText(message, t) ?? message;
  if (!isField(head)) return withStop(problem.charAt(0).toUpperCase() + problem.slice(1));
  if (path.length === 1 && EMPTY_CHOICE[head]?.(values)) return t(`empty.${head}`);
  if (path.length === 1) return t("sentence.field", { label: t(`field.${head}`), problem });
  if (head === "sources" && typeof index === "number") {
    // "Source 2 publisher", but "Source 1 URL": each language has the input's name as it reads mid-sentence.
    if (!isSourceField(leaf)) return t("sentence.source", { n: index + 1, problem });
    return t("sentence.sourceField", { n: index + 1, field: t(`sourceFieldInSentence.${leaf}`), problem });
  }
  if (head === "roles") return t("sentence.role", { country: String(index), problem });
  return t("sentence.element", { label: t(`field.${head}`), problem });
}
