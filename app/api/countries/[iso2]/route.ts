// GET /api/countries/{iso2}: a country's profile, its links strongest first, and its recent events, for a range
// and filters (the same as GET /api/links takes).
// PATCH (admins): the curated context text, quoting the `version` loaded.
import { cachedJson } from "@/lib/http/cached-json";
import { mutationRoute } from "@/lib/http/mutation-route";
import { readRoute } from "@/lib/http/route";
import { UpdateCountryRequestSchema } from "@/lib/schemas/admin";
import { GetCountryRequestSchema, type GetCountryResponse } from "@/lib/schemas/countries";
import { CountryPathSchema } from "@/lib/schemas/paths";
import { notFound } from "@/lib/server/errors";
import { getCountry } from "@/lib/server/get-country";
import { updateCountry } from "@/lib/server/update-country";

export const GET = readRoute({
  params: CountryPathSchema,
  query: GetCountryRequestSchema,
  handler: ({ params: { iso2 }, query, request }) =>
    cachedJson(request, async () => {
      const body: GetCountryResponse | null = await getCountry(iso2, query);
      if (!body) throw notFound(`No country with code ${iso2}.`);
      return { status: 200, body };
    }),
});

export const PATCH = mutationRoute({
  role: "admin",
  params: CountryPathSchema,
  schema: UpdateCountryRequestSchema,
  handler: async ({ actor, input, params }) => Response.json({ country: await updateCountry(actor, params.iso2, input) }),
});
