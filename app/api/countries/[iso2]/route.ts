// GET /api/countries/{iso2}: a country's profile, its links strongest first, and its recent events.
// PATCH (admins): the curated context text, quoting the `version` loaded.
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { mutationRoute } from "@/lib/http/mutation-route";
import { cachedJson } from "@/lib/http/cached-json";
import { handleErrors } from "@/lib/http/route";
import { UpdateCountryRequestSchema } from "@/lib/schemas/admin";
import { updateCountry } from "@/lib/server/update-country";
import { invalidRequest, notFoundBody } from "@/lib/http/responses";
import { GetCountryRequestSchema, type GetCountryResponse } from "@/lib/schemas/countries";
import { getCountry } from "@/lib/server/get-country";

export const GET = handleErrors(async (request: Request, context: { params: Promise<{ iso2: string }> }) => {
  const parsed = GetCountryRequestSchema.safeParse(await context.params);
  if (!parsed.success) return invalidRequest(parsed.error);
  const iso2 = parsed.data.iso2.toUpperCase();
  return cachedJson(request, async () => {
    const body: GetCountryResponse | null = await getCountry(iso2);
    if (!body) return { status: 404, body: notFoundBody(`No country with code ${iso2}.`) };
    return { status: 200, body };
  });
});

export const PATCH = mutationRoute({
  role: "admin",
  schema: UpdateCountryRequestSchema,
  handler: async ({ actor, input, params }: { actor: Actor; input: z.infer<typeof UpdateCountryRequestSchema>; params: { iso2: string } }) =>
    Response.json({ country: await updateCountry(actor, params.iso2.toUpperCase(), input) }),
});
