// GET /api/countries and GET /api/countries/{iso2}.
import { z } from "zod";
import { EventSchema } from "./events";
import { LinkSummarySchema } from "./links";

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

export const GetCountryRequestSchema = z.object({
  iso2: z.string().regex(/^[A-Za-z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as KP"),
});

export const GetCountryResponseSchema = z.object({
  country: CountrySchema,
  /** The country's links, strongest first. */
  links: z.array(LinkSummarySchema),
  /** Its most recent events, newest first. */
  recentEvents: z.array(EventSchema),
});
export type GetCountryResponse = z.infer<typeof GetCountryResponseSchema>;
