// GET /api/links and GET /api/links/{id}: the filters they accept and what they answer.
import { z } from "zod";
import { LINK_DIRECTIONS } from "@/lib/domain/direction";
import { IsoDateSchema, PrecisionSchema } from "./common";
import { EventSchema } from "./events";
import { eventFilterFields, linkFilterFields } from "./filters";

/** The range and strength options every link query takes, beside the event filters. */
export const linkQueryFields = {
  from: IsoDateSchema.optional().describe("First day of the range, YYYY-MM-DD: events whose period ends on or after it count."),
  to: IsoDateSchema.optional().describe("Last day of the range, YYYY-MM-DD: events whose period starts on or before it count."),
  ...eventFilterFields,
  /** The day strength is measured on (events decay with age); defaults to `to`, else today. */
  asOf: IsoDateSchema.optional().describe("The day strength is measured on; defaults to `to`, else today."),
  /** Months in which an event's weight halves; default 24. 0 turns decay off. */
  halfLife: z.coerce
    .number()
    .min(0, "must be 0 or more")
    .max(1200, "must be at most 1200")
    .optional()
    .describe("Months in which an event's weight halves (default 24); 0 turns decay off."),
};

/** `from` must not be after `to`: the refinement every ranged query shares. */
export const fromNotAfterTo: [(f: { from?: string; to?: string }) => boolean, { message: string; path: string[] }] = [
  (f) => !f.from || !f.to || f.from <= f.to,
  { message: "must not be after `to`", path: ["from"] },
];

export const LinkFiltersSchema = z.object(linkQueryFields).strict().refine(...fromNotAfterTo);
export type LinkFilters = z.infer<typeof LinkFiltersSchema>;

export const ListLinksRequestSchema = z.object({ ...linkQueryFields, ...linkFilterFields }).strict().refine(...fromNotAfterTo);
export const GetLinkRequestSchema = LinkFiltersSchema;

const EvidenceCountsSchema = z.object({
  confirmed: z.number().int(),
  reported: z.number().int(),
  alleged: z.number().int(),
  denied: z.number().int(),
});

export const LinkSummarySchema = z.object({
  id: z.string(),
  countries: z.tuple([z.string(), z.string()]),
  countryNames: z.tuple([z.string(), z.string()]),
  title: z.string(),
  summary: z.string(),
  eventCount: z.number().int(),
  firstEventOn: z.string().nullable(),
  lastEventOn: z.string().nullable(),
  lastEventPrecision: PrecisionSchema.nullable(),
  /** cooperation + tension: see lib/domain/strength.ts. */
  strength: z.number(),
  cooperation: z.number(),
  tension: z.number(),
  tone: z.number().nullable(),
  nature: z.enum(["cooperation", "tension", "mixed", "none"]),
  evidence: EvidenceCountsSchema,
  /** How much of the strength rests on events at each evidence level. */
  evidenceStrength: z.object({ confirmed: z.number(), reported: z.number(), alleged: z.number(), denied: z.number() }),
  allegedShare: z.number(),
  /** Events flowing from countries[0] to countries[1] (aToB) and back (bToA), by their participants' roles. */
  flow: z.object({ aToB: z.number().int(), bToA: z.number().int() }),
  /** How the arc is drawn: one way when two thirds of the directed events go that way (lib/domain/direction.ts). */
  direction: z.enum(LINK_DIRECTIONS),
});
export type LinkSummary = z.infer<typeof LinkSummarySchema>;

export const ListLinksResponseSchema = z.object({ links: z.array(LinkSummarySchema) });
export type ListLinksResponse = z.infer<typeof ListLinksResponseSchema>;

export const ContributionSchema = z.object({
  side: z.enum(["cooperation", "tension"]),
  categoryWeight: z.number(),
  evidenceFactor: z.number(),
  decay: z.number(),
  value: z.number(),
});

/** An event of a link, with what it adds to the link's strength as of the link's `asOf`. */
export const LinkEventSchema = EventSchema.extend({ contribution: ContributionSchema });
export type LinkEvent = z.infer<typeof LinkEventSchema>;

/** How many of a link's events per page, by default and at most. */
export const LINK_EVENTS_PAGE = 50;
export const LINK_EVENTS_MAX_PAGE = 200;
/** How many of a link's weightiest events "why this strength" lists. */
export const LINK_STRONGEST_LIMIT = 20;

/** GET /api/links/{id}/events: the link's events in the range, newest first, a page at a time. */
export const ListLinkEventsRequestSchema = z
  .object({
    ...linkQueryFields,
    cursor: z.uuid("must be a cursor from a previous answer's nextCursor").optional().describe("`nextCursor` of the previous page."),
    limit: z.coerce
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(LINK_EVENTS_MAX_PAGE, `must be at most ${LINK_EVENTS_MAX_PAGE}`)
      .default(LINK_EVENTS_PAGE),
  })
  .strict()
  .refine(...fromNotAfterTo);
export type ListLinkEventsRequest = z.infer<typeof ListLinkEventsRequestSchema>;

export const ListLinkEventsResponseSchema = z.object({
  events: z.array(LinkEventSchema),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
});
export type ListLinkEventsResponse = z.infer<typeof ListLinkEventsResponseSchema>;

export const GetLinkResponseSchema = z.object({
  link: LinkSummarySchema.extend({
    /** The day the strength was measured on. */
    asOf: z.string(),
    events: z
      .array(LinkEventSchema)
      .describe(`The first page of the range's events, newest first (${LINK_EVENTS_PAGE} at most); eventCount counts them all.`),
    nextCursor: z.string().nullable().describe("Pass as `cursor` to GET /api/links/{id}/events, with the same filters, for the next page."),
    strongest: z
      .array(LinkEventSchema)
      .describe(`The range's events that add most to the strength, largest first (${LINK_STRONGEST_LIMIT} at most).`),
    activity: z
      .object({
        month: z.array(z.number().int()).describe("Months the events start in, as month indexes (year × 12 + month − 1), ascending."),
        events: z.array(z.number().int()).describe("Events starting that month."),
        yearOnly: z.array(z.number().int()).describe("Of those, events dated only to their year (shown at January)."),
      })
      .describe("The range's events per month."),
  }),
});
export type GetLinkResponse = z.infer<typeof GetLinkResponseSchema>;
export type LinkDetail = GetLinkResponse["link"];
