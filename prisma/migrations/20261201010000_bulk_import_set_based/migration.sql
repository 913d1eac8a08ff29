-- Hand-written. A bulk import (lib/import/gdelt-import.ts) writes each batch with a few set-based statements and
-- computes itself what the per-row triggers would: the events' search vectors, one data-version bump per batch.
-- It says so with the transaction-local setting axis.bulk_import = 'on'; single edits never set it and keep
-- every trigger as before. Measured before this migration: 779 rows/s for 200,000 GDELT rows, much of it in
-- per-row trigger calls (a deferred data-version trigger per row of four tables, a search vector per event and
-- then again per event when its sources arrived) and in counting the events of each new link.

-- One definition of an event's search vector, given its sources' text: title (A), summary (B), sources' titles
-- and publishers (C). 'simple' keeps names such as "Yun Jong Ho" intact.
CREATE FUNCTION "events_search_vector_of"(p_title TEXT, p_summary TEXT, p_sources TEXT)
RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(to_tsvector('simple', coalesce(p_title, '')), 'A')
      || setweight(to_tsvector('simple', coalesce(p_summary, '')), 'B')
      || setweight(to_tsvector('simple', coalesce(p_sources, '')), 'C')
$$;

CREATE OR REPLACE FUNCTION "events_search_document"(p_title TEXT, p_summary TEXT, p_event_id UUID)
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT "events_search_vector_of"(p_title, p_summary, (
           SELECT string_agg(coalesce(s."title", '') || ' ' || coalesce(s."publisher", ''), ' ')
           FROM "sources" s WHERE s."event_id" = p_event_id))
$$;

-- A new event gets its vector computed only when the writer did not bring one.
DROP TRIGGER "events_search_vector_refresh" ON "events";
CREATE TRIGGER "events_search_vector_insert" BEFORE INSERT ON "events"
  FOR EACH ROW WHEN (NEW."search_vector" IS NULL) EXECUTE FUNCTION "events_search_vector_refresh"();
CREATE TRIGGER "events_search_vector_refresh" BEFORE UPDATE OF "title", "summary" ON "events"
  FOR EACH ROW EXECUTE FUNCTION "events_search_vector_refresh"();

-- Sources written by a bulk import are already in their events' vectors; a link a bulk import creates is counted
-- by the importer itself, and only when an older event already holds its pair (see lib/import/gdelt-import.ts):
-- counting every event of its first country for each of thousands of new links took most of a batch. Both
-- triggers keep their functions and stay quiet for a bulk import by a WHEN, as the data-version triggers below.
DROP TRIGGER "sources_refresh_event_search_insert" ON "sources";
CREATE TRIGGER "sources_refresh_event_search_insert" AFTER INSERT ON "sources"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  WHEN (current_setting('axis.bulk_import', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "sources_refresh_event_search"();
DROP TRIGGER "links_link_stats_insert" ON "links";
CREATE TRIGGER "links_link_stats_insert" AFTER INSERT ON "links"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  WHEN (current_setting('axis.bulk_import', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "link_month_stats_links_added"();

-- The data-version bumps at commit: a bulk import bumps once per batch itself, so its rows queue no trigger
-- (a WHEN that is false queues nothing, where a check inside the function would still run once per row).
DROP TRIGGER "events_bump_data_version" ON "events";
DROP TRIGGER "event_participants_bump_data_version" ON "event_participants";
DROP TRIGGER "sources_bump_data_version" ON "sources";
DROP TRIGGER "links_bump_data_version" ON "links";
CREATE CONSTRAINT TRIGGER "events_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "events"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (current_setting('axis.bulk_import', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "bump_data_version_at_commit"();
CREATE CONSTRAINT TRIGGER "event_participants_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "event_participants"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (current_setting('axis.bulk_import', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "bump_data_version_at_commit"();
CREATE CONSTRAINT TRIGGER "sources_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "sources"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (current_setting('axis.bulk_import', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "bump_data_version_at_commit"();
CREATE CONSTRAINT TRIGGER "links_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "links"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (current_setting('axis.bulk_import', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "bump_data_version_at_commit"();
