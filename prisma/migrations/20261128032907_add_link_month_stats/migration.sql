-- CreateTable
CREATE TABLE "link_month_stats" (
    "link_id" VARCHAR(5) NOT NULL,
    "month" DATE NOT NULL,
    "end_month" DATE NOT NULL,
    "category" "EventCategory" NOT NULL,
    "evidence" "Evidence" NOT NULL,
    "origin" "EventOrigin" NOT NULL,
    "events" INTEGER NOT NULL,
    "negative" INTEGER NOT NULL,
    "score_sum" DOUBLE PRECISION NOT NULL,
    "first_on" DATE NOT NULL,
    "last_on" DATE NOT NULL,
    "last_precision" "DatePrecision" NOT NULL,

    CONSTRAINT "link_month_stats_pkey" PRIMARY KEY ("link_id","month","end_month","category","evidence","origin")
);

-- CreateTable
CREATE TABLE "data_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "link_month_stats_month_idx" ON "link_month_stats"("month");

-- AddForeignKey
ALTER TABLE "link_month_stats" ADD CONSTRAINT "link_month_stats_link_id_fkey" FOREIGN KEY ("link_id") REFERENCES "links"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written from here: Prisma's schema language cannot express functions or triggers.
-- link_month_stats holds, per link, month and kind of event (category, evidence, origin), how many public
-- (not retired) events there were and how they scored. The triggers below keep it current in the same
-- transaction as every write, however it is made (the API, an import's COPY, psql):
--   * new participants add their events to the rows of every link among the event's countries (a delta, so
--     bulk imports cost one set-based statement per batch);
--   * anything that can take an event out of a row (an edit, retiring, removing a country, deleting) recounts
--     the affected (link, month) rows from the events themselves;
--   * a new link counts the events its two countries already shared.
-- data_version counts committed changes; caches key on it and dashboards poll it.

INSERT INTO "data_version" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Statement triggers fire even when no row changed (e.g. an edit refused for a stale version).
  IF EXISTS (SELECT 1 FROM changed_rows) THEN
    UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "events_bump_data_version_insert" AFTER INSERT ON "events"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "events_bump_data_version_update" AFTER UPDATE ON "events"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "events_bump_data_version_delete" AFTER DELETE ON "events"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "event_participants_bump_data_version_insert" AFTER INSERT ON "event_participants"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "event_participants_bump_data_version_delete" AFTER DELETE ON "event_participants"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "sources_bump_data_version_insert" AFTER INSERT ON "sources"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "sources_bump_data_version_update" AFTER UPDATE ON "sources"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "sources_bump_data_version_delete" AFTER DELETE ON "sources"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "links_bump_data_version_insert" AFTER INSERT ON "links"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "links_bump_data_version_update" AFTER UPDATE ON "links"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "countries_bump_data_version_update" AFTER UPDATE ON "countries"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();

-- Recounts the given (link, month) rows from the events: used whenever an event may have left a row.
CREATE FUNCTION "refresh_link_month_stats"(link_ids text[], months date[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "link_month_stats" s
   USING unnest(link_ids, months) AS k(link_id, month)
   WHERE s."link_id" = k.link_id AND s."month" = k.month;
  INSERT INTO "link_month_stats"
    ("link_id", "month", "end_month", "category", "evidence", "origin", "events", "negative", "score_sum", "first_on", "last_on", "last_precision")
  SELECT l."id", k.month, date_trunc('month', e."occurred_end")::date, e."category", e."evidence", e."origin",
         count(*), count(*) FILTER (WHERE e."score" < 0), sum(e."score"), min(e."occurred_on"), max(e."occurred_on"),
         (array_agg(e."precision" ORDER BY e."occurred_on" DESC, e."occurred_end"))[1]
    FROM (SELECT DISTINCT u.link_id, u.month FROM unnest(link_ids, months) AS u(link_id, month)) k
    JOIN "links" l ON l."id" = k.link_id
    JOIN "events" e ON e."occurred_on" >= k.month AND e."occurred_on" < k.month + interval '1 month' AND NOT e."retired"
   WHERE EXISTS (SELECT 1 FROM "event_participants" p WHERE p."event_id" = e."id" AND p."country_id" = l."country_a_id")
     AND EXISTS (SELECT 1 FROM "event_participants" p WHERE p."event_id" = e."id" AND p."country_id" = l."country_b_id")
   GROUP BY 1, 2, 3, 4, 5, 6;
$$;

-- Counts every event of the given links (all months): used for new links and for rebuilding.
CREATE FUNCTION "count_link_month_stats"(link_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  link record;
BEGIN
  -- One statement per link with its countries as literals, so the planner starts from the country with
  -- fewer events instead of walking every event of a busy one.
  FOR link IN SELECT "id", "country_a_id", "country_b_id" FROM "links" WHERE "id" = ANY (link_ids) LOOP
    EXECUTE format($sql$
      INSERT INTO "link_month_stats"
        ("link_id", "month", "end_month", "category", "evidence", "origin", "events", "negative", "score_sum", "first_on", "last_on", "last_precision")
      SELECT %L, date_trunc('month', e."occurred_on")::date, date_trunc('month', e."occurred_end")::date, e."category", e."evidence", e."origin",
             count(*), count(*) FILTER (WHERE e."score" < 0), sum(e."score"), min(e."occurred_on"), max(e."occurred_on"),
             (array_agg(e."precision" ORDER BY e."occurred_on" DESC, e."occurred_end"))[1]
        FROM "event_participants" a
        JOIN "event_participants" b ON b."event_id" = a."event_id" AND b."country_id" = %L
        JOIN "events" e ON e."id" = a."event_id" AND NOT e."retired"
       WHERE a."country_id" = %L
       GROUP BY 2, 3, 4, 5, 6
      ON CONFLICT DO NOTHING$sql$, link."id", link."country_b_id", link."country_a_id");
  END LOOP;
END
$$;

-- Recomputes the whole table from the events, e.g. after a bulk load with triggers switched off.
CREATE FUNCTION "rebuild_link_month_stats"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "link_month_stats";
  INSERT INTO "link_month_stats"
    ("link_id", "month", "end_month", "category", "evidence", "origin", "events", "negative", "score_sum", "first_on", "last_on", "last_precision")
  SELECT l."id", date_trunc('month', e."occurred_on")::date, date_trunc('month', e."occurred_end")::date, e."category", e."evidence", e."origin",
         count(*), count(*) FILTER (WHERE e."score" < 0), sum(e."score"), min(e."occurred_on"), max(e."occurred_on"),
         (array_agg(e."precision" ORDER BY e."occurred_on" DESC, e."occurred_end"))[1]
    FROM "event_participants" a
    JOIN "event_participants" b ON b."event_id" = a."event_id" AND b."country_id" > a."country_id"
    JOIN "links" l ON l."country_a_id" = a."country_id" AND l."country_b_id" = b."country_id"
    JOIN "events" e ON e."id" = a."event_id" AND NOT e."retired"
   GROUP BY 1, 2, 3, 4, 5, 6;
  UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1;
END
$$;

-- New participants: add their events to every link among the event's countries that involves one of them.
CREATE FUNCTION "link_month_stats_participants_added"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "link_month_stats" AS s
    ("link_id", "month", "end_month", "category", "evidence", "origin", "events", "negative", "score_sum", "first_on", "last_on", "last_precision")
  SELECT l."id", date_trunc('month', e."occurred_on")::date, date_trunc('month', e."occurred_end")::date, e."category", e."evidence", e."origin",
         count(*), count(*) FILTER (WHERE e."score" < 0), sum(e."score"), min(e."occurred_on"), max(e."occurred_on"),
         (array_agg(e."precision" ORDER BY e."occurred_on" DESC, e."occurred_end"))[1]
    FROM (SELECT DISTINCT "event_id" FROM new_rows) n
    JOIN "events" e ON e."id" = n."event_id" AND NOT e."retired"
    JOIN "event_participants" a ON a."event_id" = e."id"
    JOIN "event_participants" b ON b."event_id" = e."id" AND b."country_id" > a."country_id"
    JOIN "links" l ON l."country_a_id" = a."country_id" AND l."country_b_id" = b."country_id"
   WHERE EXISTS (SELECT 1 FROM new_rows r WHERE r."event_id" = e."id" AND r."country_id" IN (a."country_id", b."country_id"))
   GROUP BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("link_id", "month", "end_month", "category", "evidence", "origin") DO UPDATE SET
    "events" = s."events" + EXCLUDED."events",
    "negative" = s."negative" + EXCLUDED."negative",
    "score_sum" = s."score_sum" + EXCLUDED."score_sum",
    "first_on" = LEAST(s."first_on", EXCLUDED."first_on"),
    "last_on" = GREATEST(s."last_on", EXCLUDED."last_on"),
    "last_precision" = CASE WHEN EXCLUDED."last_on" > s."last_on" THEN EXCLUDED."last_precision" ELSE s."last_precision" END;
  RETURN NULL;
END
$$;

-- Removed participants: recount the (link, month) rows of every pair the removed countries were part of.
CREATE FUNCTION "link_month_stats_participants_removed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  link_ids text[];
  months date[];
BEGIN
  WITH members AS (
    SELECT "event_id", "country_id" FROM old_rows
    UNION
    SELECT p."event_id", p."country_id" FROM "event_participants" p WHERE p."event_id" IN (SELECT "event_id" FROM old_rows)
  ), keys AS (
    SELECT DISTINCT l."id" AS link_id, date_trunc('month', e."occurred_on")::date AS month
      FROM members a
      JOIN members b ON b."event_id" = a."event_id" AND b."country_id" > a."country_id"
      JOIN "events" e ON e."id" = a."event_id"
      JOIN "links" l ON l."country_a_id" = a."country_id" AND l."country_b_id" = b."country_id"
  )
  SELECT array_agg(link_id), array_agg(month) INTO link_ids, months FROM keys;
  IF link_ids IS NOT NULL THEN
    PERFORM "refresh_link_month_stats"(link_ids, months);
  END IF;
  RETURN NULL;
END
$$;

-- Edited events: recount the rows of the month they were in and the month they are in now.
CREATE FUNCTION "link_month_stats_events_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  link_ids text[];
  months date[];
BEGIN
  WITH changed AS (
    SELECT n."id", o."occurred_on" AS old_on, n."occurred_on" AS new_on
      FROM new_rows n JOIN old_rows o ON o."id" = n."id"
     WHERE (o."occurred_on", o."occurred_end", o."precision", o."category", o."evidence", o."origin", o."score", o."retired")
           IS DISTINCT FROM (n."occurred_on", n."occurred_end", n."precision", n."category", n."evidence", n."origin", n."score", n."retired")
  ), moved AS (
    SELECT "id", date_trunc('month', old_on)::date AS month FROM changed
    UNION
    SELECT "id", date_trunc('month', new_on)::date FROM changed
  ), keys AS (
    SELECT DISTINCT l."id" AS link_id, m.month
      FROM moved m
      JOIN "event_participants" a ON a."event_id" = m."id"
      JOIN "event_participants" b ON b."event_id" = m."id" AND b."country_id" > a."country_id"
      JOIN "links" l ON l."country_a_id" = a."country_id" AND l."country_b_id" = b."country_id"
  )
  SELECT array_agg(link_id), array_agg(month) INTO link_ids, months FROM keys;
  IF link_ids IS NOT NULL THEN
    PERFORM "refresh_link_month_stats"(link_ids, months);
  END IF;
  RETURN NULL;
END
$$;

-- A deleted event takes its participants with it (ON DELETE CASCADE), but by then the event's month is gone.
-- Removing the participants first, while the event still exists, lets their trigger recount its rows.
CREATE FUNCTION "link_month_stats_event_deleting"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "event_participants" WHERE "event_id" = OLD."id";
  RETURN OLD;
END
$$;

CREATE FUNCTION "link_month_stats_links_added"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "count_link_month_stats"(ARRAY(SELECT "id"::text FROM new_rows));
  RETURN NULL;
END
$$;

CREATE TRIGGER "event_participants_link_stats_insert" AFTER INSERT ON "event_participants"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_month_stats_participants_added"();
CREATE TRIGGER "event_participants_link_stats_delete" AFTER DELETE ON "event_participants"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_month_stats_participants_removed"();
CREATE TRIGGER "events_link_stats_update" AFTER UPDATE ON "events"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_month_stats_events_changed"();
CREATE TRIGGER "events_link_stats_delete" BEFORE DELETE ON "events"
  FOR EACH ROW EXECUTE FUNCTION "link_month_stats_event_deleting"();
CREATE TRIGGER "links_link_stats_insert" AFTER INSERT ON "links"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_month_stats_links_added"();

-- Databases migrated before this one already hold events.
SELECT "rebuild_link_month_stats"();
