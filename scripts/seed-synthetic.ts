// npm run seed:synthetic [-- --events 1000000 --links 5000 --seed axis-atlas --until YYYY-MM-DD --reset
//   --database-url URL]: fills a SEPARATE database with synthetic data for load tests and benchmarks: every
// country of the demo seed, LINKS links with a heavy-tailed spread of EVENTS events from 1990 to today,
// each marked synthetic in the data itself (lib/synthetic). The same options give the same rows.
//
// Target: --database-url, else SYNTHETIC_DATABASE_URL, else a database named axis_synthetic on the server of
// DATABASE_URL (postgresql://root@127.0.0.1:5432 when unset), created when missing. It refuses the embedded
// PGlite database, DATABASE_URL's own database and any database holding events that are not synthetic;
// --reset drops and recreates a synthetic one.
//
// How it is fast: one transaction, triggers off (session_replication_role = replica), secondary indexes
// dropped and rebuilt after the load, and COPY for every table. The generator runs once per table and
// streams COPY text as Postgres asks for it, so memory stays flat. Because triggers are off, what they
// would have kept current is computed in set-based steps instead: events' search vectors (the trigger's
// own expression, written once as the events go in, then checked on a sample against the trigger's
// function) and the per-link monthly statistics (rebuild_link_month_stats()). Already loaded with the
// same options: nothing to do (exit 0), so benchmarks can call it first.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { todayIso } from "../lib/domain/months";
import { seedCountries } from "../prisma/seed/seed-data";
import { loadCategoryCodes } from "../lib/synthetic/cameo-codes";
import {
  COPY_COLUMNS,
  COUNTRY_COLUMNS,
  LINK_COLUMNS,
  copyChunks,
  countryCopyText,
  linkCopyText,
  type ChunkCounter,
  type SyntheticTable,
} from "../lib/synthetic/copy-rows";
import {
  createSyntheticDataset,
  DEFAULT_SYNTHETIC_SEED,
  SYNTHETIC_GENERATOR_VERSION,
  SyntheticTally,
  type SyntheticParameters,
} from "../lib/synthetic/dataset";
import { SYNTHETIC_EXTERNAL_ID_PREFIX, SYNTHETIC_START_DATE, type SyntheticEvent } from "../lib/synthetic/events";
import { describeDatabaseUrl } from "./db/describe-url";
import { applyMigrations } from "./db/migrations";

const USAGE = `Usage: npm run seed:synthetic -- [--events N] [--links N] [--seed TEXT] [--until YYYY-MM-DD]
                               [--database-url URL] [--reset]
  --events        events to generate (default 1000000)
  --links         links (pairs of countries) to create (default 5000)
  --seed          random seed; the same seed, counts and --until give the same data (default "${DEFAULT_SYNTHETIC_SEED}")
  --until         last event date (default today, UTC)
  --database-url  target database (else SYNTHETIC_DATABASE_URL, else axis_synthetic on DATABASE_URL's server)
  --reset         drop and recreate the target first (only a synthetic or empty one)`;

/** The database comment that marks a database as filled by this script, with what it was filled with. */
const MARKER_PREFIX = "Axis Atlas synthetic data: ";
const DEFAULT_SERVER = "postgresql://root@127.0.0.1:5432/postgres";
const DEFAULT_DATABASE = "axis_synthetic";
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

class Refusal extends Error {}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function parseOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        events: { type: "string", default: "1000000" },
        links: { type: "string", default: "5000" },
        seed: { type: "string", default: DEFAULT_SYNTHETIC_SEED },
        until: { type: "string" },
        "database-url": { type: "string" },
        reset: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (parsed.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const count = (name: "events" | "links", value: string) => {
    const n = Number(value.replace(/[_,]/g, ""));
    if (!Number.isSafeInteger(n) || n < (name === "links" ? 1 : 0)) fail(`--${name} must be a whole number, not "${value}"`);
    return n;
  };
  const today = todayIso();
  const until = parsed.until ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || new Date(`${until}T00:00:00Z`).toISOString().slice(0, 10) !== until) {
    fail(`--until must be a date written YYYY-MM-DD, not "${until}"`);
  }
  if (until < SYNTHETIC_START_DATE || until > today) fail(`--until must be between ${SYNTHETIC_START_DATE} and today (${today})`);
  const parameters: SyntheticParameters = {
    seed: parsed.seed,
    events: count("events", parsed.events),
    links: count("links", parsed.links),
    until,
  };
  return {
    parameters,
    untilGiven: parsed.until !== undefined,
    reset: parsed.reset,
    explicitUrl: parsed["database-url"] ?? process.env.SYNTHETIC_DATABASE_URL,
  };
}

function targetUrl(explicit: string | undefined): string {
  if (explicit) return explicit;
  const server = new URL(process.env.DATABASE_URL || DEFAULT_SERVER);
  server.pathname = `/${DEFAULT_DATABASE}`;
  return server.toString();
}

function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) fail(`The target URL names no database: ${describeDatabaseUrl(url)}`);
  return name;
}

/** Same server and database, whatever the spelling of a local host or a default port. */
function sameDatabase(a: string, b: string): boolean {
  const key = (raw: string) => {
    const u = new URL(raw);
    const host = LOCAL_HOSTS.has(u.hostname) ? "localhost" : u.hostname.toLowerCase();
    return `${host}:${u.port || "5432"}/${decodeURIComponent(u.pathname.replace(/^\//, "")) || u.username}`;
  };
  return key(a) === key(b);
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: "seed-synthetic" });
  await client.connect();
  return client;
}

async function refuseEmbedded(client: pg.Client): Promise<void> {
  const version = (await client.query<{ version: string }>("SELECT version()")).rows[0]!.version;
  if (/pglite|emscripten|wasm32/i.test(version)) {
    throw new Refusal(`Refusing: the target is the embedded PGlite database (${version.split(" on ")[0]}), the demo's. ` +
      "Point --database-url at a real PostgreSQL server.");
  }
}

/** A client on the server's maintenance database, for CREATE and DROP DATABASE. */
async function connectMaintenance(url: string): Promise<pg.Client> {
  let lastError: unknown;
  for (const name of ["postgres", "template1"]) {
    try {
      return await connect(withDatabase(url, name));
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

interface TargetState {
  exists: boolean;
  marker: (SyntheticParameters & { generator: number }) | null;
  events: number;
}

/** What is in the target already; throws a Refusal when it holds data this script must not touch. */
async function inspectTarget(url: string, name: string, maintenance: pg.Client): Promise<TargetState> {
  const found = await maintenance.query<{ comment: string | null }>(
    "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1", [name]);
  if (!found.rowCount) return { exists: false, marker: null, events: 0 };
  const comment = found.rows[0]!.comment;
  let marker: TargetState["marker"] = null;
  if (comment?.startsWith(MARKER_PREFIX)) {
    try {
      marker = JSON.parse(comment.slice(MARKER_PREFIX.length));
    } catch {
      marker = null;
    }
  }

  const client = await connect(url);
  try {
    await refuseEmbedded(client);
    const tables = new Set(
      (await client.query<{ name: string }>(
        "SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')",
      )).rows.map((r) => r.name),
    );
    const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
    const foreign = tables.has("events")
      ? await count(`SELECT count(*) AS n FROM (SELECT 1 FROM events WHERE external_id IS NULL OR external_id NOT LIKE '${SYNTHETIC_EXTERNAL_ID_PREFIX}%' LIMIT 1000) x`)
      : 0;
    if (foreign > 0) {
      throw new Refusal(`Refusing: ${name} holds events that are not synthetic (${foreign >= 1000 ? "1,000 or more" : foreign}): ` +
        "it looks like a real or demo database. Choose another with --database-url.");
    }
    const events = tables.has("events") ? await count("SELECT count(*) AS n FROM events") : 0;
    if (!marker) {
      for (const table of ["countries", "links", "users", "audit_entries"]) {
        if (tables.has(table) && (await count(`SELECT count(*) AS n FROM (SELECT 1 FROM "${table}" LIMIT 1) x`)) > 0) {
          throw new Refusal(`Refusing: ${name} has rows in ${table} but was not filled by seed:synthetic. ` +
            "Choose another database with --database-url.");
        }
      }
    }
    return { exists: true, marker, events };
  } finally {
    await client.end();
  }
}

const number = (n: number) => Math.round(n).toLocaleString("en-US");
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

class Clock {
  private readonly started = performance.now();
  private stepStarted = performance.now();
  readonly steps: [string, number][] = [];
  step(name: string): void {
    const now = performance.now();
    this.steps.push([name, now - this.stepStarted]);
    console.log(`  ${name}: ${seconds(now - this.stepStarted)}`);
    this.stepStarted = now;
  }
  elapsed(): number {
    return performance.now() - this.started;
  }
}

/** Streams COPY text into a table as Postgres asks for it (the generator runs only as fast as COPY reads). */
async function copyTable(client: pg.Client, table: string, columns: readonly string[], chunks: Iterable<string>): Promise<void> {
  await pipeline(Readable.from(chunks), client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`)));
}

/** Passes events through, printing how far the walk is every tenth of the way. */
function* withProgress(label: string, events: Iterable<SyntheticEvent>, total: number, counter: ChunkCounter) {
  const started = performance.now();
  const every = Math.max(1, Math.ceil(total / 10));
  let n = 0;
  for (const e of events) {
    yield e;
    if (++n % every === 0 && n < total) {
      const s = (performance.now() - started) / 1000;
      console.log(`    ${label}: ${number(n)} / ${number(total)} events, ${number(counter.rows)} rows (${number(counter.rows / s)} rows/s)`);
    }
  }
}

interface SavedIndex {
  table: string;
  name: string;
  definition: string;
}

/**
 * Drops the tables' indexes that are not constraints (primary keys stay: they keep the foreign keys' targets
 * and fill by appending, ids being time-ordered) and returns their definitions, to build them again after
 * the load: one sort per index instead of a million scattered inserts.
 */
async function dropSecondaryIndexes(client: pg.Client, tables: readonly string[]): Promise<SavedIndex[]> {
  const rows = (await client.query<SavedIndex>(
    `SELECT i.indrelid::regclass::text AS table, i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = ANY ($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY 1`, [tables])).rows;
  for (const index of rows) await client.query(`DROP INDEX ${index.name}`);
  return rows;
}

async function recreateIndexes(client: pg.Client, saved: SavedIndex[], table: string): Promise<void> {
  for (const index of saved.filter((i) => i.table === table)) {
    await client.query(index.definition);
  }
}

// events_search_document(p_title, p_summary, p_event_id) as the bulk_import_set_based migration defines it: the
// vector of the title, summary and sources' text (events_search_vector_of, which the GDELT importer calls too);
// the events trigger calls it for every row. insertEventsWithSearchVectors computes it for all rows at once.
const SEARCH_DOCUMENT_BODY = `
  SELECT "events_search_vector_of"(p_title, p_summary, (
           SELECT string_agg(coalesce(s."title", '') || ' ' || coalesce(s."publisher", ''), ' ')
           FROM "sources" s WHERE s."event_id" = p_event_id))`;

const normalizeSql = (sql: string) => sql.replace(/["\s;]/g, "").toLowerCase();

/**
 * True when the schema keeps events.search_vector with the trigger this script knows: the events trigger
 * calls events_search_document(title, summary, id) and that function is still SEARCH_DOCUMENT_BODY. False
 * when there is no search trigger (nothing to fill). Throws when either changed, so this loader is updated
 * rather than silently writing vectors the trigger would not.
 */
async function searchTriggerIsKnown(client: pg.Client): Promise<boolean> {
  const trigger = await client.query<{ src: string }>(
    `SELECT p.prosrc AS src FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE t.tgrelid = 'events'::regclass AND NOT t.tgisinternal AND p.prosrc ILIKE '%search_vector%'`);
  if (!trigger.rowCount) return false;
  const fn = await client.query<{ src: string }>("SELECT prosrc AS src FROM pg_proc WHERE proname = 'events_search_document'");
  const callsDocument = trigger.rows.some((r) => normalizeSql(r.src).includes("events_search_document(new.title,new.summary,new.id)"));
  if (!callsDocument || fn.rowCount !== 1 || normalizeSql(fn.rows[0]!.src) !== normalizeSql(SEARCH_DOCUMENT_BODY)) {
    throw new Error("The events search trigger or events_search_document() changed since this loader was written; " +
      "update SEARCH_DOCUMENT_BODY and the INSERT in scripts/seed-synthetic.ts to compute search_vector the way the trigger now does.");
  }
  return true;
}

/**
 * Writes the staged events into events with search_vector computed set-based: SEARCH_DOCUMENT_BODY with
 * the sources aggregated once per event by a join instead of one subquery (and one function call) per row,
 * in position order, the order the function's index scan on sources (event_id, position) reads them.
 */
async function insertEventsWithSearchVectors(client: pg.Client, columns: string): Promise<void> {
  await client.query(`
    INSERT INTO events (${columns}, search_vector)
    SELECT ${columns.split(", ").map((c) => `e.${c}`).join(", ")},
           events_search_vector_of(e.title, e.summary, s.document)
      FROM synthetic_events e
      LEFT JOIN (SELECT event_id, string_agg(coalesce(title, '') || ' ' || coalesce(publisher, ''), ' ' ORDER BY position) AS document
                   FROM sources GROUP BY event_id) s ON s.event_id = e.id`);
}

const functionExists = async (client: pg.Client, name: string) =>
  ((await client.query("SELECT 1 FROM pg_proc WHERE proname = $1", [name])).rowCount ?? 0) > 0;
const tableExists = async (client: pg.Client, name: string) =>
  ((await client.query("SELECT to_regclass($1) IS NOT NULL AS ok", [name])).rows[0] as { ok: boolean }).ok;

/**
 * The triggers that keep link_month_stats current were off during the load: recompute it from the events
 * (rebuild_link_month_stats also moves data_version on and, from the link_changes migration on, tells link_changes
 * that every link changed: the load's own link_changes triggers were off too). Skipped, with a note, before that
 * migration exists.
 */
async function rebuildLinkMonthStats(client: pg.Client): Promise<boolean> {
  if (!(await functionExists(client, "rebuild_link_month_stats"))) {
    console.log("  note: rebuild_link_month_stats() does not exist in this schema; per-link monthly statistics skipped");
    if (await tableExists(client, "data_version")) await client.query(`UPDATE data_version SET version = version + 1 WHERE id = 1`);
    return false;
  }
  await client.query("SELECT rebuild_link_month_stats()");
  return true;
}

async function load(url: string, name: string, parameters: SyntheticParameters) {
  const clock = new Clock();
  const countries = seedCountries();
  const dataset = createSyntheticDataset(parameters, countries, loadCategoryCodes());
  const timestamp = `${parameters.until}T00:00:00Z`;
  const tally = new SyntheticTally();
  const total = parameters.events;
  console.log(`Generating ${number(total)} events over ${number(dataset.plan.links.length)} links (seed "${parameters.seed}", ` +
    `${SYNTHETIC_START_DATE} to ${parameters.until}).`);

  const client = await connect(url);
  try {
    // Temp buffers must be sized before the session's first temporary table.
    await client.query("SET temp_buffers = '512MB'");
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica").catch((error: Error) => {
      throw new Error(`${error.message}: loading with triggers off needs a superuser (or a role allowed to set session_replication_role)`);
    });
    await client.query("SET LOCAL maintenance_work_mem = '1GB'");
    await client.query("SET LOCAL work_mem = '256MB'");
    await client.query("SET LOCAL synchronous_commit = off");
    // A database left half-filled by an older run of this script (it is marked synthetic, or it would have
    // been refused): start from empty tables.
    await client.query("TRUNCATE sources, event_participants, events, links, countries CASCADE");

    await copyTable(client, "countries", COUNTRY_COLUMNS, [countryCopyText(countries, timestamp)]);
    await copyTable(client, "links", LINK_COLUMNS, [linkCopyText(dataset.plan, timestamp)]);
    clock.step(`link plan, countries (${countries.length}) and links (${dataset.plan.links.length})`);

    const saved = await dropSecondaryIndexes(client, ["events", "event_participants", "sources"]);

    const pass = async (table: SyntheticTable, target: string, events: Iterable<SyntheticEvent>) => {
      const counter = { events: 0, rows: 0 };
      await copyTable(client, target, COPY_COLUMNS[table], copyChunks(withProgress(table, events, total, counter), table, { counter }));
      return counter.rows;
    };

    // Sources first: the search vectors are computed from them when the events go in.
    const sourceRows = await pass("sources", "sources", dataset.events());
    await recreateIndexes(client, saved, "sources");
    clock.step(`sources (${number(sourceRows)} rows, COPY + indexes)`);

    const participantRows = await pass("event_participants", "event_participants", dataset.events());
    await recreateIndexes(client, saved, "event_participants");
    clock.step(`event_participants (${number(participantRows)} rows, COPY + indexes)`);

    // Events go through a temporary table so that search_vector is computed as they are written, once,
    // instead of by an UPDATE that would rewrite a million rows.
    await client.query(`CREATE TEMP TABLE synthetic_events ON COMMIT DROP AS
      SELECT ${COPY_COLUMNS.events.join(", ")} FROM events WITH NO DATA`);
    const eventRows = await pass("events", "synthetic_events", tally.tap(dataset.events()));
    clock.step(`events (${number(eventRows)} rows, COPY into a temporary table)`);

    const columns = COPY_COLUMNS.events.join(", ");
    const searchFilled = await searchTriggerIsKnown(client);
    if (searchFilled) {
      await insertEventsWithSearchVectors(client, columns);
    } else {
      console.log("  note: events have no search trigger in this schema; search_vector left empty");
      await client.query(`INSERT INTO events (${columns}) SELECT ${columns} FROM synthetic_events`);
    }
    clock.step("events inserted with their search vectors");
    await recreateIndexes(client, saved, "events");
    clock.step(`events indexes (${saved.filter((i) => i.table === "events").map((i) => i.name).join(", ")})`);

    // Statistics for the planner before the set-based steps that join the fresh tables.
    await client.query("ANALYZE countries, links, events, event_participants, sources");
    clock.step("ANALYZE");
    const rebuilt = await rebuildLinkMonthStats(client);
    if (rebuilt) clock.step("rebuild_link_month_stats()");

    const marker = JSON.stringify({ ...parameters, generator: SYNTHETIC_GENERATOR_VERSION });
    await client.query(`COMMENT ON DATABASE ${client.escapeIdentifier(name)} IS ${client.escapeLiteral(MARKER_PREFIX + marker)}`);
    await client.query("COMMIT");
    clock.step("commit");

    // The visibility map, for index-only scans (a fresh load has none), and statistics that count the stats table.
    for (const table of ["countries", "links", "events", "event_participants", "sources", "link_month_stats"]) {
      if (await tableExists(client, table)) await client.query(`VACUUM (ANALYZE) ${table}`);
    }
    clock.step("VACUUM (ANALYZE)");

    const size = (await client.query<{ size: string; pretty: string }>(
      "SELECT pg_database_size(current_database()) AS size, pg_size_pretty(pg_database_size(current_database())) AS pretty")).rows[0]!;
    // What the trigger's own function gives, on a sample of pages plus the newest events.
    const sample = searchFilled
      ? (await client.query<{ checked: string; different: string }>(
        `SELECT count(*) AS checked, count(*) FILTER (WHERE search_vector IS DISTINCT FROM events_search_document(title, summary, id)) AS different
           FROM events WHERE id IN (SELECT id FROM events TABLESAMPLE SYSTEM (0.5) REPEATABLE (7)
                                    UNION SELECT id FROM (SELECT id FROM events ORDER BY id DESC LIMIT 200) newest)`)).rows[0]!
      : null;
    const statsRows = rebuilt ? Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM link_month_stats")).rows[0]!.n) : 0;
    return { clock, tally, dataset, sourceRows, participantRows, eventRows, countries: countries.length, size, sample, statsRows };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function main() {
  const { parameters, untilGiven, reset, explicitUrl } = parseOptions();
  const url = targetUrl(explicitUrl);
  const name = databaseName(url);
  console.log(`Target: ${describeDatabaseUrl(url)}`);
  if (process.env.DATABASE_URL && sameDatabase(url, process.env.DATABASE_URL)) {
    throw new Refusal("Refusing: the target is DATABASE_URL's database, the app's own. Synthetic data goes in a separate database.");
  }
  if (/^template[01]$/.test(name) || (reset && name === "postgres")) throw new Refusal(`Refusing to ${reset ? "reset" : "fill"} ${name}.`);

  const maintenance = await connectMaintenance(url);
  try {
    await refuseEmbedded(maintenance);
    const state = await inspectTarget(url, name, maintenance);
    // Without --until, a load made on an earlier day counts as the same data: "today" is only a default.
    const wanted = JSON.stringify({ ...parameters, until: untilGiven ? parameters.until : state.marker?.until, generator: SYNTHETIC_GENERATOR_VERSION });
    if (state.exists && state.events > 0 && !reset) {
      if (state.marker && JSON.stringify(state.marker) === wanted) {
        console.log(`${name} already holds these synthetic data (${number(state.events)} events, ${wanted}); nothing to load. ` +
          "Pass --reset to load them again.");
        // Migrations written since the load (e.g. a new index) apply to the loaded data, as to any database.
        const applied = await applyMigrations(url);
        if (applied.length) console.log(`Migrations: applied ${applied.join(", ")}`);
        return;
      }
      throw new Refusal(`${name} already holds ${number(state.events)} synthetic events made with ${JSON.stringify(state.marker)}; ` +
        "pass --reset to replace them.");
    }
    if (state.exists && reset) {
      console.log(`Dropping ${name} (--reset; its open connections are closed).`);
      await maintenance.query(`DROP DATABASE ${maintenance.escapeIdentifier(name)} WITH (FORCE)`);
    }
    if (!state.exists || reset) {
      await maintenance.query(`CREATE DATABASE ${maintenance.escapeIdentifier(name)}`);
      console.log(`Created database ${name}.`);
    }
  } finally {
    await maintenance.end();
  }

  const migrationStarted = performance.now();
  const applied = await applyMigrations(url);
  console.log(`Migrations: ${applied.length ? `applied ${applied.length} (${applied.at(-1)})` : "up to date"} in ${seconds(performance.now() - migrationStarted)}`);

  const r = await load(url, name, parameters);
  const elapsed = r.clock.elapsed();
  const rows = r.eventRows + r.participantRows + r.sourceRows + r.dataset.plan.links.length + r.countries;
  const busiest = r.tally.busiestLinks();
  const titles = new Map(r.dataset.plan.links.map((l) => [l.id, l.title]));
  const share = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${((100 * v) / r.tally.events).toFixed(1)}%`).join(", ");
  console.log(`
Loaded ${name} in ${seconds(elapsed)}:
  events               ${number(r.eventRows)} (${number(r.eventRows / (elapsed / 1000))} events/s)
  event_participants   ${number(r.participantRows)}
  sources              ${number(r.sourceRows)}
  links                ${number(r.dataset.plan.links.length)} (${number(r.tally.perLink.size)} with events; median ${number(r.tally.medianPerLink(r.dataset.plan.links.length))} events per link)
  countries            ${number(r.countries)}
  link_month_stats     ${r.statsRows ? number(r.statsRows) : "not built"}
  rows written         ${number(rows)} (${number(rows / (elapsed / 1000))} rows/s overall)
  database size        ${r.size.pretty} (${number(Number(r.size.size))} bytes)
  search vectors       ${!r.sample ? "none (no search trigger)" : r.sample.different === "0" ? `equal to events_search_document() on all ${number(Number(r.sample.checked))} sampled events` : `${r.sample.different} of ${r.sample.checked} sampled events DIFFER from events_search_document()`}
Busiest links: ${busiest.slice(0, 10).map(([id, n]) => `${titles.get(id) ?? id} ${number(n)}`).join(", ")}
Categories: ${share(r.tally.perCategory)}
Evidence: ${share(r.tally.perEvidence)}
Precision: ${share(r.tally.perPrecision)}; origin: ${share(r.tally.perOrigin)}
Events per year: ${[...r.tally.perYear].sort().map(([y, n]) => `${y} ${number(n)}`).join(", ")}`);
  if (r.sample && r.sample.different !== "0") {
    console.error("Some search vectors differ from what the trigger computes: see SEARCH_DOCUMENT_BODY in scripts/seed-synthetic.ts.");
    process.exitCode = 1;
  }
}

try {
  await main();
} catch (error) {
  if (error instanceof Refusal) fail(error.message);
  console.error(error);
  process.exit(1);
}
