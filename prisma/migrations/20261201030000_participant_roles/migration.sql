-- Who did what to whom. Every source the atlas reads says who acted on whom: CAMEO's source and target (GDELT's
-- Actor1 and Actor2, ICEWS's Source and Target), the arms-transfer registers' supplier and recipient. A
-- participant keeps that role; a multilateral or undirected event's participants keep none (NULL).
CREATE TYPE "ParticipantRole" AS ENUM ('actor', 'target', 'supplier', 'recipient');
ALTER TABLE "event_participants" ADD COLUMN "role" "ParticipantRole";

-- SIPRI's trend-indicator value of an arms transfer, in millions of TIV (SIPRI Arms Transfers Database
-- methodology): a volume of military capability, not a price, so it has its own column and unit.
ALTER TABLE "events" ADD COLUMN "tiv_millions" DOUBLE PRECISION;

-- Per link, month and kind, how many of the row's events flow from the link's country A to B and from B to A.
-- Counts add up like `events`, so the statement triggers keep them by the same deltas and recounts.
ALTER TABLE "link_month_stats" ADD COLUMN "a_to_b" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "link_month_stats" ADD COLUMN "b_to_a" INTEGER NOT NULL DEFAULT 0;

-- The direction of an event between two of its participants, given their roles: 1 when the first acts on
-- (or supplies) the second, -1 the other way, 0 when the roles say neither. One rule for every statement below
-- and for lib/domain/direction.ts (which must agree with it).
CREATE FUNCTION "pair_flow"(role_a "ParticipantRole", role_b "ParticipantRole") RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN role_a IN ('actor', 'supplier') AND role_b IN ('target', 'recipient') THEN 1
    WHEN role_b IN ('actor', 'supplier') AND role_a IN ('target', 'recipient') THEN -1
    ELSE 0 END
$$;

CREATE OR REPLACE FUNCTION "refresh_link_month_stats"(link_ids text[], months date[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "link_month_stats" s
   USING unnest(link_ids, months) AS k(link_id, month)
   WHERE s."link_id" = k.link_id AND s."month" = k.month;
  INSERT INTO "link_month_stats"
    ("link_id", "month", "end_month", "category", "evidence", "origin", "events", "negative", "score_sum", "first_on", "last_on", "last_precision", "a_to_b", "b_to_a")
  SELECT l."id", k.month, date_trunc('month', e."occurred_end")::date, e."category", e."evidence", e."origin",
         count(*), count(*) FILTER (WHERE e."score" < 0), sum(e."score"), min(e."occurred_on"), max(e."occurred_on"),
         (array_agg(e."precision" ORDER BY e."occurred_on" DESC, e."occurred_end"))[1],
         count(*) FILTER (WHERE "pair_flow"(pa."role", pb."role") = 1), count(*) FILTER (WHERE "pair_flow"(pa."role", pb."role") = -1)
    FROM (SELECT DISTINCT u.link_id, u.month FROM unnest(link_ids, months) AS u(link_id, month)) k
    JOIN "links" l ON l."id" = k.link_id
    JOIN "events" e ON e."occurred_on" >= k.month AND e."occurred_on" < k.month + interval '1 month' AND NOT e."retired"
    JOIN "event_participants" pa ON pa."event_id" = e."id" AND pa."country_id" = l."country_a_id"
    JOIN "event_participants" pb ON pb."event_id" = e."id" AND pb."country_id" = l."country_b_id"
   GROUP BY 1, 2, 3, 4, 5, 6;
$$;

CREATE OR REPLACE FUNCTION "count_link_month_stats"(link_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  link record;
BEGIN
  -- One statement per link with its countries as literals, so the planner starts from the country with
  -- fewer events instead of walking every event of a busy one.
  FOR link IN SELECT "id", "country_a_id", "country_b_id" FROM "links" WHERE "id" = ANY (link_ids) LOOP
    EXECUTE format($sql$
      INSERT INTO "link_month_stats"
        ("link_id", "month", "end_month", "category", "evidence", "origin", "events", "negative", "score_sum", "first_on", "last_on", "last_precision", "a_to_b", "b_to_a")
      SELECT %L, date_trunc('month', e."occurred_on")::date, date_trunc('month', e."occurred_end")::date, e."category", e."evidence", e."origin",
             count(*), count(*) FILTER (WHERE e."score" < 0), sum(e."score"), min(e."occurred_on"), max(e."occurred_on"),
             (array_agg(e."precision" ORDER BY e."occurred_on" DESC, e."occurred_end"))[1],
             count(*) FILTER (WHERE "pair_flow"(a."role", b."role") = 1), count(*) FILTER (WHERE "pair_flow"(a."role", b."role") = -1)
        FROM "event_participants" a
        JOIN "event_participants" b ON b."event_id" = a."event_id" AND b."country_id" = %L
        JOIN "events" e ON e."id" = a."event_id" AND NOT e."retired"
       WHERE a."country_id" = %L
       GROUP BY 2, 3, 4, 5, 6
      ON CONFLICT DO NOTHING$sql$, link."id", link."country_b_id", link."country_a_id");
  END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION "rebuild_link_month_stats"() RETURNS void LANGUAGE plpgsql AS $$
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
  UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1;
END
$$;

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
   WHERE EXISTS (SELECT 1 FROM new_rows r WHERE r."event_id" = e."id" AND r."country_id" IN (a."country_id", b."country_id"))
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

-- A participant changed in place (its role, by psql or a future editor path): recount its pairs as for a
-- removal, which recounts from the participants as they now are. (Transition tables allow no column list.)
CREATE TRIGGER "event_participants_link_stats_update" AFTER UPDATE ON "event_participants"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_month_stats_participants_removed"();

-- The seed's events (prisma/seed/events.json, from the article) get the roles the article gives them, in atlases
-- seeded before roles existed. Only participants still in the event are touched; the summit ("Kim met with
-- Putin") has none.
UPDATE "event_participants" p SET "role" = 'actor' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2024-04:kp-ir-economic-delegation' AND p."country_id" = 'KP';
UPDATE "event_participants" p SET "role" = 'target' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2024-04:kp-ir-economic-delegation' AND p."country_id" = 'IR';
UPDATE "event_participants" p SET "role" = 'actor' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2019:kp-ir-previous-delegation' AND p."country_id" = 'KP';
UPDATE "event_participants" p SET "role" = 'target' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2019:kp-ir-previous-delegation' AND p."country_id" = 'IR';
UPDATE "event_participants" p SET "role" = 'actor' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2024:kp-ru-support-for-invasion' AND p."country_id" = 'KP';
UPDATE "event_participants" p SET "role" = 'target' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2024:kp-ru-support-for-invasion' AND p."country_id" = 'RU';
UPDATE "event_participants" p SET "role" = 'actor' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2024:ir-ru-support-for-invasion' AND p."country_id" = 'IR';
UPDATE "event_participants" p SET "role" = 'target' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2024:ir-ru-support-for-invasion' AND p."country_id" = 'RU';
UPDATE "event_participants" p SET "role" = 'supplier' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2023:kp-ru-alleged-weapons-transfers' AND p."country_id" = 'KP';
UPDATE "event_participants" p SET "role" = 'recipient' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2023:kp-ru-alleged-weapons-transfers' AND p."country_id" = 'RU';
UPDATE "event_participants" p SET "role" = 'actor' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2024-04:kp-cn-senior-official-visit' AND p."country_id" = 'KP';
UPDATE "event_participants" p SET "role" = 'target' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2024-04:kp-cn-senior-official-visit' AND p."country_id" = 'CN';
UPDATE "event_participants" p SET "role" = 'actor' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2024:kp-kim-yo-jong-condemns-drills' AND p."country_id" = 'KP';
UPDATE "event_participants" p SET "role" = 'target' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2024:kp-kim-yo-jong-condemns-drills' AND p."country_id" = 'KR';
UPDATE "event_participants" p SET "role" = 'target' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2024:kp-kim-yo-jong-condemns-drills' AND p."country_id" = 'US';
UPDATE "event_participants" p SET "role" = 'supplier' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2024:ir-ru-alleged-drone-supplies' AND p."country_id" = 'IR';
UPDATE "event_participants" p SET "role" = 'recipient' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2024:ir-ru-alleged-drone-supplies' AND p."country_id" = 'RU';
UPDATE "event_participants" p SET "role" = 'actor' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2024:kp-ru-alleged-weapons-development-aid' AND p."country_id" = 'RU';
UPDATE "event_participants" p SET "role" = 'target' FROM "events" e WHERE e."id" = p."event_id" AND e."external_id" = 'article:2024:kp-ru-alleged-weapons-development-aid' AND p."country_id" = 'KP';
