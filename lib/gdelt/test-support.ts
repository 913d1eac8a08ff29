// Builders for GDELT rows in unit tests and the benchmark: a valid row with chosen columns changed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { COL } from "./columns";
import { quadClassOfRoot } from "./map-row";
import type { AtlasCountry } from "./countries";

/** The atlas's countries as the seed ships them (id, iso3, name). */
export function seedCountries(root = process.cwd()): AtlasCountry[] {
  const rows = JSON.parse(readFileSync(path.join(root, "prisma", "seed", "countries.json"), "utf8")) as AtlasCountry[];
  return rows.map(({ id, iso3, name }) => ({ id, iso3, name }));
}

export interface RowFields {
  id?: string;
  date?: string;
  actor1?: string;
  actor1Name?: string;
  actor2?: string;
  actor2Name?: string;
  eventCode?: string;
  baseCode?: string;
  rootCode?: string;
  quadClass?: string;
  goldstein?: string;
  dateAdded?: string;
  sourceUrl?: string;
}

/** A GDELT row with 61 (2.0), 58 (1.0 daily) or 57 (1.0 historical) columns. */
export function gdeltRow(fields: RowFields = {}, columns: 61 | 58 | 57 = 61): string {
  const f = new Array<string>(columns).fill("");
  f[COL.GLOBALEVENTID] = fields.id ?? "881990900";
  f[COL.SQLDATE] = fields.date ?? "20191024";
  f[2] = (fields.date ?? "20191024").slice(0, 6);
  f[3] = (fields.date ?? "20191024").slice(0, 4);
  f[4] = "2019.8055";
  f[5] = fields.actor1 ?? "RUS";
  f[COL.Actor1Name] = fields.actor1Name ?? "RUSSIA";
  f[COL.Actor1CountryCode] = fields.actor1 ?? "RUS";
  f[15] = fields.actor2 ?? "PRK";
  f[COL.Actor2Name] = fields.actor2Name ?? "NORTH KOREA";
  f[COL.Actor2CountryCode] = fields.actor2 ?? "PRK";
  const code = fields.eventCode ?? "042";
  f[COL.IsRootEvent] = "1";
  f[COL.EventCode] = code;
  f[COL.EventBaseCode] = fields.baseCode ?? code.slice(0, 3);
  f[COL.EventRootCode] = fields.rootCode ?? code.slice(0, 2);
  f[COL.QuadClass] = fields.quadClass ?? quadClassOfRoot(code.slice(0, 2)) ?? "1";
  f[COL.GoldsteinScale] = fields.goldstein ?? "1.9";
  f[COL.NumMentions] = "4";
  f[COL.NumSources] = "1";
  f[COL.NumArticles] = "4";
  f[COL.AvgTone] = "-1.23";
  const dateAddedAt = columns === 61 ? 59 : 56;
  f[dateAddedAt] = fields.dateAdded ?? (columns === 61 ? "20191024143000" : "20191024");
  if (columns !== 57) f[columns - 1] = fields.sourceUrl ?? "https://www.example.com/news/2019/visit.html";
  return f.join("\t");
}
