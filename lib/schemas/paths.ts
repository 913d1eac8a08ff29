// The path parameters of the API's routes, parsed by the same route builders as their queries and bodies:
// a malformed id is refused with 400 naming the field, a well-formed one that names nothing is a 404.
import { z } from "zod";
import { CountryCodeSchema, LinkIdPathSchema, UserIdSchema, UuidSchema } from "./common";

/** /api/links/{id}: two alpha-2 codes joined by "-", either way round (a reversed id redirects). */
export const LinkPathSchema = z.object({
  id: LinkIdPathSchema.describe('Two alpha-2 codes sorted and joined by "-", e.g. IR-KP. A reversed id redirects (308).'),
});

/** /api/countries/{iso2} */
export const CountryPathSchema = z.object({ iso2: CountryCodeSchema.describe("ISO 3166-1 alpha-2 code, e.g. KP.") });

/** /api/events/{id} and /api/events/{id}/restore */
export const EventPathSchema = z.object({ id: UuidSchema.describe("The event's id (UUID).") });

/** /api/admin/users/{id} */
export const UserPathSchema = z.object({ id: UserIdSchema.describe("The user's id.") });

/** /api/admin/tokens/{id} */
export const TokenPathSchema = z.object({ id: UuidSchema.describe("The token's id (UUID).") });

/** /api/import/jobs/{id} */
export const ImportJobPathSchema = z.object({ id: UuidSchema.describe("The job id from POST /api/import/gdelt.") });

/**
 * A feed's file name, "<id>.atom", whose id part `id` parses: the feeds' paths name a file, and Next.js hands the
 * route the whole segment. A name without ".atom", or whose id `id` refuses, fails at this parameter.
 */
function atomFile<T extends z.ZodType<unknown, string>>(id: T) {
  return z
    .string()
    .regex(/\.atom$/, 'must be a file name ending in ".atom", e.g. IR-KP.atom')
    .transform((name) => name.slice(0, -".atom".length))
    .pipe(id);
}

/** /feeds/links/{id}.atom: the link id as /api/links/{id} takes it (a reversed id redirects). */
export const LinkFeedPathSchema = z.object({ id: atomFile(LinkIdPathSchema) });

/** /feeds/countries/{iso2}.atom */
export const CountryFeedPathSchema = z.object({ iso2: atomFile(CountryCodeSchema) });
