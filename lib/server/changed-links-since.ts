// Which links changed since a data version: their link_month_stats rows or their links row, by the transactions
// that committed as versions after it (link_changes, see the link_changes migration). Lets a reader that holds
// something computed at version V (e.g. the timeline's cells) recompute only those links instead of everything.
import "server-only";
import { db } from "@/lib/db";

export type ChangedLinks = { version: string; links: string[] } | { version: string; all: true };

/** The largest bigint; a longer or larger "version" cannot be one the database gave. */
const MAX_VERSION = BigInt("9223372036854775807");

function parseVersion(version: string): string | null {
  if (!/^(0|[1-9][0-9]{0,18})$/.test(version)) return null;
  return BigInt(version) <= MAX_VERSION ? version : null;
}

/**
 * Takes a data version V as the decimal string getDataVersion returned. Reads in one statement (so one snapshot,
 * on the replica in a public read scope) the current data version W and the ids of the links changed by the
 * transactions that committed as V+1 .. W, and returns `{ version: W, links }` (sorted, possibly empty: an edit
 * of a country, an event's title or a source changes no link). Returns `{ version: W, all: true }` when that
 * cannot be known exactly, and the caller must assume every link changed: V is not a version (unparsable), is
 * older than what link_changes keeps (link_changes_retention.known_since: pruned, before a rebuild, or before
 * link_changes existed), is newer than W (e.g. V came from the primary and this snapshot is a lagging replica's),
 * or a change in the range could not name its links (a TRUNCATE). Links may be listed that no longer exist
 * (deleted) or whose numbers came out the same (recounted). Throws when the database cannot be reached.
 */
export async function changedLinksSince(version: string): Promise<ChangedLinks> {
  const since = parseVersion(version);
  const rows = await db().$queryRaw<{ version: bigint; links: string[] | null }[]>`
    SELECT w.version,
           CASE WHEN ${since}::bigint IS NULL OR ${since}::bigint < r.known_since OR ${since}::bigint > w.version
                  -- Unstamped rows are only ever visible to their own transaction, unless one committed without a
                  -- bump (see the migration): their version is unknown until the next bump stamps them.
                  OR EXISTS (SELECT 1 FROM link_changes u WHERE u.version IS NULL)
                THEN NULL
                ELSE ARRAY(SELECT DISTINCT c.link_id::text FROM link_changes c WHERE c.version > ${since}::bigint ORDER BY 1)
           END AS links
      FROM data_version w JOIN link_changes_retention r ON r.id = 1
     WHERE w.id = 1`;
  const row = rows[0];
  if (!row) return { version: "0", all: true };
  const current = row.version.toString();
  if (!row.links || row.links.includes("*")) return { version: current, all: true };
  return { version: current, links: row.links };
}
