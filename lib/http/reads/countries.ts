// GET /api/countries (and /api/v/{snapshot}/countries): every country with its capital's coordinates. Cached per
// data version like the other public reads, so its versioned URL is answered only from one exact snapshot.
import { cachedJson } from "@/lib/http/cached-json";
import { readRoute } from "@/lib/http/route";
import type { ListCountriesResponse } from "@/lib/schemas/countries";
import { listCountries } from "@/lib/server/list-countries";

export const countriesRead = readRoute({
  handler: ({ request }) =>
    cachedJson(request, async () => ({ status: 200, body: { countries: await listCountries() } satisfies ListCountriesResponse })),
});
