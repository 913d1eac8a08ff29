// npm run bench:import [-- --rows 1000000]: generates a GDELT 2.0 export of ROWS rows (shaped like the real
// file in tests/fixtures: mostly between atlas countries, some regions, territories, same-country and
// blank actors, some repeated ids), imports it into a fresh database (on DATABASE_URL's server, dropped
// afterwards; else an embedded one), then loads the same file with plain COPY into a bare 61-column table.
// Prints rows/s, peak memory (RSS sampled every 20 ms) and the ratio to COPY, beside the targets.
import { spawnSync } from "node:child_process";
import { createWriteStream, readFileSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import { createReadStream } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { parseLookup } from "../lib/gdelt/cameo";
import { CAMEO_REGION_CODES } from "../lib/gdelt/countries";
import { importGdeltFiles } from "../lib/import/gdelt-import";
import { createTestDatabase } from "../tests/support/test-database";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "1000000" },
    keep: { type: "boolean", default: false },
    // internal: the import phase, run in a child process so its memory is measured alone
    "import-only": { type: "string" },
    url: { type: "string" },
  },
});
const ROWS = Number(values.rows);

if (values["import-only"]) {
  const memory = sampleMemory();
  const started = performance.now();
  const report = await importGdeltFiles({ connectionString: values.url!, files: [{ path: values["import-only"] }], actorId: null });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(JSON.stringify({ seconds, peak: memory.stop(), report }));
  process.exit(0);
}

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function generate(file: string, rows: number): Promise<void> {
  const random = mulberry32(20191024);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const templates = readFileSync("tests/fixtures/gdelt/gdelt2-20191024143000.export.tsv", "utf8").split("\n").filter(Boolean).map((l) => l.split("\t"));
  const countries = JSON.parse(readFileSync("prisma/seed/countries.json", "utf8")) as { iso3: string }[];
  // A few countries dominate the news, as in GDELT: half the actors come from the first 20.
  const busy = ["USA", "CHN", "RUS", "GBR", "IRN", "PRK", "KOR", "JPN", "IND", "ISR", "SYR", "UKR", "TUR", "DEU", "FRA", "PAK", "SAU", "AFG", "IRQ", "CAN"];
  const all = countries.map((c) => c.iso3);
  const country = () => (random() < 0.5 ? pick(busy) : pick(all));
  const regions = [...CAMEO_REGION_CODES];
  const goldstein = parseLookup(readFileSync("lib/gdelt/data/CAMEO.goldsteinscale.txt", "utf8"));
  const codes = [...goldstein.keys()].filter((c) => c.length >= 3);
  const quad = (code: string) => { const root = Number(code.slice(0, 2)); return root <= 5 ? "1" : root <= 8 ? "2" : root <= 14 ? "3" : "4"; };
  const hosts = ["reuters.com", "apnews.com", "theguardian.com", "nknews.org", "tass.com", "scmp.com", "aljazeera.com", "koreaherald.com"];

  const out = createWriteStream(file);
  let buffer = "";
  for (let i = 0; i < rows; i++) {
    const f = [...templates[i % templates.length]!];
    // About 1 row in 50 repeats an earlier id (GDELT counts reports, and files overlap).
    const id = i > 1000 && random() < 0.02 ? 900_000_000 + i - 1 - Math.floor(random() * 1000) : 900_000_000 + i;
    const r = random();
    let a1: string, a2: string;
    if (r < 0.8) { a1 = country(); do a2 = country(); while (a2 === a1); }
    else if (r < 0.86) { a1 = country(); a2 = pick(regions); }
    else if (r < 0.89) { a1 = country(); a2 = random() < 0.7 ? "HKG" : "XYZ"; }
    else if (r < 0.93) { a1 = a2 = country(); }
    else { a1 = country(); a2 = ""; }
    const code = pick(codes);
    const year = 2015 + Math.floor(random() * 10);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
    const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
    f[0] = String(id);
    f[1] = `${year}${month}${day}`;
    f[2] = `${year}${month}`;
    f[3] = String(year);
    f[5] = a1; f[7] = a1;
    f[15] = a2; f[17] = a2;
    f[26] = code; f[27] = code.slice(0, 3); f[28] = code.slice(0, 2);
    f[29] = quad(code);
    f[30] = goldstein.get(code) ?? "0.0";
    f[60] = `https://www.${pick(hosts)}/news/${year}/${month}/${day}/story-${id}`;
    buffer += `${f.join("\t")}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((r) => out.once("drain", () => r()));
      buffer = "";
    }
  }
  out.end(buffer);
  await new Promise<void>((r) => out.once("finish", () => r()));
}

function sampleMemory() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return { stop: () => (clearInterval(timer), Math.max(peak, process.memoryUsage().rss)) };
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const n = (v: number) => Math.round(v).toLocaleString("en");

const file = path.join(os.tmpdir(), `axis-bench-gdelt-${ROWS}.export.CSV`);
console.log(`Generating ${n(ROWS)} GDELT 2.0 rows -> ${file}`);
await generate(file, ROWS);
console.log(`  ${mb(statSync(file).size)} on disk`);

const database = await createTestDatabase();
console.log(`Fresh database: ${database.url.replace(/\/\/[^@]*@/, "//")}`);
try {
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, "--import-only", file, "--url", database.url], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (child.status !== 0) throw new Error(`the import failed (exit ${child.status})`);
  const { seconds: importSeconds, peak, report } = JSON.parse(child.stdout) as {
    seconds: number;
    peak: number;
    report: Awaited<ReturnType<typeof importGdeltFiles>>;
  };

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const columns = Array.from({ length: 61 }, (_, i) => `c${i} text`).join(", ");
  await client.query(`CREATE TABLE bench_copy (${columns})`);
  const copyStarted = performance.now();
  await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), client.query(copyFrom("COPY bench_copy FROM STDIN WITH (FORMAT text)")));
  const copySeconds = (performance.now() - copyStarted) / 1000;
  const copied = (await client.query<{ count: string }>("SELECT count(*) FROM bench_copy")).rows[0]!.count;
  const events = (await client.query<{ count: string }>("SELECT count(*) FROM events WHERE origin = 'machine'")).rows[0]!.count;
  await client.end();

  const rate = ROWS / importSeconds;
  const copyRate = ROWS / copySeconds;
  const skipped = Object.entries(report.skipped).filter(([, v]) => v).map(([k, v]) => `${k} ${n(v)}`).join(", ");
  console.log(`
Import   ${n(ROWS)} rows in ${importSeconds.toFixed(1)} s = ${n(rate)} rows/s   (target >= 50,000)     ${rate >= 50_000 ? "PASS" : "FAIL"}
         ${n(report.imported)} events imported (${events} in the table), ${n(report.linksCreated)} links created
         skipped: ${skipped}
Memory   peak RSS of the importing process ${mb(peak)}   (target < 300 MB)     ${peak < 300 * 1024 * 1024 ? "PASS" : "FAIL"}
COPY     ${n(Number(copied))} rows into a bare 61-column table in ${copySeconds.toFixed(1)} s = ${n(copyRate)} rows/s
Ratio    import / COPY = ${(rate / copyRate).toFixed(2)}   (target >= 0.50)     ${rate / copyRate >= 0.5 ? "PASS" : "FAIL"}
Machine  ${os.cpus().length} CPUs, ${mb(os.totalmem())} RAM, Node ${process.version}`);
} finally {
  await database.drop();
  if (!values.keep) await rm(file, { force: true });
}
