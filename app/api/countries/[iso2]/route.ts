// GET /api/countries/{iso2}: a country's profile, its links strongest first, and its recent events, for a range
// and filters (the same as GET /api/links takes).
// PATCH (admins): the curated context text, quoting the `version` loaded.
import { mutationRoute } from "@/lib/http/mutation-route";
import { countryRead } from "@/lib/http/reads/country";
import { UpdateCountryRequestSchema } from "@/lib/schemas/admin";
import { CountryPathSchema } from "@/lib/schemas/paths";
import { updateCountry } from "@/lib/server/update-country";

// The handler lives in lib/http/reads so the versioned route (/api/v/{snapshot}/...) serves the same one.
export const GET = countryRead;

export const PATCH = mutationRoute({
  role: "admin",
  params: CountryPathSchema,
  schema: UpdateCountryRequestSchema,
  handler: async ({ actor, input, params }) => Response.json({ country: await updateCountry(actor, params.iso2, input) }),
});
