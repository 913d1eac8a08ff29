// GET /api/countries and GET /api/countries/{iso2}.
import { z } from "zod";
import { EventSchema } from "./events";
import { LinkFiltersSchema, LinkSummarySchema } from "./links";

export const CountrySchema = z.object({
  id: z.string(),
  iso3: z.string(),
  numeric: z.string().nullable(),
  name: z.string(),
  flag: z.string(),
  capital: z.string(),
  capitalLat: z.number(),
  capitalLon: z.number(),
  region: z.string(),
  subregion: z.string(),
  context: z.string(),
});
export type CountryDto = z.infer<typeof CountrySchema>;

export const ListCountriesResponseSchema = z.object({ countries: z.array(CountrySchema) });
export type ListCountriesResponse = z.infer<typeof ListCountriesResponseSchema>;

/** GET /api/countries/{iso2} takes GET /api/links's range and filters; its links and recent events follow them. */
export const GetCountryRequestSchema = LinkFiltersSchema;

export const GetCountryResponseSchema = z.object({
  country: CountrySchema,
  /** The country's links, strongest first. */
  links: z.array(LinkSummarySchema),
  /** Its most recent events in the range and filters, newest first (at most 20). */
  recentEvents: z.array(EventSchema),
});
export type GetCountryResponse = z.infer<typeof GetCountryResponseSchema>;
