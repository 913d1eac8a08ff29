// What bench:api measures against: checks the benchmark database is there and filled, and finds the busiest
// link, the busiest country and a common title word in it, so the URLs follow the data rather than guesses.
import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describeDatabaseUrl } from "../db/describe-url";
import { migrationsDir } from "../db/migrations";

export const DEFAULT_BENCH_DATABASE_URL = "postgresql://root@127.0.0.1:5432/axis_synthetic";

/** A problem with the setup (no database, no events, missing migrations): the script prints it and exits 1. */
export class SetupError extends Error {}

export interface BenchTargets {
  /** Every event, and those the public API shows (not retired). */
  events: number;
  publicEvents: number;
  links: number;
  postgresVersion: string;
  /** The link with the most public events, and how it was found. */
  busiestLink: { id: string; events: number; via: string };
  busiestCountry: { id: string; name: string; events: number };
  /** A word from many titles, and how many public events full-text search matches for it. */
  searchWord: { word: string; matches: number };
  /** The last full calendar year. */
  year: number;
}

function howToCreate(url: string): string {
  return [
    `Create it with the synthetic seed (about a million events; it takes a while):`,
    `  npm run seed:synthetic -- --events 1000000`,
    `or point the benchmark elsewhere with --database-url URL or BENCH_DATABASE_URL (now ${describeDatabaseUrl(url)}).`,
  ].join("\n");
}

/** Opens a client on the benchmark database, or throws a SetupError that says how to make one. */
export async function connectBenchDatabase(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: "axis-bench-api-setup" });
  try {
    await client.connect();
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (e.code === "3D000") throw new SetupError(`The benchmark database does not exist: ${describeDatabaseUrl(url)}\n${howToCreate(url)}`);
    throw new SetupError(`Cannot connect to the benchmark database ${describeDatabaseUrl(url)}: ${e.message ?? error}\nIs PostgreSQL running there? ${howToCreate(url)}`);
  }
  return client;
}

const count = async (client: pg.Client, sql: string, params: unknown[] = []) =>
  Number((await client.query<{ n: string }>(sql, params)).rows[0]?.n ?? 0);

async function tableColumns(client: pg.Client, table: string): Promise<Set<string>> {
  const rows = await client.query<{ column_name: string }>(
    "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1",
    [table],
  );
  return new Set(rows.rows.map((r) => r.column_name));
}

/** Migrations of this checkout that the database lacks (the app would fail on it). */
async function missingMigrations(client: pg.Client): Promise<string[]> {
  if (!existsSync(migrationsDir)) return [];
  const local = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(migrationsDir, e.name, "migration.sql")))
    .map((e) => e.name);
  if (!(await tableColumns(client, "_prisma_migrations")).size) return local;
  const applied = new Set(
    (await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    )).rows.map((r) => r.migration_name),
  );
  return local.filter((name) => !applied.has(name));
}

/** The link with the most public events: from link_month_stats when it exists, else from the events. */
async function findBusiestLink(client: pg.Client): Promise<BenchTargets["busiestLink"] | null> {
  const stats = await tableColumns(client, "link_month_stats");
  if (stats.has("link_id") && stats.has("events")) {
    const row = (await client.query<{ id: string; n: string }>(
      `SELECT s.link_id AS id, sum(s.events)::bigint AS n
         FROM link_month_stats s JOIN links l ON l.id = s.link_id
        GROUP BY s.link_id ORDER BY n DESC, s.link_id LIMIT 1`,
    )).rows[0];
    if (row && Number(row.n) > 0) return { id: row.id, events: Number(row.n), via: "link_month_stats" };
  }
  const row = (await client.query<{ id: string; n: string }>(
    `SELECT l.id, count(*) AS n
       FROM event_participants pa
       JOIN event_participants pb ON pb.event_id = pa.event_id AND pb.country_id > pa.country_id
       JOIN links l ON l.country_a_id = pa.country_id AND l.country_b_id = pb.country_id
       JOIN events e ON e.id = pa.event_id AND NOT e.retired
      GROUP BY l.id ORDER BY n DESC, l.id LIMIT 1`,
  )).rows[0];
  return row ? { id: row.id, events: Number(row.n), via: "event_participants" } : null;
}

async function findBusiestCountry(client: pg.Client): Promise<BenchTargets["busiestCountry"] | null> {
  const row = (await client.query<{ id: string; name: string; n: string }>(
    `SELECT p.country_id AS id, c.name, count(*) AS n
       FROM event_participants p
       JOIN events e ON e.id = p.event_id AND NOT e.retired
       JOIN countries c ON c.id = p.country_id
      GROUP BY p.country_id, c.name ORDER BY n DESC, p.country_id LIMIT 1`,
  )).rows[0];
  return row ? { id: row.id, name: row.name, events: Number(row.n) } : null;
}

// Words that match many titles without saying anything; a search for them is not what readers type.
const STOPWORDS = new Set(
  "about after against also among and are between but for from has have into its more not of off on onto over than that the their them then there these they this those through under upon was were which while with within without".split(
    " ",
  ),
);

/**
 * The most frequent title word (4+ letters, not a stopword) in a sample of about 20,000 public events, skipping
 * words in nearly every title (a "synthetic" marker would make every search match everything).
 */
async function findSearchWord(client: pg.Client, publicEvents: number): Promise<BenchTargets["searchWord"] | null> {
  const percent = Math.min(100, (20_000 / Math.max(1, publicEvents)) * 100);
  const sample = `SELECT to_tsvector('simple', title) FROM events TABLESAMPLE SYSTEM (${percent.toFixed(4)}) REPEATABLE (7) WHERE NOT retired`;
  const sampled = await count(client, `SELECT count(*) AS n FROM events TABLESAMPLE SYSTEM (${percent.toFixed(4)}) REPEATABLE (7) WHERE NOT retired`);
  const words = (await client.query<{ word: string; ndoc: number }>(
    `SELECT word, ndoc FROM ts_stat($1) WHERE word ~ '^[a-z]{4,}$' ORDER BY ndoc DESC, word LIMIT 100`,
    [sample],
  )).rows;
  const word = words.find((w) => !STOPWORDS.has(w.word) && w.ndoc < 0.9 * sampled) ?? words[0];
  if (!word) return null;
  const matches = await count(
    client,
    "SELECT count(*) AS n FROM events WHERE NOT retired AND search_vector @@ websearch_to_tsquery('simple', $1)",
    [word.word],
  );
  return { word: word.word, matches };
}

/** Checks the database and finds what to ask for; throws SetupError when it cannot serve a benchmark. */
export async function findBenchTargets(url: string, options: { searchWord?: string } = {}): Promise<BenchTargets> {
  const client = await connectBenchDatabase(url);
  try {
    const hasEvents = (await tableColumns(client, "events")).size > 0;
    if (!hasEvents) throw new SetupError(`${describeDatabaseUrl(url)} has no events table (not an Axis Atlas database?).\n${howToCreate(url)}`);
    const missing = await missingMigrations(client);
    if (missing.length) {
      throw new SetupError(
        `${describeDatabaseUrl(url)} lacks migrations this checkout needs: ${missing.join(", ")}.\n` +
          `Apply them with: DATABASE_URL=${describeDatabaseUrl(url)} npm run db:migrate (or re-create it with npm run seed:synthetic).`,
      );
    }
    const events = await count(client, "SELECT count(*) AS n FROM events");
    if (events === 0) throw new SetupError(`${describeDatabaseUrl(url)} has no events.\n${howToCreate(url)}`);
    const publicEvents = await count(client, "SELECT count(*) AS n FROM events WHERE NOT retired");
    const links = await count(client, "SELECT count(*) AS n FROM links");
    const postgresVersion = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;

    const busiestLink = await findBusiestLink(client);
    if (!busiestLink) throw new SetupError(`${describeDatabaseUrl(url)} has no link with events.\n${howToCreate(url)}`);
    const busiestCountry = await findBusiestCountry(client);
    if (!busiestCountry) throw new SetupError(`${describeDatabaseUrl(url)} has no country with events.`);
    const searchWord = options.searchWord
      ? {
          word: options.searchWord,
          matches: await count(
            client,
            "SELECT count(*) AS n FROM events WHERE NOT retired AND search_vector @@ websearch_to_tsquery('simple', $1)",
            [options.searchWord],
          ),
        }
      : await findSearchWord(client, publicEvents);
    if (!searchWord) throw new SetupError(`Found no title word to search for in ${describeDatabaseUrl(url)}; pass --q WORD.`);

    return {
      events,
      publicEvents,
      links,
      postgresVersion,
      busiestLink,
      busiestCountry,
      searchWord,
      year: new Date().getUTCFullYear() - 1,
    };
  } finally {
    await client.end();
  }
}
