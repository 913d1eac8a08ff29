// GET /api/links and GET /api/links/{id}: the filters they accept and what they answer.
import { z } from "zod";
import { CategorySchema, commaList, EvidenceSchema, IsoDateSchema, PrecisionSchema } from "./common";
import { EventSchema } from "./events";

export const LinkFiltersSchema = z
  .object({
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    category: commaList(CategorySchema).optional(),
    evidence: commaList(EvidenceSchema).optional(),
    /** Only curated events, or only machine-coded ones (GDELT imports). */
    origin: z.enum(["curated", "machine"]).optional(),
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
  strength: z.number(),
  tone: z.number().nullable(),
  nature: z.enum(["cooperation", "tension", "mixed", "none"]),
  evidence: EvidenceCountsSchema,
  allegedShare: z.number(),
});
export type LinkSummary = z.infer<typeof LinkSummarySchema>;

export const ListLinksResponseSchema = z.object({ links: z.array(LinkSummarySchema) });
export type ListLinksResponse = z.infer<typeof ListLinksResponseSchema>;

export const GetLinkResponseSchema = z.object({
  link: LinkSummarySchema.extend({ events: z.array(EventSchema) }),
});
export type GetLinkResponse = z.infer<typeof GetLinkResponseSchema>;

export { EvidenceSchema, CategorySchema };
