// GET /api/links and GET /api/links/{id}: the filters they accept and what they answer.
import { z } from "zod";
import { CategorySchema, commaList, CountryCodeSchema, EvidenceSchema, IsoDateSchema, PrecisionSchema } from "./common";
import { EventSchema } from "./events";

export const LinkFiltersSchema = z
  .object({
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    category: commaList(CategorySchema).optional(),
    evidence: commaList(EvidenceSchema).optional(),
    /** Only events at least this sure: confirmed > reported > alleged > denied. */
    minEvidence: EvidenceSchema.optional(),
    /** Only links touching one of these countries (and only their events). */
    countries: commaList(CountryCodeSchema).optional(),
    /** Only curated events, or only machine-coded ones (GDELT imports). */
    origin: z.enum(["curated", "machine"]).optional(),
    /** The day strength is measured on (events decay with age); defaults to `to`, else today. */
    asOf: IsoDateSchema.optional(),
    /** Months in which an event's weight halves; default 24. 0 turns decay off. */
    halfLife: z.coerce.number().min(0, "must be 0 or more").max(1200, "must be at most 1200").optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "must not be after `to`", path: ["from"] });
export type LinkFilters = z.infer<typeof LinkFiltersSchema>;

export const ListLinksRequestSchema = LinkFiltersSchema;
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

export const GetLinkResponseSchema = z.object({
  link: LinkSummarySchema.extend({
    /** The day the strength was measured on. */
    asOf: z.string(),
    events: z
      .array(EventSchema.extend({ contribution: ContributionSchema }))
      .describe("The newest 500 events at most; eventCount counts them all, and GET /api/events?link= pages through every one."),
  }),
});
export type GetLinkResponse = z.infer<typeof GetLinkResponseSchema>;

export { EvidenceSchema, CategorySchema };
