// Building blocks shared by the request and response schemas: the domain's vocabularies as zod enums, dates,
// country codes and ids. Path parameters use these too, so a malformed id is refused naming the field.
import { z } from "zod";
import { parseIsoDate } from "@/lib/domain/date-precision";
import { parseLinkId, type ParsedLinkId } from "@/lib/domain/link-id";
import { isMonth } from "@/lib/domain/months";
import { DATE_PRECISIONS, EVENT_CATEGORIES, EVIDENCE_LEVELS, ORIGINS, PARTICIPANT_ROLES } from "@/lib/domain/vocabulary";

/** A closed vocabulary as a zod enum whose error names the allowed words: "must be one of day, month, year". */
function vocabulary<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.join(", ")}` });
}

export const EvidenceSchema = vocabulary(EVIDENCE_LEVELS);
export const CategorySchema = vocabulary(EVENT_CATEGORIES);
export const PrecisionSchema = vocabulary(DATE_PRECISIONS);
export const OriginSchema = vocabulary(ORIGINS);
export const ParticipantRoleSchema = vocabulary(PARTICIPANT_ROLES);

/** A calendar date written YYYY-MM-DD. */
export const IsoDateSchema = z
  .string()
  .refine((value) => parseIsoDate(value) !== null, { message: "must be a calendar date written YYYY-MM-DD" });

/** A month written YYYY-MM. */
export const MonthSchema = z.string().refine(isMonth, { message: "must be a month written YYYY-MM, e.g. 2024-04" });

/** An ISO 3166-1 alpha-2 code, any case in, upper case out: "kp" -> "KP". */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as KP")
  .transform((s) => s.toUpperCase());

const LINK_ID_MESSAGE = 'must be a link id: two different country codes joined by "-", e.g. IR-KP';

/** A link id, either way round and any case, as its canonical form: "kp-ir" -> "IR-KP". */
export const LinkIdSchema = z
  .string()
  .refine((v) => parseLinkId(v) !== null, { message: LINK_ID_MESSAGE })
  .transform((v) => parseLinkId(v)!.id);

/** A link id in a path: parsed, with `canonical` false when it must redirect to `id` (KP-IR -> IR-KP). */
export const LinkIdPathSchema = z
  .string()
  .refine((v) => parseLinkId(v) !== null, { message: LINK_ID_MESSAGE })
  .transform((v): ParsedLinkId => parseLinkId(v)!);

/** Events, API tokens and import jobs are identified by UUIDs (version 7). */
export const UuidSchema = z.uuid("must be a UUID");

/** Accounts are identified by Better Auth's ids: letters, digits, "_" and "-". */
export const UserIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a user id");
