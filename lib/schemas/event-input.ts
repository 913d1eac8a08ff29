// What an editor may submit for an event: one schema for the admin form (field messages as they type) and
// the API (which never trusts the client). Known-country checks need the database and happen on the server.
import { z } from "zod";
import { fitsPrecision, parseIsoDate, periodStart, toIsoDate } from "@/lib/domain/date-precision";
import { todayIso } from "@/lib/domain/months";
import { type DatePrecision } from "@/lib/domain/vocabulary";
import { rolesProblem } from "@/lib/domain/direction";
import { CategorySchema, EvidenceSchema, ParticipantRoleSchema, PrecisionSchema } from "./common";

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 5000;
export const EARLIEST_DATE = "1900-01-01";
/** The most sources one event may list. */
export const SOURCES_MAX = 20;


const PastDateSchema = z
  .string({ error: "is required" })
  .refine((v) => parseIsoDate(v) !== null, { message: "must be a date written YYYY-MM-DD" })
  .refine((v) => v >= EARLIEST_DATE, { message: "must not be before 1900" })
  .refine((v) => v <= todayIso(), { message: "must not be in the future" });

const HttpUrlSchema = z
  .string()
  .trim()
  .max(2000, "must be at most 2,000 characters")
  .refine(
    (v) => {
      try {
        const url = new URL(v);
        return url.protocol === "http:" || url.protocol === "https:";
      } catch {
        return false;
      }
    },
    { message: "must be an http:// or https:// address" },
  );

export const SourceInputSchema = z.object({
  url: z.union([HttpUrlSchema, z.literal("").transform(() => null), z.null()]).optional().default(null),
  publisher: z.string({ error: "is required" }).trim().min(1, "is required").max(200, "must be at most 200 characters"),
  title: z.string({ error: "is required" }).trim().min(1, "is required").max(500, "must be at most 500 characters"),
  publishedOn: z.union([PastDateSchema, z.literal("").transform(() => null), z.null()]).optional().default(null),
});
export type SourceInput = z.infer<typeof SourceInputSchema>;

const eventFields = {
  title: z
    .string({ error: "is required" })
    .trim()
    .min(1, "is required")
    .max(TITLE_MAX, `must be at most ${TITLE_MAX} characters`),
  summary: z.string().trim().max(SUMMARY_MAX, `must be at most ${SUMMARY_MAX.toLocaleString("en")} characters`),
  date: PastDateSchema,
  precision: PrecisionSchema,
  countries: z
    .array(z.string().regex(/^[A-Za-z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as KP").transform((s) => s.toUpperCase()), {
      error: "is required",
    })
    .refine((list) => new Set(list).size >= 2, { message: "must name at least two different countries" }),
  /**
   * Who did what to whom, by country: {"IR": "supplier", "RU": "recipient"}. Countries left out have no role;
   * an undirected or multilateral event gives none (lib/domain/direction.ts says which sets are allowed).
   */
  roles: z.record(
    z.string().regex(/^[A-Za-z]{2}$/, "must be keyed by ISO 3166-1 alpha-2 codes such as KP").transform((s) => s.toUpperCase()),
    ParticipantRoleSchema,
  ),
  category: CategorySchema,
  evidence: EvidenceSchema,
  score: z
    .number({ error: "must be a number from -10 to 10" })
    .min(-10, "must be between -10 and 10")
    .max(10, "must be between -10 and 10"),
  cameoCode: z
    .string()
    .regex(/^\d{2,4}$/, "must be a CAMEO event code of 2 to 4 digits")
    .nullable(),
  sources: z.array(SourceInputSchema, { error: "is required" }).min(1, "must list at least one source").max(SOURCES_MAX, `may list at most ${SOURCES_MAX} sources`),
};

/**
 * Checks that need two fields run as soon as those two are valid, whatever else is wrong (zod skips an object's
 * refinements once any field fails, unless told `when`): the admin form, whose resolver is this schema, can say
 * "use the first day of the month" while the title is still empty, and a 400 lists every problem at once.
 */
function whenValid(...fields: string[]) {
  return {
    when: (payload: { value: unknown; issues: readonly { path?: readonly PropertyKey[] }[] }) =>
      typeof payload.value === "object" &&
      payload.value !== null &&
      !payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))),
  };
}

/** Roles must fit the countries (when both are given; an edit of one is checked by the server against the other). */
function rolesFit(value: { countries?: string[]; roles?: Partial<Record<string, string>> }, ctx: z.RefinementCtx<object>) {
  if (!value.countries || !value.roles) return;
  const problem = rolesProblem(value.countries, value.roles as Parameters<typeof rolesProblem>[1]);
  if (problem) ctx.addIssue({ code: "custom", path: ["roles"], message: problem });
}

/** A date must be the first day of the period its precision names; the message names that day. */
function precisionFits(value: { date?: string; precision?: DatePrecision }, ctx: z.RefinementCtx<object>) {
  if (!value.date || !value.precision) return;
  const date = parseIsoDate(value.date);
  if (date && !fitsPrecision(date, value.precision)) {
    const first = toIsoDate(periodStart(date, value.precision));
    ctx.addIssue({
      code: "custom",
      path: ["date"],
      message:
        value.precision === "year"
          ? `must be 1 January (${first}) for a date known only to the year`
          : `must be the first day of the month (${first}) for a date known only to the month`,
    });
  }
}

export const CreateEventRequestSchema = z
  .object({
    ...eventFields,
    summary: eventFields.summary.default(""),
    cameoCode: eventFields.cameoCode.optional().default(null),
    roles: eventFields.roles.optional().default({}),
  })
  .strict()
  .superRefine(precisionFits, whenValid("date", "precision"))
  .superRefine(rolesFit, whenValid("countries", "roles"));
export type CreateEventRequest = z.infer<typeof CreateEventRequestSchema>;

/**
 * A partial edit: any of the fields above, plus the `version` the editor loaded, so a concurrent edit is
 * refused (409) instead of silently lost. The server checks a new date against the stored precision too.
 */
export const UpdateEventRequestSchema = z
  .object(eventFields)
  .partial()
  .extend({ version: z.number({ error: "is required (the version you loaded)" }).int().positive() })
  .strict()
  .superRefine(precisionFits, whenValid("date", "precision"))
  .superRefine(rolesFit, whenValid("countries", "roles"));
export type UpdateEventRequest = z.infer<typeof UpdateEventRequestSchema>;

export const RetireEventRequestSchema = z.object({ version: z.number().int().positive().optional() }).strict();
