// GET /map.svg and /map.png: the dashboard's address (range, filters, open link or country) or the compare view's
// periods, plus the image's size. Strict like the API: an unknown or repeated parameter answers 400 naming it.
import { z } from "zod";
import { PeriodSchema } from "./analysis";
import { CountryCodeSchema, LinkIdSchema, MonthSchema } from "./common";
import { eventFilterFields } from "./filters";

/** Image sizes in px: the bounds every size parameter keeps to, and the share-preview default (Open Graph's 1.91:1). */
export const MAP_IMAGE_SIZE = { min: 200, max: 2400, width: 1200, height: 630 } as const;

const size = (fallback: number) =>
  z.coerce
    .number({ error: "must be a number of pixels" })
    .int("must be a whole number of pixels")
    .min(MAP_IMAGE_SIZE.min, `must be at least ${MAP_IMAGE_SIZE.min}`)
    .max(MAP_IMAGE_SIZE.max, `must be at most ${MAP_IMAGE_SIZE.max}`)
    .default(fallback);

export const MapImageQuerySchema = z
  .object({
    from: MonthSchema.optional().describe("The range's first month, YYYY-MM (as the dashboard's address)."),
    to: MonthSchema.optional().describe("The range's last month, YYYY-MM."),
    link: LinkIdSchema.optional().describe("Highlight this link and frame its arc."),
    country: CountryCodeSchema.optional().describe("Highlight this country's ties and frame them."),
    a: PeriodSchema.optional().describe("Compare: period A, e.g. 2019-01..2022-12 (with b)."),
    b: PeriodSchema.optional().describe("Compare: period B, e.g. 2023-01..2024-12 (with a)."),
    ...eventFilterFields,
    width: size(MAP_IMAGE_SIZE.width).describe(`Image width in px, ${MAP_IMAGE_SIZE.min}–${MAP_IMAGE_SIZE.max}.`),
    height: size(MAP_IMAGE_SIZE.height).describe(`Image height in px, ${MAP_IMAGE_SIZE.min}–${MAP_IMAGE_SIZE.max}.`),
    theme: z
      .enum(["dark", "light"], { error: "must be dark or light" })
      .default("dark")
      .describe("The dashboard's colours to draw in: dark (the default, as share previews show) or light."),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "must not be after `to`", path: ["from"] })
  .refine((q) => !(q.link && q.country), { message: "give `link` or `country`, not both", path: ["country"] })
  .refine((q) => !q.a === !q.b, { message: "a comparison needs both `a` and `b`", path: ["b"] })
  .refine((q) => !q.a || (!q.from && !q.to && !q.link && !q.country), { message: "a comparison takes periods `a` and `b`, not a range or a selection", path: ["a"] });
export type MapImageQuery = z.output<typeof MapImageQuerySchema>;
