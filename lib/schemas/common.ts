// Building blocks shared by the request and response schemas.
import { z } from "zod";
import { DATE_PRECISIONS, parseIsoDate } from "@/lib/domain/date-precision";
import { EVIDENCE_LEVELS } from "@/lib/domain/strength";

export const EVENT_CATEGORIES = [
  "diplomatic_visit",
  "summit",
  "economic_cooperation",
  "military_cooperation",
  "arms_transfer",
  "military_exercise",
  "sanctions",
  "statement",
  "other",
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const EvidenceSchema = z.enum(EVIDENCE_LEVELS);
export const CategorySchema = z.enum(EVENT_CATEGORIES);
export const PrecisionSchema = z.enum(DATE_PRECISIONS);

/** A calendar date written YYYY-MM-DD. */
export const IsoDateSchema = z
  .string()
  .refine((value) => parseIsoDate(value) !== null, { message: "must be a calendar date written YYYY-MM-DD" });

export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as KP")
  .transform((s) => s.toUpperCase());

/** "a,b,c" in a query string becomes ["a","b","c"], each checked against `item`. */
export function commaList<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").map((part) => part.trim()).filter(Boolean) : value),
    z.array(item).min(1, "must name at least one value"),
  );
}
