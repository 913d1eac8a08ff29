// GET /api/countries: every country with its capital's coordinates.
import { readRoute } from "@/lib/http/route";
import type { ListCountriesResponse } from "@/lib/schemas/countries";
import { listCountries } from "@/lib/server/list-countries";

export const GET = readRoute({
  handler: async () => Response.json({ countries: await listCountries() } satisfies ListCountriesResponse),
});
