// Streams GDELT event files into the atlas. Rows are mapped in JS (lib/gdelt), then written 5,000 at a time,
// one transaction per batch: the ids already imported are looked up and dropped, new pairs get their links,
// the events go by COPY into a staging table and from there into events with their search vectors in one
// INSERT ... SELECT, and participants and sources go in by COPY (bulk-insert.ts). The batch says it is a bulk
// import (axis.bulk_import, see the migration bulk_import_set_based), so the per-row triggers that single edits
// need stay quiet: the batch brings its own search vectors and bumps the data version once; the link statistics
// are added by the participants' one statement-level trigger. Each batch commits whole or not at all and
// GLOBALEVENTID is the events' unique external_id, so an import that was killed and re-run ends with exactly
// the events of one clean import. The next batch is parsed while the database writes the last. A dry run
// (options.dryRun) does all of this and rolls each batch back, so its report is the import's without a write.
import "server-only";
import path from "node:path";
import pg from "pg";
import { parseIsoDate, periodEnd, toIsoDate } from "@/lib/domain/date-precision";
import { pairFlow } from "@/lib/domain/direction";
import { loadCameoLookups } from "@/lib/gdelt/cameo";
import type { AtlasCountry } from "@/lib/gdelt/countries";
import type { GdeltEvent, RejectReason } from "@/lib/gdelt/map-row";
import { GDELT_REJECT_REASONS, isMachineFormat, MAX_NEW_LINKS, type GdeltImportProgress, type MachineFormat, type RejectedRowExample } from "@/lib/schemas/import";
import { bulkInsert, takesCopy, type BulkTable, type BulkValue } from "./bulk-insert";
import { createCodedMapper } from "./coded-mapper";
import { openLineSource } from "./read-lines";
import { uuid7 } from "./uuid7";

export const MAX_EXAMPLES = 20;

/** A migrated but unseeded atlas would call every row "not in atlas"; refuse, and say what fixes it. */
export const NO_COUNTRIES =
  "The atlas has no countries yet, so no row can be placed on it. Run `npm run db:seed` (or `npm start`, which seeds an empty database), then import again.";

export interface GdeltImportOptions {
  connectionString: string;
  /**
   * "gdelt" (default): GDELT event files, no header (lib/gdelt/map-row.ts). "icews": ICEWS coded-event files,
   * each starting with its header row (lib/icews/map-row.ts). Both become machine-coded, reported events.
   * "sipri": SIPRI's trade register, Latin-1, explanatory lines before its header (lib/sipri/map-row.ts): arms
   * transfers with year precision, evidence from SIPRI's `?` marks and the TIV (lib/sipri/README.md).
   */
  format?: MachineFormat;
  files: { path: string; name?: string }[];
  /** Who imports (null from the command line): events' created_by_id and the audit entry's actor. */
  actorId: string | null;
  /** The audit entry's entity id (e.g. the upload's job id); a new id when omitted. */
  runId?: string;
  batchSize?: number;
  /** Connections writing alternate batches (default 1; on a 2-core machine a second one did not help). */
  writers?: number;
  /** Called after every 1,000 lines read and at the end (done: true); throttle in the callback. Not awaited. */
  onProgress?: (progress: GdeltImportProgress) => void;
  /** YYYY-MM-DD; rows dated after it are refused. Defaults to today (UTC). */
  today?: string;
  /**
   * Check the files without writing (default false): every batch does its work (the lookups, the links, the
   * COPYs, the link statistics) in its transaction, then rolls back instead of committing; no audit entry is
   * written and the data version does not move. The report is what an import started now would report. The one
   * approximation: batches roll back, so a later batch cannot see an earlier one's rows or links; the run keeps
   * the external ids and link ids it would have written in memory and counts them as a real run would (an id
   * again: duplicate; a pair again: no new link). Runs with one writer, so that bookkeeping is exact.
   */
  dryRun?: boolean;
}

// Written by COPY straight into the tables (the fast path Postgres has for bulk loads); the rows already in
// the atlas are filtered out first by one indexed lookup per batch.
const EVENT_COLUMNS = [
  ["id", "uuid"], ["title", "text"], ["summary", "text"], ["occurred_on", "date"], ["occurred_end", "date"],
  ["precision", '"DatePrecision"'], ["category", '"EventCategory"'], ["evidence", '"Evidence"'], ["score", "float8"],
  ["cameo_code", "text"], ["origin", '"EventOrigin"'], ["external_id", "text"], ["created_by_id", "text"], ["updated_by_id", "text"],
  ["tiv_millions", "float8"],
] as const;
/** The batch's events, and their sources' searchable text, before they enter events (one per connection, emptied at commit). */
const EVENT_STAGE: BulkTable = {
  name: "gdelt_event_stage",
  columns: [...EVENT_COLUMNS, ["source_text", "text"], ["link_id", "text"], ["a_to_b", "int"], ["b_to_a", "int"]],
};
const CREATE_EVENT_STAGE = `CREATE TEMP TABLE IF NOT EXISTS gdelt_event_stage (${EVENT_STAGE.columns
  .map(([column, type]) => `${column} ${type}`)
  .join(", ")}) ON COMMIT DELETE ROWS`;
const EVENT_NAMES = EVENT_COLUMNS.map(([column]) => column).join(", ");
/** The search vector as events_search_document computes it for one source: its title and publisher (migration bulk_import_set_based). */
const INSERT_STAGED_EVENTS = `
  INSERT INTO events (${EVENT_NAMES}, search_vector)
  SELECT ${EVENT_NAMES}, events_search_vector_of(title, summary, source_text) FROM gdelt_event_stage`;

/**
 * The batch's events added to link_month_stats, as the participants' trigger would (migration participant_roles),
 * which stays quiet for a bulk import (participant_stats_bulk): every event of a batch is new and has exactly its
 * two countries, so its link and direction are known here and the rows are a GROUP BY of the stage, without
 * joining events and participants back.
 */
const ADD_STAGED_STATS = `
  INSERT INTO link_month_stats AS s
    (link_id, month, end_month, category, evidence, origin, events, negative, score_sum, first_on, last_on, last_precision, a_to_b, b_to_a)
  SELECT link_id, date_trunc('month', occurred_on)::date, date_trunc('month', occurred_end)::date, category, evidence, origin,
         count(*), count(*) FILTER (WHERE score < 0), sum(score), min(occurred_on), max(occurred_on),
         (array_agg(precision ORDER BY occurred_on DESC, occurred_end))[1], sum(a_to_b), sum(b_to_a)
    FROM gdelt_event_stage
   GROUP BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (link_id, month, end_month, category, evidence, origin) DO UPDATE SET
    events = s.events + EXCLUDED.events,
    negative = s.negative + EXCLUDED.negative,
    score_sum = s.score_sum + EXCLUDED.score_sum,
    first_on = LEAST(s.first_on, EXCLUDED.first_on),
    last_on = GREATEST(s.last_on, EXCLUDED.last_on),
    last_precision = CASE WHEN EXCLUDED.last_on > s.last_on THEN EXCLUDED.last_precision ELSE s.last_precision END,
    a_to_b = s.a_to_b + EXCLUDED.a_to_b,
    b_to_a = s.b_to_a + EXCLUDED.b_to_a`;
const PARTICIPANTS: BulkTable = {
  name: "event_participants",
  columns: [["event_id", "uuid"], ["country_id", "text"], ["role", '"ParticipantRole"']],
};
const SOURCES: BulkTable = {
  name: "sources",
  columns: [["id", "uuid"], ["event_id", "uuid"], ["position", "int"], ["url", "text"], ["publisher", "text"], ["title", "text"], ["published_on", "date"]],
};

// Every new pair gets its link, titled like the ones editors' events create ("North Korea–Russia").
const INSERT_LINKS = `
  INSERT INTO links (id, country_a_id, country_b_id, title)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ORDER BY 1
  ON CONFLICT DO NOTHING RETURNING id`;

/**
 * Pairs that events already in the atlas hold but that have no link (e.g. the countries of a multilateral event
 * that were never linked). Only a new link among these has older events to count; any other new link's events
 * are the batch's own, which the participants' statement trigger counts. Read once per import: one join of the
 * participants with themselves.
 */
const UNLINKED_PAIRS = `
  SELECT DISTINCT a.country_id || '-' || b.country_id AS id
    FROM event_participants a
    JOIN event_participants b ON b.event_id = a.event_id AND b.country_id > a.country_id
   WHERE NOT EXISTS (SELECT 1 FROM links l WHERE l.country_a_id = a.country_id AND l.country_b_id = b.country_id)`;

/** Another import wrote some of the same ids at the same moment (unique violation) or the two deadlocked. */
const isRace = (error: unknown) => ["23505", "40P01"].includes((error as { code?: string })?.code ?? "");

function emptySkipped(): Record<RejectReason, number> {
  return Object.fromEntries(GDELT_REJECT_REASONS.map((r) => [r, 0])) as Record<RejectReason, number>;
}

export async function loadAtlasCountries(client: pg.ClientBase): Promise<AtlasCountry[]> {
  return (await client.query<AtlasCountry>("SELECT id, iso3, name FROM countries")).rows;
}

/**
 * Imports (or, with dryRun, checks) `options.files` of one machine-coded format and returns the final report
 * (done: true): rows read, events imported, links created (the first MAX_NEW_LINKS by id), rows skipped by
 * reason with examples. Progress goes to onProgress. Throws when the database cannot be reached, when the
 * atlas has no countries (NO_COUNTRIES), when an ICEWS file has no ICEWS header, or on an unsupported format;
 * batches committed before a throw stay (a re-run skips their rows).
 */
export async function importGdeltFiles(options: GdeltImportOptions): Promise<GdeltImportProgress> {
  const format = options.format ?? "gdelt";
  if (!isMachineFormat(format)) throw new Error(`The importer does not read "${String(format)}" files.`);
  const dryRun = options.dryRun ?? false;
  const batchSize = options.batchSize ?? 5000;
  const writers = dryRun ? 1 : Math.max(1, options.writers ?? 1);
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  const started = performance.now();
  const runId = options.runId ?? uuid7();
  const skipped = emptySkipped();
  const examples: RejectedRowExample[] = [];
  const exampleCounts: Partial<Record<RejectReason, number>> = {};
  let rowsRead = 0;
  let imported = 0;
  let linksCreated = 0;
  const newLinks: string[] = [];
  /** In a dry run, what the rolled-back batches would have written (see GdeltImportOptions.dryRun). */
  const wouldWrite = { events: new Set<string>(), links: new Set<string>() };
  let bytesBefore = 0;
  let totalBytes = 0;
  let currentBytes = () => 0;
  let fileName = "";
  const names = new Map<string, string>();
  /** UNLINKED_PAIRS, read when the import starts. */
  let unlinkedPairs = new Set<string>();

  const progress = (done: boolean): GdeltImportProgress => {
    const elapsed = (performance.now() - started) / 1000;
    const bytesRead = bytesBefore + currentBytes();
    const rate = elapsed > 0 ? bytesRead / elapsed : 0;
    return {
      file: fileName,
      rowsRead,
      bytesRead,
      totalBytes,
      percent: totalBytes ? Math.min(100, Math.round((bytesRead / totalBytes) * 1000) / 10) : done ? 100 : 0,
      rowsPerSecond: elapsed > 0 ? Math.round(rowsRead / elapsed) : 0,
      etaSeconds: done ? 0 : rate > 0 && elapsed > 0.5 ? Math.max(0, Math.round((totalBytes - bytesRead) / rate)) : null,
      elapsedSeconds: Math.round(elapsed * 10) / 10,
      imported,
      linksCreated,
      newLinks: [...newLinks],
      skipped: { ...skipped },
      examples: [...examples],
      dryRun,
      done,
    };
  };

  /** Whether each writing connection's server takes COPY (bulk-insert.ts), asked once per connection. */
  const copies = new Map<pg.Client, boolean>();

  async function writeOnce(client: pg.Client, rows: GdeltEvent[]): Promise<{ fresh: GdeltEvent[]; links: string[] }> {
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL axis.bulk_import = 'on'");
      // The search index takes the batch's entries into its pending list and merges them into the index only past
      // this size (PostgreSQL's default is 4 MB): merging in large pieces cost a third less of the events' insert
      // than every few batches (statement log, 50,000 rows). The import merges the rest once at its end.
      await client.query("SET LOCAL gin_pending_list_limit = '64MB'");
      const known = new Set(
        (await client.query<{ external_id: string }>("SELECT external_id FROM events WHERE external_id = ANY($1::text[])", [rows.map((r) => r.externalId)]))
          .rows.map((r) => r.external_id),
      );
      const fresh = rows.filter((r) => !known.has(r.externalId) && !wouldWrite.events.has(r.externalId));

      const pairs = new Map<string, [string, string]>();
      for (const r of fresh) {
        const [a, b] = r.countries[0] < r.countries[1] ? r.countries : [r.countries[1], r.countries[0]];
        pairs.set(`${a}-${b}`, [a, b]);
      }
      let links: string[] = [];
      if (pairs.size) {
        const existing = new Set(
          (await client.query<{ id: string }>("SELECT id FROM links WHERE id = ANY($1::text[])", [[...pairs.keys()]])).rows.map((r) => r.id),
        );
        // A dry run writes again, in this batch's transaction, the links an earlier (rolled back) batch would have
        // created, since this batch's statistics need them, but does not count them twice.
        const missing = [...pairs].filter(([id]) => !existing.has(id));
        if (missing.length) {
          const result = await client.query(INSERT_LINKS, [
            missing.map(([id]) => id),
            missing.map(([, [a]]) => a),
            missing.map(([, [, b]]) => b),
            missing.map(([, [a, b]]) => `${names.get(a)}–${names.get(b)}`.slice(0, 200)),
          ]);
          links = (result.rows as { id: string }[]).map((r) => r.id).filter((id) => !wouldWrite.links.has(id));
          // The links trigger leaves a bulk import's new links to it (migration bulk_import_set_based).
          const older = links.filter((id) => unlinkedPairs.has(id));
          if (older.length) await client.query("SELECT count_link_month_stats($1::text[])", [older]);
        }
      }

      const now = Date.now();
      const actor = options.actorId;
      const events: BulkValue[][] = [];
      const participants: BulkValue[][] = [];
      const sources: BulkValue[][] = [];
      for (const r of fresh) {
        const id = uuid7(now);
        // As events_search_document joins one source: coalesce(title, '') || ' ' || coalesce(publisher, '').
        const sourceText = `${r.source.title ?? ""} ${r.source.publisher ?? ""}`;
        const precision = r.precision ?? "day";
        const dateEnd = precision === "day" ? r.date : toIsoDate(periodEnd(parseIsoDate(r.date)!, precision));
        // The link is the pair in alphabetical order; the flow is pairFlow of the roles in that order.
        const swapped = r.countries[0] > r.countries[1];
        const way = swapped ? pairFlow(r.roles[1], r.roles[0]) : pairFlow(r.roles[0], r.roles[1]);
        const linkId = swapped ? `${r.countries[1]}-${r.countries[0]}` : `${r.countries[0]}-${r.countries[1]}`;
        events.push([
          id, r.title, r.summary, r.date, dateEnd, precision, r.category, r.evidence ?? "reported", r.score, r.cameoCode, "machine",
          r.externalId, actor, actor, r.tivMillions ?? null, sourceText, linkId, way === 1 ? 1 : 0, way === -1 ? 1 : 0,
        ]);
        participants.push([id, r.countries[0], r.roles[0]], [id, r.countries[1], r.roles[1]]);
        sources.push([uuid7(now), id, 0, r.source.url, r.source.publisher, r.source.title, r.source.publishedOn]);
      }
      const viaCopy = copies.get(client) ?? (await takesCopy(client));
      copies.set(client, viaCopy);
      await bulkInsert(client, EVENT_STAGE, events, viaCopy);
      await client.query(INSERT_STAGED_EVENTS);
      await client.query(ADD_STAGED_STATS);
      await bulkInsert(client, PARTICIPANTS, participants, viaCopy);
      await bulkInsert(client, SOURCES, sources, viaCopy);
      if (dryRun) {
        // Everything above ran and is undone; the data version is left alone (its row would be locked for nothing).
        await client.query("ROLLBACK");
        return { fresh, links };
      }
      // The one data-version bump the per-row triggers would have made, last, so its row is locked only until COMMIT.
      if (fresh.length || links.length) await client.query('UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1');
      await client.query("COMMIT");
      return { fresh, links };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  }

  async function write(client: pg.Client, rows: GdeltEvent[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await writeOnce(client, rows);
        imported += result.fresh.length;
        linksCreated += result.links.length;
        newLinks.push(...result.links.slice(0, MAX_NEW_LINKS - newLinks.length));
        skipped.duplicate += rows.length - result.fresh.length;
        if (dryRun) {
          for (const r of result.fresh) wouldWrite.events.add(r.externalId);
          for (const id of result.links) wouldWrite.links.add(id);
        }
        return;
      } catch (error) {
        // A concurrent writer (the other connection, or another import) got there first: the next attempt
        // sees its rows as known and skips them.
        if (!isRace(error) || attempt >= 5) throw error;
      }
    }
  }

  const clients = [client];
  try {
    // Batches commit on their own; a crash can lose only the last ones, and a re-run adds them back.
    await client.query("SET synchronous_commit = off");
    for (let i = 1; i < writers; i++) {
      const extra = new pg.Client({ connectionString: options.connectionString });
      clients.push(extra);
      await extra.connect();
      await extra.query("SET synchronous_commit = off");
    }
    for (const c of clients) await c.query(CREATE_EVENT_STAGE);
    unlinkedPairs = new Set((await client.query<{ id: string }>(UNLINKED_PAIRS)).rows.map((r) => r.id));
    const countries = await loadAtlasCountries(client);
    if (!countries.length) throw new Error(NO_COUNTRIES);
    for (const c of countries) names.set(c.id, c.name);
    const mapper = createCodedMapper(format, { countries, lookups: loadCameoLookups(), today: options.today });
    const sources = [];
    for (const file of options.files) {
      const source = await openLineSource(file.path, { encoding: mapper.encoding });
      sources.push({ file, source });
      totalBytes += source.totalBytes;
    }

    // Batches go round-robin to the writers; each writer finishes its last batch before taking the next.
    const busy: Promise<void>[] = clients.map(() => Promise.resolve());
    let turn = 0;
    let failure: unknown = null;
    const flush = async (rows: GdeltEvent[]) => {
      const w = turn++ % clients.length;
      await busy[w];
      if (failure) throw failure;
      busy[w] = write(clients[w]!, rows).catch((error: unknown) => {
        failure = error;
      });
    };

    for (const { file, source } of sources) {
      fileName = file.name ?? path.basename(file.path);
      currentBytes = source.bytesRead;
      // One batch's rows by external id: GDELT can repeat an id within a file.
      let batch = new Map<string, GdeltEvent>();
      /** Whether the current file or zip member is still in its header lines (ICEWS's header, SIPRI's explanation and header). */
      let inPreamble = true;
      let lastMember: string | null = null;
      /** The format's errors about a file (no header, wrong header) name the file and member. */
      const inFile = (member: string | null, step: () => void) => {
        try {
          step();
        } catch (error) {
          throw new Error(`${fileName}${member ? ` (${member})` : ""}: ${(error as Error).message}`);
        }
      };
      for await (const { member, firstLine, lines } of source.batches()) {
        for (let i = 0; i < lines.length; i++) {
          const line = lines[i]!;
          const lineNo = firstLine + i;
          if (lineNo === 1) {
            // A new zip member: the last one must have been whole.
            if (member !== lastMember) inFile(lastMember, () => mapper.endFile());
            lastMember = member;
            inPreamble = true;
          }
          // Header and explanation lines are read, not counted as rows.
          if (inPreamble) {
            inFile(member, () => (inPreamble = mapper.preamble(line, lineNo)));
            if (inPreamble) continue;
          }
          if (!line) continue;
          rowsRead++;
          const result = mapper.map(line);
          if (result.ok) {
            if (batch.has(result.event.externalId)) skipped.duplicate++;
            else batch.set(result.event.externalId, result.event);
            if (batch.size >= batchSize) {
              await flush([...batch.values()]);
              batch = new Map();
              options.onProgress?.(progress(false));
            }
          } else {
            skipped[result.reason]++;
            // At most 5 per reason, so the 20 examples show the variety of problems rather than the first one.
            if (examples.length < MAX_EXAMPLES && (exampleCounts[result.reason] = (exampleCounts[result.reason] ?? 0) + 1) <= 5) {
              examples.push({ file: fileName, ...(member ? { member } : {}), line: firstLine + i, reason: result.reason, message: result.message });
            }
          }
        }
        options.onProgress?.(progress(false));
      }
      inFile(lastMember, () => mapper.endFile());
      if (batch.size) await flush([...batch.values()]);
      bytesBefore += source.totalBytes;
      currentBytes = () => 0;
    }
    await Promise.all(busy);
    if (failure) throw failure;

    // A search reads the whole pending list: merge what the batches left there into the index, once.
    await client.query("SELECT gin_clean_pending_list('events_search_vector_idx'::regclass)");
    const report = progress(true);
    // One audit entry per run: the change counter moves once and the trail says who imported what.
    if (!dryRun) await client.query(
      `INSERT INTO audit_entries (actor_id, action, entity_type, entity_id, after) VALUES ($1, 'create', 'import', $2, $3)`,
      [options.actorId, runId, JSON.stringify({ source: format, files: options.files.map((f) => f.name ?? path.basename(f.path)), ...report })],
    );
    options.onProgress?.(report);
    return report;
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }
}
