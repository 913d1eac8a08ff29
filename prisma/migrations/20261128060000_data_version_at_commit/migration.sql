-- Hand-written. data_version was bumped by statement triggers as soon as a write happened, which locked its one
-- row until the writing transaction ended: a long import batch (or any open transaction) then held every other
-- writer waiting. Bump it at commit instead, once per transaction, from deferred constraint triggers, so the
-- row is locked only for the instant between the bump and the commit.
DROP TRIGGER "events_bump_data_version_insert" ON "events";
DROP TRIGGER "events_bump_data_version_update" ON "events";
DROP TRIGGER "events_bump_data_version_delete" ON "events";
DROP TRIGGER "event_participants_bump_data_version_insert" ON "event_participants";
DROP TRIGGER "event_participants_bump_data_version_delete" ON "event_participants";
DROP TRIGGER "sources_bump_data_version_insert" ON "sources";
DROP TRIGGER "sources_bump_data_version_update" ON "sources";
DROP TRIGGER "sources_bump_data_version_delete" ON "sources";
DROP TRIGGER "links_bump_data_version_insert" ON "links";
DROP TRIGGER "links_bump_data_version_update" ON "links";
DROP TRIGGER "countries_bump_data_version_update" ON "countries";
DROP FUNCTION "bump_data_version"();

CREATE FUNCTION "bump_data_version_at_commit"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Deferred row triggers fire once per changed row at commit; the first one of the transaction bumps.
  IF current_setting('axis.data_version_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1;
    PERFORM set_config('axis.data_version_bumped', txid_current()::text, true);
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "events_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "events"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version_at_commit"();
CREATE CONSTRAINT TRIGGER "event_participants_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "event_participants"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version_at_commit"();
CREATE CONSTRAINT TRIGGER "sources_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "sources"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version_at_commit"();
CREATE CONSTRAINT TRIGGER "links_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "links"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version_at_commit"();
CREATE CONSTRAINT TRIGGER "countries_bump_data_version" AFTER UPDATE ON "countries"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version_at_commit"();
