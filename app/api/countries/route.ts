// GET /api/countries: every country with its capital's coordinates.
import { handleErrors } from "@/lib/http/route";
import type { ListCountriesResponse } from "@/lib/schemas/countries";
import { listCountries } from "@/lib/server/list-countries";

export const GET = handleErrors(async () => {
  const body: ListCountriesResponse = { countries: await listCountries() };
  return Response.json(body);
});
