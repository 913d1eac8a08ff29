-- CreateTable
CREATE TABLE "link_changes" (
    "id" BIGSERIAL NOT NULL,
    "link_id" VARCHAR(5) NOT NULL,
    "version" BIGINT,

    CONSTRAINT "link_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "link_changes_retention" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "known_since" BIGINT NOT NULL,
    "keep_versions" INTEGER NOT NULL DEFAULT 1000,

    CONSTRAINT "link_changes_retention_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "link_changes_version_link_id_idx" ON "link_changes"("version", "link_id");

-- Hand-written from here. link_changes answers "which links changed between data version V and now?" exactly, so
-- a reader holding the atlas at V recomputes only those links (lib/server/changed-links-since.ts) instead of every
-- cached answer. The version a transaction commits as is known only at its data-version bump, which happens at
-- commit under the data_version row's lock (migration data_version_at_commit), so:
--   * statement triggers on link_month_stats and links note the link ids a statement touched, once per
--     transaction, with no version (NULL: only the writing transaction can see its own NULL rows; every other
--     transaction sees rows only after their commit, stamped);
--   * a row trigger on data_version stamps them with the new version in the bump's own statement, whoever bumps
--     (the deferred at-commit bump of edits, a bulk import's one bump per batch, rebuild_link_month_stats());
--   * a deferred trigger on link_changes makes sure a transaction that noted changes is bumped at commit even when
--     it touched nothing else that bumps (a psql statement on link_month_stats, a TRUNCATE).
-- Versions are assigned in commit order (a bump waits for the previous bumper's commit), so in any snapshot
-- whose data_version is W, the rows with version in (V, W] are exactly the changes of the transactions that
-- committed as V+1 .. W, on the primary as on a replica replaying its WAL.
-- A link's row is noted when its statistics change (an event added, edited, retired, moved, deleted, its
-- countries changed, an import) or when the links row itself does (title, summary; created or deleted). An
-- event's title, summary or sources change no statistics and note nothing.

-- Changes are exact from this version on; what happened before is unknown.
INSERT INTO "link_changes_retention" ("id", "known_since") SELECT 1, "version" FROM "data_version" WHERE "id" = 1;

-- Notes the given links as changed by the current transaction, unless it already noted them: the index on
-- (version, link_id) finds the transaction's own unstamped rows.
CREATE FUNCTION "note_link_changes"(link_ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "link_changes" ("link_id")
  SELECT DISTINCT u.id FROM unnest(link_ids) AS u(id)
   WHERE u.id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "link_changes" c WHERE c."version" IS NULL AND c."link_id" = u.id);
$$;

-- One function per transition table's shape (statement triggers on several events cannot have transition tables).
CREATE FUNCTION "link_changes_stats_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "note_link_changes"(ARRAY(SELECT DISTINCT "link_id"::text FROM new_rows));
  RETURN NULL;
END
$$;
CREATE FUNCTION "link_changes_stats_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "note_link_changes"(ARRAY(SELECT "link_id"::text FROM new_rows UNION SELECT "link_id"::text FROM old_rows));
  RETURN NULL;
END
$$;
CREATE FUNCTION "link_changes_stats_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "note_link_changes"(ARRAY(SELECT DISTINCT "link_id"::text FROM old_rows));
  RETURN NULL;
END
$$;
CREATE FUNCTION "link_changes_links_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "note_link_changes"(ARRAY(SELECT "id"::text FROM new_rows));
  RETURN NULL;
END
$$;
CREATE FUNCTION "link_changes_links_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "note_link_changes"(ARRAY(SELECT "id"::text FROM new_rows UNION SELECT "id"::text FROM old_rows));
  RETURN NULL;
END
$$;
CREATE FUNCTION "link_changes_links_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "note_link_changes"(ARRAY(SELECT "id"::text FROM old_rows));
  RETURN NULL;
END
$$;
-- A TRUNCATE names no rows: "*" says every link changed.
CREATE FUNCTION "link_changes_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "note_link_changes"(ARRAY['*']);
  RETURN NULL;
END
$$;

-- Not quiet for a bulk import: its statistics and links are exactly what readers must hear about. A statement
-- trigger costs one call per statement, and a batch makes a handful of statements.
CREATE TRIGGER "link_month_stats_note_insert" AFTER INSERT ON "link_month_stats"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_changes_stats_inserted"();
CREATE TRIGGER "link_month_stats_note_update" AFTER UPDATE ON "link_month_stats"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_changes_stats_updated"();
CREATE TRIGGER "link_month_stats_note_delete" AFTER DELETE ON "link_month_stats"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_changes_stats_deleted"();
CREATE TRIGGER "link_month_stats_note_truncate" AFTER TRUNCATE ON "link_month_stats"
  FOR EACH STATEMENT EXECUTE FUNCTION "link_changes_truncated"();
CREATE TRIGGER "links_note_insert" AFTER INSERT ON "links"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_changes_links_inserted"();
CREATE TRIGGER "links_note_update" AFTER UPDATE ON "links"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_changes_links_updated"();
CREATE TRIGGER "links_note_delete" AFTER DELETE ON "links"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_changes_links_deleted"();
CREATE TRIGGER "links_note_truncate" AFTER TRUNCATE ON "links"
  FOR EACH STATEMENT EXECUTE FUNCTION "link_changes_truncated"();

-- Whoever bumps data_version stamps the transaction's noted links with the new version, in the same statement,
-- while holding the row's lock, and every so often prunes what is older than keep_versions versions (every
-- hundredth of keep_versions, so no one bump deletes much: at 1,000 kept, ten versions' rows; a bulk import notes
-- about 3,000 links per 5,000-row batch). known_since moves with the pruning: changes since any V >= known_since
-- are all still here. Unstamped rows another transaction left committed (it noted changes and committed without a
-- bump: only possible by SET CONSTRAINTS ... IMMEDIATE followed by more writes) are stamped too: they report as
-- changed later than they were, which only makes a reader recompute a link twice.
CREATE FUNCTION "link_changes_stamp"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  horizon bigint;
BEGIN
  UPDATE "link_changes" SET "version" = NEW."version" WHERE "version" IS NULL;
  SELECT NEW."version" - r."keep_versions" INTO horizon FROM "link_changes_retention" r
   WHERE r."id" = 1 AND NEW."version" - r."keep_versions" >= r."known_since" + greatest(1, r."keep_versions" / 100);
  IF horizon IS NOT NULL THEN
    DELETE FROM "link_changes" WHERE "version" <= horizon;
    UPDATE "link_changes_retention" SET "known_since" = horizon WHERE "id" = 1;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "data_version_stamp_link_changes" AFTER UPDATE ON "data_version"
  FOR EACH ROW WHEN (NEW."version" IS DISTINCT FROM OLD."version") EXECUTE FUNCTION "link_changes_stamp"();

-- A transaction that noted a change is bumped at commit like any other write (the bump function is the edits' own,
-- once per transaction). Quiet for a bulk import, which bumps once per batch itself, after its last statement.
CREATE CONSTRAINT TRIGGER "link_changes_bump_data_version" AFTER INSERT ON "link_changes"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NEW."version" IS NULL AND current_setting('axis.bulk_import', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "bump_data_version_at_commit"();

-- A rebuild changes every link, and runs with triggers off when the synthetic seeder calls it
-- (session_replication_role = replica), so it says so itself: changes are known only from its own version on.
CREATE OR REPLACE FUNCTION "rebuild_link_month_stats"() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  rebuilt bigint;
BEGIN
  TRUNCATE "link_month_stats";
  INSERT INTO "link_month_stats"
    ("link_id", "month", "end_month", "category", "evidence", "origin", "events", "negative", "score_sum", "first_on", "last_on", "last_precision", "a_to_b", "b_to_a")
  SELECT l."id", date_trunc('month', e."occurred_on")::date, date_trunc('month', e."occurred_end")::date, e."category", e."evidence", e."origin",
         count(*), count(*) FILTER (WHERE e."score" < 0), sum(e."score"), min(e."occurred_on"), max(e."occurred_on"),
         (array_agg(e."precision" ORDER BY e."occurred_on" DESC, e."occurred_end"))[1],
         count(*) FILTER (WHERE "pair_flow"(a."role", b."role") = 1), count(*) FILTER (WHERE "pair_flow"(a."role", b."role") = -1)
    FROM "event_participants" a
    JOIN "event_participants" b ON b."event_id" = a."event_id" AND b."country_id" > a."country_id"
    JOIN "links" l ON l."country_a_id" = a."country_id" AND l."country_b_id" = b."country_id"
    JOIN "events" e ON e."id" = a."event_id" AND NOT e."retired"
   GROUP BY 1, 2, 3, 4, 5, 6;
  UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1 RETURNING "version" INTO rebuilt;
  -- Every row up to the rebuild is now moot, and so are unstamped ones (this transaction's, stamped above unless
  -- triggers are off, or ones left committed without a bump).
  DELETE FROM "link_changes" WHERE "version" IS NULL OR "version" <= rebuilt;
  UPDATE "link_changes_retention" SET "known_since" = rebuilt WHERE "id" = 1;
END
$$;
