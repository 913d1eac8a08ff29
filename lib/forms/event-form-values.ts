// The event form's values (what its inputs hold: strings, "" for an unchosen select) and the request they make
// (lib/schemas/event-input.ts). EventFormSchema is what react-hook-form's zod resolver runs: it maps the values
// to a request and hands that to CreateEventRequestSchema, so every rule an editor meets is the API's own.
// Pure and client-safe, so the mapping is unit-tested (event-form-values.test.ts) without a browser.
import { z } from "zod";
import type { DatePrecision, EventCategory, EvidenceLevel, ParticipantRole } from "@/lib/domain/vocabulary";
import { CreateEventRequestSchema } from "@/lib/schemas/event-input";
import type { AdminEventDto } from "@/lib/schemas/events";

/** One source's inputs; the URL and date may be "" (a print source has no URL). */
export type SourceValues = { url: string; publisher: string; title: string; publishedOn: string };

/**
 * The form's values as typed. `roles` maps a chosen country's code to its role, "" for "no role"; a type alias
 * rather than an interface so it satisfies react-hook-form's FieldValues.
 */
export type EventFormValues = {
  title: string;
  summary: string;
  date: string;
  precision: DatePrecision;
  countries: string[];
  roles: Record<string, ParticipantRole | "">;
  category: EventCategory | "";
  evidence: EvidenceLevel | "";
  score: string;
  cameoCode: string;
  sources: SourceValues[];
};

/** A source with every input empty: what "+ Add source" appends and a new event starts with. */
export const emptySource = (): SourceValues => ({ url: "", publisher: "", title: "", publishedOn: "" });

/** The values of a new event's form: nothing chosen but the precision, one empty source. */
export function blankValues(): EventFormValues {
  return {
    title: "",
    summary: "",
    date: "",
    precision: "day",
    countries: [],
    roles: {},
    category: "",
    evidence: "",
    score: "",
    cameoCode: "",
    sources: [emptySource()],
  };
}

/** The values that show a saved event (countries in the event's order, each participant's role), ready to edit. */
export function valuesFromEvent(event: AdminEventDto): EventFormValues {
  return {
    title: event.title,
    summary: event.summary,
    date: event.date,
    precision: event.precision,
    countries: event.participants.map((p) => p.id),
    roles: Object.fromEntries(event.participants.map((p) => [p.id, p.role ?? ""])),
    category: event.category,
    evidence: event.evidence,
    score: String(event.score),
    cameoCode: event.cameoCode ?? "",
    sources: event.sources.length
      ? event.sources.map((s) => ({ url: s.url ?? "", publisher: s.publisher, title: s.title, publishedOn: s.publishedOn ?? "" }))
      : [emptySource()],
  };
}

/** `roles` without the countries no longer chosen: what the form keeps when the country list changes. */
export function pruneRoles(roles: EventFormValues["roles"], countries: readonly string[]): EventFormValues["roles"] {
  return Object.fromEntries(Object.entries(roles).filter(([country]) => countries.includes(country)));
}

/**
 * The body POST /api/events takes for these values, before the schema parses it: an unchosen select and an
 * empty score become undefined (so the schema says they are required), an empty CAMEO code null, and roles
 * only the countries' chosen ones, in the countries' order (so two equal forms make byte-equal requests).
 */
export function toRequest(values: EventFormValues) {
  const score = values.score.trim();
  const roles: Record<string, ParticipantRole> = {};
  for (const country of values.countries) {
    const role = values.roles[country];
    if (role) roles[country] = role;
  }
  return {
    title: values.title,
    summary: values.summary,
    date: values.date,
    precision: values.precision,
    countries: values.countries,
    roles,
    category: values.category || undefined,
    evidence: values.evidence || undefined,
    score: score === "" ? undefined : Number(score),
    cameoCode: values.cameoCode.trim() || null,
    sources: values.sources.map(({ url, publisher, title, publishedOn }) => ({ url, publisher, title, publishedOn })),
  };
}

/** The request's fields top to bottom as the form shows them; the error summary and the 409 notice use this order. */
export const FIELD_ORDER = ["title", "summary", "date", "precision", "countries", "roles", "category", "evidence", "score", "cameoCode", "sources"] as const;
export type EventField = (typeof FIELD_ORDER)[number];

/** The fields whose requests differ between two sets of values, in form order: [] when saving one over the other changes nothing. */
export function differingFields(a: EventFormValues, b: EventFormValues): EventField[] {
  const left = toRequest(a);
  const right = toRequest(b);
  return FIELD_ORDER.filter((field) => JSON.stringify(left[field]) !== JSON.stringify(right[field]));
}

/**
 * What the form's resolver validates: the values, mapped to a request, parsed by the API's CreateEventRequestSchema
 * (issues keep the request's paths, which are the form's field names). The map's result is `unknown` on purpose:
 * the shared schema, not this mapping, decides what a valid request is. Its output is the request to send.
 */
export const EventFormSchema = z
  .custom<EventFormValues>()
  .transform((values): unknown => toRequest(values))
  .pipe(CreateEventRequestSchema);
