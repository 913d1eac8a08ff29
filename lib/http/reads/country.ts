// GET /api/countries/{iso2} (and under /api/v/{snapshot}/): a country's profile, its links strongest first, and its
// recent events, for a range and filters (the same as GET /api/links takes).
import { cachedJson } from "@/lib/http/cached-json";
import { readRoute } from "@/lib/http/route";
import { GetCountryRequestSchema, type GetCountryResponse } from "@/lib/schemas/countries";
import { CountryPathSchema } from "@/lib/schemas/paths";
import { notFound } from "@/lib/server/errors";
import { getCountry } from "@/lib/server/get-country";

export const countryRead = readRoute({
  params: CountryPathSchema,
  query: GetCountryRequestSchema,
  handler: ({ params: { iso2 }, query, request }) =>
    cachedJson(request, async () => {
      const body: GetCountryResponse | null = await getCountry(iso2, query);
      if (!body) throw notFound(`No country with code ${iso2}.`);
      return { status: 200, body };
    }),
});
