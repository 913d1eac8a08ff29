SET jit = off;
\timing on
WITH rows AS (
  SELECT s.end_month, s.events, (CASE s.category::text WHEN 'arms_transfer' THEN 3 WHEN 'military_cooperation' THEN 3 WHEN 'summit' THEN 2.5 WHEN 'military_exercise' THEN 2 WHEN 'economic_cooperation' THEN 2 WHEN 'sanctions' THEN 2 WHEN 'diplomatic_visit' THEN 1.5 WHEN 'other' THEN 1 WHEN 'statement' THEN 0.5 ELSE 0 END) * (CASE s.evidence::text WHEN 'confirmed' THEN 1 WHEN 'reported' THEN 0.7 WHEN 'alleged' THEN 0.4 ELSE 0 END) * power(0.5, greatest(0, 24322 - (extract(year FROM s.end_month)::int*12 + extract(month FROM s.end_month)::int - 1))::float8/24) AS unit
  FROM link_month_stats s WHERE s.link_id = 'CN-KP'
), cut AS (SELECT min(unit) AS least FROM (SELECT unit, sum(events) OVER (ORDER BY unit DESC ROWS UNBOUNDED PRECEDING) - events AS before FROM rows) r WHERE before < 20)
SELECT cut.least, min(rows.end_month), max(rows.end_month), sum(rows.events) FROM rows, cut WHERE rows.unit >= cut.least GROUP BY cut.least;
