// A busy link for tests of paging and ranges: Germany–France with 100 events in 2010 and 520 in 2024 (more
// than a page of events either way), inserted by SQL so hundreds of rows cost a second, with the same
// triggers keeping the statistics as any write. Categories, evidence levels and scores vary by row so the
// strongest events are not simply the newest. Every row says it is a test fixture; none is real.
import pg from "pg";

export const BUSY_LINK = { id: "DE-FR", events2010: 100, events2024: 520 } as const;

const CATEGORIES = ["diplomatic_visit", "summit", "economic_cooperation", "statement", "arms_transfer"];
const EVIDENCE = ["confirmed", "reported", "alleged", "reported"];

export async function insertBusyLink(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`INSERT INTO links (id, country_a_id, country_b_id, title, summary) VALUES ('DE-FR', 'DE', 'FR', 'Test fixture: Germany and France', '') ON CONFLICT DO NOTHING`);
    for (const [year, count] of [[2010, BUSY_LINK.events2010], [2024, BUSY_LINK.events2024]] as const) {
      await client.query(
        `WITH rows AS (
           SELECT n, gen_random_uuid() AS id, (make_date($1, 1, 1) + ((n * 3) % 365))::date AS day
             FROM generate_series(1, $2::int) AS n),
         ev AS (
           INSERT INTO events (id, title, summary, occurred_on, occurred_end, precision, category, evidence, score, origin)
           SELECT id, 'Test fixture event ' || $1 || ' #' || n, '', day, day, 'day',
                  ($3::text[])[1 + n % cardinality($3::text[])]::"EventCategory",
                  ($4::text[])[1 + n % cardinality($4::text[])]::"Evidence",
                  CASE WHEN n % 7 = 0 THEN -2.5 ELSE 3.4 END, 'curated'
             FROM rows
           RETURNING id)
         INSERT INTO event_participants (event_id, country_id) SELECT id, c FROM ev, unnest(ARRAY['DE', 'FR']) AS c`,
        [year, count, CATEGORIES, EVIDENCE],
      );
    }
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}
