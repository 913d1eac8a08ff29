// Roughly how many rows of monthly link statistics the timeline would add up, without counting them: the
// planner's estimate (kept by ANALYZE and autovacuum), or, for a table never analysed, its size on disk
// over a generous row width. The dashboard page uses it to decide, in a millisecond, whether the timeline
// is small enough to build while rendering or should be left for the browser to fetch.
import "server-only";
import { db } from "@/lib/db";

/** A link_month_stats row with its tuple header is about 90 bytes on disk; 100 errs towards "large". */
const BYTES_PER_ROW = 100;

export async function estimateTimelineRows(): Promise<number> {
  const rows = await db().$queryRaw<{ estimate: number }[]>`
    SELECT (CASE WHEN reltuples >= 0 THEN reltuples ELSE pg_relation_size(oid) / ${BYTES_PER_ROW}::float8 END)::float8 AS estimate
      FROM pg_class WHERE oid = 'link_month_stats'::regclass`;
  return rows[0]?.estimate ?? 0;
}
