// The seed's data files, checked with zod on load so a typo in a JSON file fails loudly, naming the row.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CategorySchema, EvidenceSchema, IsoDateSchema, ParticipantRoleSchema, PrecisionSchema } from "../../lib/schemas/common";

const dir = import.meta.dirname;

const CountrySeedSchema = z.object({
  id: z.string().regex(/^[A-Z]{2}$/),
  iso3: z.string().regex(/^[A-Z]{3}$/),
  numeric: z.string().regex(/^\d{3}$/).nullable(),
  name: z.string().min(1),
  capital: z.string().min(1),
  capitalSource: z.enum(["geonames", "naturalearth"]),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  region: z.string().min(1),
  subregion: z.string().min(1),
  context: z.string(),
});

const LinkSeedSchema = z.object({
  id: z.string().regex(/^[A-Z]{2}-[A-Z]{2}$/),
  title: z.string().min(1).max(200),
  summary: z.string(),
});

const EventSeedSchema = z.object({
  key: z.string().min(1),
  title: z.string().min(1).max(200),
  summary: z.string(),
  date: IsoDateSchema,
  precision: PrecisionSchema,
  category: CategorySchema,
  evidence: EvidenceSchema,
  cameoCode: z.string().regex(/^\d{2,4}$/).nullable(),
  score: z.number().min(-10).max(10),
  participants: z.array(z.string().regex(/^[A-Z]{2}$/)).min(2),
  /** Who did what to whom, where the article says it ("transfers of North Korean weaponry to Russia"). */
  roles: z.record(z.string().regex(/^[A-Z]{2}$/), ParticipantRoleSchema).optional(),
});

function load<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
  const rows = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as unknown[];
  return rows.map((row, i) => {
    const result = schema.safeParse(row);
    if (!result.success) throw new Error(`${file} row ${i + 1}: ${z.prettifyError(result.error)}`);
    return result.data;
  });
}

export const seedCountries = () => load("countries.json", CountrySeedSchema);
export const seedLinks = () => load("links.json", LinkSeedSchema);
export const seedEvents = () => load("events.json", EventSeedSchema);

/** Every seed event cites the one source document it was taken from (prisma/seed/article.txt). */
export const ARTICLE_SOURCE = {
  url: null,
  publisher: "Unattributed news report (publisher not given)",
  title:
    "North Korea dispatched a high-level economic delegation to Iran… (opening words; the headline is not given)",
  publishedOn: null,
} as const;
