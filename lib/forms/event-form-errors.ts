// What the event form says about its fields. The shared schemas' messages complete a field's name ("is required",
// "must be at most 200 characters"; lib/schemas/event-input.ts, lib/domain/direction.ts), so a message becomes a
// sentence by its path, never by its text: the field's label in front, a full stop behind. The form's resolver
// (event-form-resolver.ts) hands react-hook-form those sentences, and the server's 400 issues become the same
// sentences on the same field names (setError), so a field reads alike whoever found the problem.
import { FIELD_ORDER, type EventField, type EventFormValues, type SourceValues } from "./event-form-values";

export type SourceField = keyof SourceValues;
/** A source's inputs, left to right, top to bottom. */
export const SOURCE_FIELDS: readonly SourceField[] = ["url", "publisher", "title", "publishedOn"];
export const SOURCE_LABEL: Record<SourceField, string> = { url: "URL", publisher: "Publisher", title: "Title", publishedOn: "Published on" };

/** Each field's visible label, which starts its messages. */
export const FIELD_LABEL: Record<EventField, string> = {
  title: "Title",
  summary: "Summary",
  date: "Date",
  precision: "Date precision",
  countries: "Participating countries",
  roles: "Roles",
  category: "Category",
  evidence: "Evidence level",
  score: "Score",
  cameoCode: "CAMEO code",
  sources: "Sources",
};

/** What to do about a required choice left empty: said instead of the schema's "must be one of …". */
const EMPTY_CHOICE: Partial<Record<EventField, { isEmpty: (v: EventFormValues) => boolean; sentence: string }>> = {
  date: { isEmpty: (v) => v.date === "", sentence: "Date is required." },
  category: { isEmpty: (v) => v.category === "", sentence: "Choose a category." },
  evidence: { isEmpty: (v) => v.evidence === "", sentence: "Choose an evidence level." },
  score: { isEmpty: (v) => v.score.trim() === "", sentence: "Score is required: a number from −10 to 10." },
};

/** Whether `key` names one of the form's fields. */
export const isField = (key: unknown): key is EventField => typeof key === "string" && (FIELD_ORDER as readonly string[]).includes(key);
const isSourceField = (key: unknown): key is SourceField => typeof key === "string" && (SOURCE_FIELDS as readonly string[]).includes(key);
/** Paths from JSON carry indexes as numbers or as digit strings; read both as numbers. */
const normalise = (path: readonly PropertyKey[]) => path.map((p) => (typeof p === "string" && /^\d+$/.test(p) ? Number(p) : p));
const withStop = (text: string) => (text.endsWith(".") ? text : `${text}.`);

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
 * The sentence an editor reads for a schema `message` at a request `path`, given the form's values:
 * "Title is required.", "Source 2 publisher is required.", "Role of XX must be …", "Choose a category." for an
 * empty choice. A message about an element of a list names the list first ("Participating countries: XX is not a
 * country we know."); one about the event as a whole is the message itself.
 */
export function sentence(path: readonly PropertyKey[], message: string, values: EventFormValues): string {
  const [head, index, leaf] = normalise(path);
  if (!isField(head)) return withStop(message.charAt(0).toUpperCase() + message.slice(1));
  if (path.length === 1 && EMPTY_CHOICE[head]?.isEmpty(values)) return EMPTY_CHOICE[head].sentence;
  if (path.length === 1) return withStop(`${FIELD_LABEL[head]} ${message}`);
  if (head === "sources" && typeof index === "number") {
    // "Source 2 publisher", but "Source 1 URL": the label mid-sentence, an acronym kept as it is.
    const label = isSourceField(leaf) ? SOURCE_LABEL[leaf] : "";
    return withStop([`Source ${index + 1}`, label === "URL" ? label : label.toLowerCase(), message].filter(Boolean).join(" "));
  }
  if (head === "roles") return withStop(`Role of ${String(index)} ${message}`);
  return withStop(`${FIELD_LABEL[head]}: ${message}`);
}
