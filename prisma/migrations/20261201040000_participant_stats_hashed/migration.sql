-- Hand-written. The participants' statement trigger kept only the pairs that involve a new participant with a
-- correlated EXISTS over the transition table (`r.country_id IN (a.country_id, b.country_id)`), which PostgreSQL
-- cannot turn into a join: it scanned every new row for every pair, 5,000 × 10,000 comparisons per import batch,
-- about one second of each 5,000-row batch (PostgreSQL's statement log, `npm run bench:import`). The same test as
-- two uncorrelated IN lists becomes two hashed subplans: one lookup per pair.
CREATE OR REPLACE FUNCTION "link_month_stats_participants_added"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "link_month_stats" AS s
    ("link_id", "month", "end_month", "category", "evidence", "origin", "events", "negative", "score_sum", "first_on", "last_on", "last_precision", "a_to_b", "b_to_a")
  SELECT l."id", date_trunc('month', e."occurred_on")::date, date_trunc('month', e."occurred_end")::date, e."category", e."evidence", e."origin",
         count(*), count(*) FILTER (WHERE e."score" < 0), sum(e."score"), min(e."occurred_on"), max(e."occurred_on"),
         (array_agg(e."precision" ORDER BY e."occurred_on" DESC, e."occurred_end"))[1],
         count(*) FILTER (WHERE "pair_flow"(a."role", b."role") = 1), count(*) FILTER (WHERE "pair_flow"(a."role", b."role") = -1)
    FROM (SELECT DISTINCT "event_id" FROM new_rows) n
    JOIN "events" e ON e."id" = n."event_id" AND NOT e."retired"
    JOIN "event_participants" a ON a."event_id" = e."id"
    JOIN "event_participants" b ON b."event_id" = e."id" AND b."country_id" > a."country_id"
    JOIN "links" l ON l."country_a_id" = a."country_id" AND l."country_b_id" = b."country_id"
   WHERE (a."event_id", a."country_id") IN (SELECT "event_id", "country_id" FROM new_rows)
      OR (b."event_id", b."country_id") IN (SELECT "event_id", "country_id" FROM new_rows)
   GROUP BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("link_id", "month", "end_month", "category", "evidence", "origin") DO UPDATE SET
    "events" = s."events" + EXCLUDED."events",
    "negative" = s."negative" + EXCLUDED."negative",
    "score_sum" = s."score_sum" + EXCLUDED."score_sum",
    "first_on" = LEAST(s."first_on", EXCLUDED."first_on"),
    "last_on" = GREATEST(s."last_on", EXCLUDED."last_on"),
    "last_precision" = CASE WHEN EXCLUDED."last_on" > s."last_on" THEN EXCLUDED."last_precision" ELSE s."last_precision" END,
    "a_to_b" = s."a_to_b" + EXCLUDED."a_to_b",
    "b_to_a" = s."b_to_a" + EXCLUDED."b_to_a";
  RETURN NULL;
END
$$;

-- A bulk import (axis.bulk_import, migration bulk_import_set_based) adds its batch's statistics itself, from its
-- staging table, in one GROUP BY (lib/import/gdelt-import.ts): its events are new and have exactly two countries,
-- so it knows each one's link and direction without joining events and participants back. The trigger stays
-- quiet for it, as the data-version triggers do.
DROP TRIGGER "event_participants_link_stats_insert" ON "event_participants";
CREATE TRIGGER "event_participants_link_stats_insert" AFTER INSERT ON "event_participants"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  WHEN (current_setting('axis.bulk_import', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "link_month_stats_participants_added"();
