// Exports: the filters they take (GET /api/links's, plus one link or one country) and the shapes they
// produce. The events export's row is also what the own-format import reads back (lib/import/events-file.ts).
import { z } from "zod";
import { CategorySchema, CountryCodeSchema, EvidenceSchema, LinkIdSchema, OriginSchema, ParticipantRoleSchema, PrecisionSchema } from "./common";
import { linkFilterFields } from "./filters";
import { fromNotAfterTo, LinkSummarySchema, linkQueryFields } from "./links";

export const ExportFiltersSchema = z
  .object({
    ...linkQueryFields,
    link: LinkIdSchema.optional().describe("Only events between these two countries / only this link, e.g. IR-KP."),
    country: CountryCodeSchema.optional().describe("Only events this country takes part in / only its links."),
  })
  .strict()
  .refine(...fromNotAfterTo);
export type ExportFilters = z.infer<typeof ExportFiltersSchema>;

/** The links exports also take the links' `direction` filter (the events exports answer events, which it does not describe). */
export const LinksExportFiltersSchema = z
  .object({
    ...linkQueryFields,
    ...linkFilterFields,
    link: LinkIdSchema.optional().describe("Only this link, e.g. IR-KP."),
    country: CountryCodeSchema.optional().describe("Only this country's links."),
  })
  .strict()
  .refine(...fromNotAfterTo);
export type LinksExportFilters = z.infer<typeof LinksExportFiltersSchema>;

export const ExportSourceSchema = z.object({
  url: z.string().nullable(),
  publisher: z.string(),
  title: z.string(),
  publishedOn: z.string().nullable(),
});

/** One event in an export; importing it back (POST /api/import/events) recreates it. */
export const EventExportRowSchema = z.object({
  id: z.string().describe("Kept on import; a row whose id is already in the atlas is left as it is."),
  title: z.string(),
  summary: z.string(),
  date: z.string().describe("First day of the period the date is known to (YYYY-MM-DD)."),
  dateEnd: z.string().describe("Last day of that period; informative, ignored on import."),
  precision: PrecisionSchema,
  countries: z.array(z.string()).describe("Alpha-2 codes, sorted. CSV: joined by \";\" (\"KP;RU\")."),
  roles: z
    .record(z.string(), ParticipantRoleSchema)
    .describe("Who did what to whom, by country; empty when undirected. CSV: \"IR:supplier;RU:recipient\". Optional on import (older exports have none)."),
  category: CategorySchema,
  evidence: EvidenceSchema,
  score: z.number(),
  cameoCode: z.string().nullable(),
  origin: OriginSchema,
  externalId: z.string().nullable().describe("e.g. gdelt:881990888 for a GDELT event; kept on import."),
  tivMillions: z.number().nullable().describe("SIPRI trend-indicator value of an arms transfer, millions of TIV; kept on import."),
  sources: z.array(ExportSourceSchema).describe("CSV: one column holding the JSON array."),
});
export type EventExportRow = z.infer<typeof EventExportRowSchema>;

export const EventsExportSchema = z.object({
  exportedAt: z.string(),
  filters: z.record(z.string(), z.unknown()),
  events: z.array(EventExportRowSchema),
  count: z.number().int(),
  attribution: z.string(),
});

export const LinksExportSchema = z.object({
  exportedAt: z.string(),
  filters: z.record(z.string(), z.unknown()),
  links: z.array(LinkSummarySchema),
  attribution: z.string(),
});

/** An RFC 7946 position (§3.1.1): [longitude, latitude] in degrees (WGS 84), the longitude within [-180, 180] (§4). */
const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
/** A line of two or more positions (§3.1.4). */
const LinePositions = z.array(Position).min(2);

/**
 * The links as GeoJSON (RFC 7946): each link the great-circle arc between its capitals, a LineString, or a
 * MultiLineString cut at the antimeridian when it crosses it (§3.1.9), its parts ending and starting on ±180.
 */
export const LinksGeoJsonSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(
    z.object({
      type: z.literal("Feature"),
      id: z.string(),
      geometry: z.discriminatedUnion("type", [
        z.object({ type: z.literal("LineString"), coordinates: LinePositions }),
        z.object({ type: z.literal("MultiLineString"), coordinates: z.array(LinePositions).min(2) }),
      ]),
      properties: LinkSummarySchema.omit({ countries: true, countryNames: true, evidence: true, evidenceStrength: true, flow: true }).extend({
        flowAToB: z.number().int(),
        flowBToA: z.number().int(),
        countryA: z.string(),
        countryB: z.string(),
        countryNameA: z.string(),
        countryNameB: z.string(),
        capitalA: z.string(),
        capitalB: z.string(),
        evidenceConfirmed: z.number().int(),
        evidenceReported: z.number().int(),
        evidenceAlleged: z.number().int(),
        evidenceDenied: z.number().int(),
      }),
    }),
  ),
});

export const EVENT_CSV_COLUMNS = [
  "id", "date", "dateEnd", "precision", "title", "summary", "countries", "roles", "category", "evidence", "score",
  "cameoCode", "origin", "externalId", "tivMillions", "sources",
] as const;

export const LINK_CSV_COLUMNS = [
  "id", "countryA", "countryB", "countryNameA", "countryNameB", "title", "summary", "eventCount", "firstEventOn",
  "lastEventOn", "lastEventPrecision", "strength", "cooperation", "tension", "tone", "nature", "evidenceConfirmed", "evidenceReported",
  "evidenceAlleged", "evidenceDenied", "allegedShare", "flowAToB", "flowBToA", "direction",
] as const;
