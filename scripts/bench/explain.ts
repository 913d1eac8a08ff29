// EXPLAIN (ANALYZE, BUFFERS) for bench:api: of the named queries in ./queries.ts, and of the statements the
// running app really sent (captured by ./capture-sql.mjs), each read-only and rolled back.
import { readFileSync } from "node:fs";
import pg from "pg";
import { mainQueries, type NamedQuery } from "./queries";
import { findBenchTargets } from "./targets";

export interface ExplainedQuery extends NamedQuery {
  /** The plan as Postgres prints it, or why it could not be explained. */
  plan: string;
  ok: boolean;
}

/**
 * Runs EXPLAIN (ANALYZE, BUFFERS) on each query (by default the named main queries of ./queries.ts, built
 * for the busiest link, busiest country and search word found in the database).
 */
export async function explainQueries(
  databaseUrl: string,
  queries?: NamedQuery[],
  options: { statementTimeoutMs?: number } = {},
): Promise<ExplainedQuery[]> {
  const list = queries ?? mainQueries(await findBenchTargets(databaseUrl));
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "axis-bench-api-explain" });
  await client.connect();
  const results: ExplainedQuery[] = [];
  try {
    for (const query of list) {
      try {
        // Read-only and rolled back: EXPLAIN ANALYZE really runs the statement.
        await client.query("BEGIN READ ONLY");
        await client.query(`SET LOCAL statement_timeout = ${Math.round(options.statementTimeoutMs ?? 300_000)}`);
        const rows = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.params ?? []);
        results.push({ ...query, ok: true, plan: rows.rows.map((r) => r["QUERY PLAN"]).join("\n") });
      } catch (error) {
        results.push({ ...query, ok: false, plan: `(could not explain: ${(error as Error).message})` });
      } finally {
        await client.query("ROLLBACK").catch(() => undefined);
      }
    }
  } finally {
    await client.end();
  }
  return results;
}

export interface CapturedStatement {
  text: string;
  params: unknown[];
  /** How long the app waited for it; null when it had not finished when the capture was read. */
  ms: number | null;
}

/** The statements the capture wrote to `file` between two byte offsets (one request's worth), in the order sent. */
export function readCapturedStatements(file: string, from: number, to: number): CapturedStatement[] {
  const byId = new Map<string, CapturedStatement>();
  for (const line of readFileSync(file).subarray(from, to).toString("utf8").split("\n")) {
    if (!line) continue;
    let row: { id?: string; text?: string; params?: unknown[]; ms?: number };
    try {
      row = JSON.parse(line);
    } catch {
      continue;
    }
    if (!row.id) continue;
    if (typeof row.text === "string") byId.set(row.id, { text: row.text, params: row.params ?? [], ms: null });
    else if (typeof row.ms === "number") {
      const sent = byId.get(row.id);
      if (sent) sent.ms = row.ms;
    }
  }
  return [...byId.values()];
}

export interface CapturedQuery extends NamedQuery {
  times: number;
  /** Milliseconds the app waited for all its runs together. */
  totalMs: number;
  /** Runs that had not finished when the request ended or was abandoned. */
  unfinished: number;
}

/**
 * The reading statements of one request worth explaining, slowest first, each once (with the parameters of
 * its first run), named after the request with how often it ran and how long the app waited: transactions,
 * settings, health checks and writes are left out. `limit` keeps the slowest; `skipped` counts the rest.
 */
export function explainable(statements: CapturedStatement[], request: string, limit = 6): { queries: CapturedQuery[]; skipped: number } {
  const byText = new Map<string, CapturedQuery>();
  for (const s of statements) {
    const sql = s.text.trim();
    if (!/^(select|with)\b/i.test(sql)) continue;
    if (/^select\s+1\s*;?$/i.test(sql)) continue;
    if (/^with\b/i.test(sql) && /\b(insert|update|delete)\b/i.test(sql)) continue;
    const seen = byText.get(sql);
    const unfinished = s.ms == null ? 1 : 0;
    if (seen) {
      seen.times++;
      seen.totalMs += s.ms ?? 0;
      seen.unfinished += unfinished;
    } else byText.set(sql, { name: request, sql, params: s.params, times: 1, totalMs: s.ms ?? 0, unfinished });
  }
  // Statements still running when the request ended first: they are what it was waiting for.
  const all = [...byText.values()].sort((a, b) => b.unfinished - a.unfinished || b.totalMs - a.totalMs);
  const kept = all.slice(0, limit);
  kept.forEach((q, i) => {
    const runs = q.times > 1 ? `, sent ${q.times} times (first one explained)` : "";
    const time = q.totalMs >= 100 ? Math.round(q.totalMs).toLocaleString("en") : q.totalMs.toFixed(1);
    const took =
      q.unfinished === q.times
        ? "still running when the request ended"
        : `${time} ms in the app${q.unfinished ? `, ${q.unfinished} more still running when the request ended` : ""}`;
    q.name = `${request}: statement ${i + 1} of ${all.length} by time, ${took}${runs}`;
  });
  return { queries: kept, skipped: all.length - kept.length };
}

const MAX_SQL = 1_500;
const MAX_PLAN_LINE = 300;

/** Prints explained queries: name, SQL (long statements shortened), parameters, plan. */
export function printExplained(results: ExplainedQuery[], log: (line: string) => void = console.log): void {
  for (const r of results) {
    log(`\n### ${r.name}`);
    const sql = r.sql.trim();
    log("```sql");
    log(sql.length > MAX_SQL ? `${sql.slice(0, MAX_SQL)}\n-- ... (${sql.length - MAX_SQL} more characters)` : sql);
    log("```");
    if (r.params?.length) log(`parameters: ${describeParams(r.params)}`);
    log("```");
    // Long IN lists make plan lines of hundreds of kilobytes; the shape of the plan is what matters.
    log(r.plan.split("\n").map((line) => (line.length > MAX_PLAN_LINE ? `${line.slice(0, MAX_PLAN_LINE)} ...` : line)).join("\n"));
    log("```");
  }
}

function describeParams(params: unknown[]): string {
  const shown = params.slice(0, 8).map((p) => {
    if (Array.isArray(p)) return p.length > 5 ? `[${p.slice(0, 5).map((v) => JSON.stringify(v)).join(", ")}, ... ${p.length} items]` : JSON.stringify(p);
    const s = JSON.stringify(p);
    return s && s.length > 80 ? `${s.slice(0, 80)}...` : s;
  });
  return `${shown.map((s, i) => `$${i + 1}=${s}`).join(", ")}${params.length > 8 ? `, ... (${params.length} in all)` : ""}`;
}
