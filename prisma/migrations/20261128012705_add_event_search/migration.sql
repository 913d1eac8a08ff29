-- AlterTable
ALTER TABLE "events" ADD COLUMN     "search_vector" tsvector;

-- CreateIndex
CREATE INDEX "events_search_vector_idx" ON "events" USING GIN ("search_vector");

-- Hand-written (Prisma's schema language cannot express triggers): keep events.search_vector current.
-- Title weighs most, then the summary, then the sources' titles and publishers. 'simple' keeps names such
-- as "Yun Jong Ho" intact instead of stemming them as English words.
CREATE OR REPLACE FUNCTION "events_search_document"(p_title TEXT, p_summary TEXT, p_event_id UUID)
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('simple', coalesce(p_title, '')), 'A')
      || setweight(to_tsvector('simple', coalesce(p_summary, '')), 'B')
      || setweight(to_tsvector('simple', coalesce((
           SELECT string_agg(coalesce(s."title", '') || ' ' || coalesce(s."publisher", ''), ' ')
           FROM "sources" s WHERE s."event_id" = p_event_id), '')), 'C')
$$;

CREATE OR REPLACE FUNCTION "events_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_vector" := "events_search_document"(NEW."title", NEW."summary", NEW."id");
  RETURN NEW;
END
$$;

CREATE TRIGGER "events_search_vector_refresh"
  BEFORE INSERT OR UPDATE OF "title", "summary" ON "events"
  FOR EACH ROW EXECUTE FUNCTION "events_search_vector_refresh"();

CREATE OR REPLACE FUNCTION "sources_touch_event_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "events" e
     SET "search_vector" = "events_search_document"(e."title", e."summary", e."id")
   WHERE e."id" IN (
     SELECT "event_id" FROM (SELECT NEW."event_id" AS "event_id" WHERE TG_OP <> 'DELETE'
                             UNION SELECT OLD."event_id" WHERE TG_OP <> 'INSERT') ids);
  RETURN NULL;
END
$$;

CREATE TRIGGER "sources_touch_event_search"
  AFTER INSERT OR UPDATE OR DELETE ON "sources"
  FOR EACH ROW EXECUTE FUNCTION "sources_touch_event_search"();

-- Events that existed before this migration.
UPDATE "events" SET "search_vector" = "events_search_document"("title", "summary", "id");
