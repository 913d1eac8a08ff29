-- Hand-written: the sources trigger of add_event_search ran once per source row, so a bulk import (COPY)
-- rewrote each event's search vector once per source. Run it once per statement instead, over the rows the
-- statement touched (transition tables), which keeps bulk imports fast.
DROP TRIGGER "sources_touch_event_search" ON "sources";
DROP FUNCTION "sources_touch_event_search"();

CREATE FUNCTION "sources_refresh_event_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "events" e
       SET "search_vector" = "events_search_document"(e."title", e."summary", e."id")
     WHERE e."id" IN (SELECT DISTINCT "event_id" FROM new_rows);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "events" e
       SET "search_vector" = "events_search_document"(e."title", e."summary", e."id")
     WHERE e."id" IN (SELECT DISTINCT "event_id" FROM old_rows);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "sources_refresh_event_search_insert" AFTER INSERT ON "sources"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "sources_refresh_event_search"();
CREATE TRIGGER "sources_refresh_event_search_update" AFTER UPDATE ON "sources"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "sources_refresh_event_search"();
CREATE TRIGGER "sources_refresh_event_search_delete" AFTER DELETE ON "sources"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "sources_refresh_event_search"();
