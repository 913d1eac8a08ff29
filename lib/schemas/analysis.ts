// GET /api/timeline, GET /api/events (search) and GET /api/compare: what they accept and answer.
import { z } from "zod";
import { parsePeriod } from "@/lib/domain/month-range";
import { CountryCodeSchema, IsoDateSchema, LinkIdSchema } from "./common";
import { EventSchema } from "./events";
import { eventFilterFields } from "./filters";
import { fromNotAfterTo, LinkEventSchema } from "./links";

/** The timeline takes the event filters without a date range: it applies ranges in the browser. */
export const TimelineRequestSchema = z
  .object({
    ...eventFilterFields,
    format: z
      .enum(["json", "binary", "outline"])
      .optional()
      .describe(
        'json (the default): the object below. binary: the same data as application/vnd.axis-atlas.timeline, a compact columnar form a seventh of the JSON\'s size (lib/domain/timeline-binary.ts says how to read it), which the dashboard uses. outline: only the range and the countries in a link (TimelineOutline), for views that need the span but not the cells.',
      ),
  })
  .strict();
export type TimelineRequest = z.infer<typeof TimelineRequestSchema>;

export const TimelineResponseSchema = z.object({
  links: z.array(
    z.object({
      id: z.string(),
      countries: z.tuple([z.string(), z.string()]),
      countryNames: z.tuple([z.string(), z.string()]),
      title: z.string(),
      summary: z.string(),
    }),
  ),
  /** Each link's events added up per month and evidence level: see lib/domain/timeline-cells.ts. */
  cells: z
    .object({
      start: z.array(z.number().int()).describe("Per link (in the order of links), the index of its first cell."),
      month: z.array(z.number().int()).describe("Month the events start in, as months since year 0 (year × 12 + month − 1)."),
      span: z.array(z.number().int()).describe("Months to the month they end in (0 unless dated only to a year)."),
      evidence: z.array(z.number().int()).describe("Index into [confirmed, reported, alleged, denied]."),
      events: z.array(z.number().int()),
      cooperation: z.array(z.number()).describe("Σ category weight of the events scored zero or above."),
      tension: z.array(z.number()).describe("Σ category weight of the events scored below zero."),
      score: z.array(z.number()).describe("Σ category weight × Goldstein score."),
      firstDay: z.array(z.number().int()),
      lastDay: z.array(z.number().int()),
      lastPrecision: z.array(z.number().int()).describe("Index into [day, month, year]."),
      aToB: z.array(z.number().int()).describe("Events flowing from the link's first country to its second (by participants' roles)."),
      bToA: z.array(z.number().int()).describe("Events flowing from the link's second country to its first."),
    })
    .describe("Column-wise, one entry per cell (except start), sorted by link then month."),
  /** How many events (each counted once, however many links it feeds) start and end in which months. */
  months: z.object({ month: z.array(z.number().int()), span: z.array(z.number().int()), events: z.array(z.number().int()) }),
  /** The earliest and latest event dates, for the timeline's bounds. */
  range: z.object({ first: z.string().nullable(), last: z.string().nullable() }),
});
export type TimelineResponse = z.infer<typeof TimelineResponseSchema>;

/** GET /api/timeline?format=outline: the timeline's range and the countries that take part in a link, without its cells. */
export const TimelineOutlineSchema = z.object({
  range: TimelineResponseSchema.shape.range,
  countries: z.array(z.string()).describe("Alpha-2 ids of the countries in at least one link the filters' countries allow, sorted."),
});
export type TimelineOutline = z.infer<typeof TimelineOutlineSchema>;

export const SearchEventsRequestSchema = z
  .object({
    q: z.string().trim().max(200, "must be at most 200 characters").optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    link: LinkIdSchema.optional(),
    country: CountryCodeSchema.optional(),
    cursor: z.string().regex(/^\d{1,7}$/, "must be a cursor from a previous answer's nextCursor").optional(),
    limit: z.coerce.number().int("must be a whole number").min(1, "must be at least 1").max(100, "must be at most 100").default(20),
  })
  .strict()
  .refine(...fromNotAfterTo);
export type SearchEventsRequest = z.infer<typeof SearchEventsRequestSchema>;

export const SearchEventsResponseSchema = z.object({
  events: z.array(EventSchema.extend({ links: z.array(z.string()).describe("Links this event counts toward.") })),
  nextCursor: z.string().nullable(),
});
export type SearchEventsResponse = z.infer<typeof SearchEventsResponseSchema>;

/** A period of whole months, "2019-01..2022-12", as { from: "2019-01", to: "2022-12" }. */
export const PeriodSchema = z
  .string({ error: "is required, e.g. 2019-01..2022-12" })
  .refine((v) => parsePeriod(v) !== null, { message: "must be two months joined by '..', the first not after the second, e.g. 2019-01..2022-12" })
  .transform((v) => parsePeriod(v)!);

const compareFields = { a: PeriodSchema.describe("Period A, e.g. 2019-01..2022-12."), b: PeriodSchema.describe("Period B, e.g. 2023-01..2024-12."), ...eventFilterFields };

export const CompareRequestSchema = z.object(compareFields).strict();
export type CompareRequest = z.infer<typeof CompareRequestSchema>;

/** The /compare page's address: the API's query, with the periods optional (the page picks defaults from the data). */
export const ComparePageQuerySchema = z.object({ ...compareFields, a: compareFields.a.optional(), b: compareFields.b.optional() });
export type ComparePageQuery = z.infer<typeof ComparePageQuerySchema>;

const FiguresSchema = z.object({ strength: z.number(), cooperation: z.number(), tension: z.number(), eventCount: z.number().int() });
const RankedEventSchema = LinkEventSchema;

export const CompareResponseSchema = z.object({
  a: z.object({ from: z.string(), to: z.string() }).describe("Period A's first and last day, YYYY-MM-DD."),
  b: z.object({ from: z.string(), to: z.string() }).describe("Period B's first and last day, YYYY-MM-DD."),
  /** How many links changed; `links` holds the largest 200 of them. */
  totalChanged: z.number().int(),
  links: z.array(
    z.object({
      id: z.string(),
      countries: z.tuple([z.string(), z.string()]),
      countryNames: z.tuple([z.string(), z.string()]),
      title: z.string(),
      change: z.enum(["appeared", "strengthened", "weakened", "went_quiet", "steady"]),
      a: FiguresSchema,
      b: FiguresSchema,
      delta: z.number(),
      /** Each period's events that weigh most, largest contribution first (at most 10). */
      eventsA: z.array(RankedEventSchema),
      eventsB: z.array(RankedEventSchema),
    }),
  ),
});
export type CompareResponse = z.infer<typeof CompareResponseSchema>;
