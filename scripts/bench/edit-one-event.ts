// bench:api's "after one edit": the kind of write an editor makes (one event's evidence level changed) committed
// straight into the benchmark database, so the next request shows what a single edit costs a warm server. The same
// triggers run as for an edit through the API (link_month_stats, link_changes, event_month_counts, data_version).
import pg from "pg";

/**
 * Takes the benchmark database's URL. Changes the newest public event's evidence (alleged, or reported if it was
 * alleged) in one committed transaction and returns a function that puts it back (a second edit). Throws when the
 * database cannot be reached or holds no public event.
 */
export async function editOneEvent(databaseUrl: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "axis-bench-api-edit" });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; evidence: string }>(
      `SELECT id::text, evidence::text FROM events WHERE NOT retired ORDER BY occurred_on DESC, id LIMIT 1`,
    );
    const event = rows[0];
    if (!event) throw new Error("the benchmark database has no public event to edit");
    const edited = event.evidence === "alleged" ? "reported" : "alleged";
    await client.query(`UPDATE events SET evidence = $2::"Evidence" WHERE id = $1::uuid`, [event.id, edited]);
    return async () => {
      const back = new pg.Client({ connectionString: databaseUrl, application_name: "axis-bench-api-edit" });
      await back.connect();
      try {
        await back.query(`UPDATE events SET evidence = $2::"Evidence" WHERE id = $1::uuid`, [event.id, event.evidence]);
      } finally {
        await back.end();
      }
    };
  } finally {
    await client.end();
  }
}
