// GET /api/countries/{iso2}: a country's profile, its links strongest first, and its recent events.
import { handleErrors } from "@/lib/http/route";
import { invalidRequest, notFound } from "@/lib/http/responses";
import { GetCountryRequestSchema, type GetCountryResponse } from "@/lib/schemas/countries";
import { getCountry } from "@/lib/server/get-country";

export const GET = handleErrors(async (_request: Request, context: { params: Promise<{ iso2: string }> }) => {
  const parsed = GetCountryRequestSchema.safeParse(await context.params);
  if (!parsed.success) return invalidRequest(parsed.error);
  const iso2 = parsed.data.iso2.toUpperCase();
  const body: GetCountryResponse | null = await getCountry(iso2);
  if (!body) return notFound(`No country with code ${iso2}.`);
  return Response.json(body);
});
