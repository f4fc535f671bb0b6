WITH
analytics_person_timeline AS MATERIALIZED (
SELECT e.person_key, e.person_attrs, e.person_cpi_key,
  min(CASE WHEN e.event_type = 'psp_signed' THEN e.event_date END) AS first_psp_signed
FROM events e
WHERE e.event_type = 'psp_signed' AND e.event_date BETWEEN DATE '2022-01-01' AND DATE '2022-12-31' AND (e.event_type = 'psp_signed')
GROUP BY e.person_key, e.person_attrs, e.person_cpi_key
),
  analytics_person_relative AS MATERIALIZED (
SELECT e.person_key,
  min(CASE WHEN (e.event_type = 'policy_start') AND (e.event_date BETWEEN t.first_psp_signed AND t.first_psp_signed + 365) THEN e.event_date END) AS after_policy_start
FROM events e
JOIN analytics_person_timeline t ON t.person_key = e.person_key
WHERE e.event_type = 'policy_start' AND e.event_date BETWEEN DATE '2022-01-01' AND DATE '2023-12-31' AND (e.event_type = 'policy_start') AND (t.first_psp_signed IS NOT NULL)
GROUP BY e.person_key
),
  analytics_person_facts AS MATERIALIZED (
SELECT
  t.person_key AS person_key,
  pc.office_code AS cpi_code,
  (CASE WHEN (CASE ((t.person_attrs >> 0) & 3) WHEN 1 THEN 'F' WHEN 2 THEN 'M' END) = 'F' THEN 1 ELSE 0 END) + (CASE WHEN (2022 - CAST(((t.person_attrs >> 12) & 2047) AS SMALLINT)) < 30 THEN 2 ELSE 0 END) + (CASE WHEN (2022 - CAST(((t.person_attrs >> 12) & 2047) AS SMALLINT)) >= 55 THEN 4 ELSE 0 END) + (CASE WHEN (((t.person_attrs >> 9) & 1) = 1) = TRUE THEN 8 ELSE 0 END) + (CASE WHEN (((t.person_attrs >> 10) & 1) = 1) = TRUE THEN 16 ELSE 0 END) + (CASE WHEN (((t.person_attrs >> 11) & 1) = 1) = TRUE THEN 32 ELSE 0 END) + (CASE WHEN (((t.person_attrs >> 7) & 1) = 1) = TRUE THEN 64 ELSE 0 END) + (CASE WHEN (((t.person_attrs >> 8) & 1) = 1) = TRUE THEN 128 ELSE 0 END) + (CASE WHEN (((CASE ((t.person_attrs >> 2) & 3) WHEN 1 THEN 'IT' WHEN 2 THEN 'EU' WHEN 3 THEN 'EXTRA_EU' END) = 'EU') OR ((CASE ((t.person_attrs >> 2) & 3) WHEN 1 THEN 'IT' WHEN 2 THEN 'EU' WHEN 3 THEN 'EXTRA_EU' END) = 'EXTRA_EU')) THEN 256 ELSE 0 END) + (CASE WHEN ((((t.person_attrs >> 9) & 1) = 1) = TRUE) OR ((((t.person_attrs >> 11) & 1) = 1) = TRUE) OR ((((t.person_attrs >> 7) & 1) = 1) = TRUE) OR ((CASE ((t.person_attrs >> 0) & 3) WHEN 1 THEN 'F' WHEN 2 THEN 'M' END) = 'F') THEN 512 ELSE 0 END) AS tg_bits,
  t.first_psp_signed,
  r.after_policy_start
FROM analytics_person_timeline t
LEFT JOIN analytics_person_relative r ON r.person_key = t.person_key
JOIN offices pc ON pc.office_key = t.person_cpi_key
),
  indicator_1 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code, after_policy_start - first_psp_signed AS duration_days, count(*) AS n
FROM analytics_person_facts
WHERE first_psp_signed IS NOT NULL
GROUP BY cpi_code, after_policy_start - first_psp_signed
),
  month_cells AS MATERIALIZED (
SELECT to_char(month_start, 'YYYY-MM') AS month_key, duration_days, n
FROM (
SELECT (first_psp_signed - CAST(EXTRACT(DAY FROM first_psp_signed) AS INTEGER) + 1) AS month_start, after_policy_start - first_psp_signed AS duration_days, count(*) AS n
FROM analytics_person_facts
WHERE first_psp_signed IS NOT NULL
GROUP BY (first_psp_signed - CAST(EXTRACT(DAY FROM first_psp_signed) AS INTEGER) + 1), after_policy_start - first_psp_signed
) m
),
  group_cells AS MATERIALIZED (
SELECT tg_bits, after_policy_start - first_psp_signed AS duration_days, count(*) AS n
FROM analytics_person_facts
WHERE first_psp_signed IS NOT NULL
GROUP BY tg_bits, after_policy_start - first_psp_signed
),
  units AS MATERIALIZED (
SELECT c.*, o.office_name AS cpi_name, o.province_code, o.province_name, o.region_code, o.region_name
FROM cells c
LEFT JOIN offices o ON o.office_code = c.cpi_code
)
SELECT 'total' AS breakdown, CAST('' AS VARCHAR) AS breakdown_key, CAST(NULL AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(CASE WHEN duration_days IS NOT NULL THEN n END), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(n), 0) AS BIGINT) AS denominator, CAST(sum(duration_days * n) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) AS DOUBLE PRECISION) AS mean_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos0) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END)) * max(pos0 - floor(pos0)) AS p25_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos1) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END)) * max(pos1 - floor(pos1)) AS median_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos2) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END)) * max(pos2 - floor(pos2)) AS p75_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos3) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END)) * max(pos3 - floor(pos3)) AS p90_days
FROM (
SELECT h.*, CAST(sum(n) OVER (ORDER BY duration_days) AS DOUBLE PRECISION) AS running, 0.25 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos0, 0.5 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos1, 0.75 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos2, 0.9 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos3
FROM (
SELECT duration_days, sum(n) AS n
FROM units
GROUP BY duration_days
) h
) c
UNION ALL
SELECT 'cpi' AS breakdown, CAST(k1 AS VARCHAR) AS breakdown_key, CAST(min(l1) AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(CASE WHEN duration_days IS NOT NULL THEN n END), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(n), 0) AS BIGINT) AS denominator, CAST(sum(duration_days * n) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) AS DOUBLE PRECISION) AS mean_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos0) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END)) * max(pos0 - floor(pos0)) AS p25_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos1) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END)) * max(pos1 - floor(pos1)) AS median_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos2) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END)) * max(pos2 - floor(pos2)) AS p75_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos3) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END)) * max(pos3 - floor(pos3)) AS p90_days
FROM (
SELECT h.*, CAST(sum(n) OVER (PARTITION BY k1 ORDER BY duration_days) AS DOUBLE PRECISION) AS running, 0.25 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER (PARTITION BY k1 ) AS DOUBLE PRECISION) - 1) AS pos0, 0.5 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER (PARTITION BY k1 ) AS DOUBLE PRECISION) - 1) AS pos1, 0.75 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER (PARTITION BY k1 ) AS DOUBLE PRECISION) - 1) AS pos2, 0.9 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER (PARTITION BY k1 ) AS DOUBLE PRECISION) - 1) AS pos3
FROM (
SELECT cpi_code AS k1, min(cpi_name) AS l1, duration_days, sum(n) AS n
FROM units
GROUP BY cpi_code, duration_days
) h
) c
GROUP BY k1
UNION ALL
SELECT 'province' AS breakdown, CAST(k1 AS VARCHAR) AS breakdown_key, CAST(min(l1) AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(CASE WHEN duration_days IS NOT NULL THEN n END), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(n), 0) AS BIGINT) AS denominator, CAST(sum(duration_days * n) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) AS DOUBLE PRECISION) AS mean_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos0) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END)) * max(pos0 - floor(pos0)) AS p25_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos1) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END)) * max(pos1 - floor(pos1)) AS median_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos2) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END)) * max(pos2 - floor(pos2)) AS p75_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos3) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END)) * max(pos3 - floor(pos3)) AS p90_days
FROM (
SELECT h.*, CAST(sum(n) OVER (PARTITION BY k1 ORDER BY duration_days) AS DOUBLE PRECISION) AS running, 0.25 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER (PARTITION BY k1 ) AS DOUBLE PRECISION) - 1) AS pos0, 0.5 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER (PARTITION BY k1 ) AS DOUBLE PRECISION) - 1) AS pos1, 0.75 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER (PARTITION BY k1 ) AS DOUBLE PRECISION) - 1) AS pos2, 0.9 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER (PARTITION BY k1 ) AS DOUBLE PRECISION) - 1) AS pos3
FROM (
SELECT province_code AS k1, min(province_name) AS l1, duration_days, sum(n) AS n
FROM units
GROUP BY province_code, duration_days
) h
) c
GROUP BY k1
UNION ALL
SELECT 'region' AS breakdown, CAST(k1 AS VARCHAR) AS breakdown_key, CAST(min(l1) AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(CASE WHEN duration_days IS NOT NULL THEN n END), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(n), 0) AS BIGINT) AS denominator, CAST(sum(duration_days * n) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) AS DOUBLE PRECISION) AS mean_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos0) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END)) * max(pos0 - floor(pos0)) AS p25_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos1) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END)) * max(pos1 - floor(pos1)) AS median_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos2) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END)) * max(pos2 - floor(pos2)) AS p75_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos3) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END)) * max(pos3 - floor(pos3)) AS p90_days
FROM (
SELECT h.*, CAST(sum(n) OVER (PARTITION BY k1 ORDER BY duration_days) AS DOUBLE PRECISION) AS running, 0.25 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER (PARTITION BY k1 ) AS DOUBLE PRECISION) - 1) AS pos0, 0.5 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER (PARTITION BY k1 ) AS DOUBLE PRECISION) - 1) AS pos1, 0.75 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER (PARTITION BY k1 ) AS DOUBLE PRECISION) - 1) AS pos2, 0.9 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER (PARTITION BY k1 ) AS DOUBLE PRECISION) - 1) AS pos3
FROM (
SELECT region_code AS k1, min(region_name) AS l1, duration_days, sum(n) AS n
FROM units
GROUP BY region_code, duration_days
) h
) c
GROUP BY k1
UNION ALL
SELECT 'month' AS breakdown, CAST(k1 AS VARCHAR) AS breakdown_key, CAST(min(l1) AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(CASE WHEN duration_days IS NOT NULL THEN n END), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(n), 0) AS BIGINT) AS denominator, CAST(sum(duration_days * n) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) AS DOUBLE PRECISION) AS mean_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos0) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END)) * max(pos0 - floor(pos0)) AS p25_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos1) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END)) * max(pos1 - floor(pos1)) AS median_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos2) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END)) * max(pos2 - floor(pos2)) AS p75_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos3) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END)) * max(pos3 - floor(pos3)) AS p90_days
FROM (
SELECT h.*, CAST(sum(n) OVER (PARTITION BY k1 ORDER BY duration_days) AS DOUBLE PRECISION) AS running, 0.25 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER (PARTITION BY k1 ) AS DOUBLE PRECISION) - 1) AS pos0, 0.5 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER (PARTITION BY k1 ) AS DOUBLE PRECISION) - 1) AS pos1, 0.75 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER (PARTITION BY k1 ) AS DOUBLE PRECISION) - 1) AS pos2, 0.9 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER (PARTITION BY k1 ) AS DOUBLE PRECISION) - 1) AS pos3
FROM (
SELECT month_key AS k1, month_key AS l1, duration_days, sum(n) AS n
FROM month_cells
GROUP BY month_key, duration_days
) h
) c
GROUP BY k1
UNION ALL
SELECT 'target_group' AS breakdown, CAST('women' AS VARCHAR) AS breakdown_key, CAST('Donne' AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(CASE WHEN duration_days IS NOT NULL THEN n END), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(n), 0) AS BIGINT) AS denominator, CAST(sum(duration_days * n) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) AS DOUBLE PRECISION) AS mean_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos0) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END)) * max(pos0 - floor(pos0)) AS p25_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos1) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END)) * max(pos1 - floor(pos1)) AS median_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos2) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END)) * max(pos2 - floor(pos2)) AS p75_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos3) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END)) * max(pos3 - floor(pos3)) AS p90_days
FROM (
SELECT h.*, CAST(sum(n) OVER (ORDER BY duration_days) AS DOUBLE PRECISION) AS running, 0.25 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos0, 0.5 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos1, 0.75 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos2, 0.9 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos3
FROM (
SELECT duration_days, sum(n) AS n
FROM group_cells
WHERE (tg_bits & 1) <> 0
GROUP BY duration_days
) h
) c
UNION ALL
SELECT 'target_group' AS breakdown, CAST('youth' AS VARCHAR) AS breakdown_key, CAST('Giovani (meno di 30 anni)' AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(CASE WHEN duration_days IS NOT NULL THEN n END), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(n), 0) AS BIGINT) AS denominator, CAST(sum(duration_days * n) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) AS DOUBLE PRECISION) AS mean_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos0) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END)) * max(pos0 - floor(pos0)) AS p25_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos1) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END)) * max(pos1 - floor(pos1)) AS median_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos2) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END)) * max(pos2 - floor(pos2)) AS p75_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos3) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END)) * max(pos3 - floor(pos3)) AS p90_days
FROM (
SELECT h.*, CAST(sum(n) OVER (ORDER BY duration_days) AS DOUBLE PRECISION) AS running, 0.25 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos0, 0.5 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos1, 0.75 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos2, 0.9 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos3
FROM (
SELECT duration_days, sum(n) AS n
FROM group_cells
WHERE (tg_bits & 2) <> 0
GROUP BY duration_days
) h
) c
UNION ALL
SELECT 'target_group' AS breakdown, CAST('over_55' AS VARCHAR) AS breakdown_key, CAST('Over 55' AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(CASE WHEN duration_days IS NOT NULL THEN n END), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(n), 0) AS BIGINT) AS denominator, CAST(sum(duration_days * n) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) AS DOUBLE PRECISION) AS mean_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos0) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END)) * max(pos0 - floor(pos0)) AS p25_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos1) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END)) * max(pos1 - floor(pos1)) AS median_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos2) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END)) * max(pos2 - floor(pos2)) AS p75_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos3) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END)) * max(pos3 - floor(pos3)) AS p90_days
FROM (
SELECT h.*, CAST(sum(n) OVER (ORDER BY duration_days) AS DOUBLE PRECISION) AS running, 0.25 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos0, 0.5 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos1, 0.75 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos2, 0.9 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos3
FROM (
SELECT duration_days, sum(n) AS n
FROM group_cells
WHERE (tg_bits & 4) <> 0
GROUP BY duration_days
) h
) c
UNION ALL
SELECT 'target_group' AS breakdown, CAST('rdc' AS VARCHAR) AS breakdown_key, CAST('Percettori di Reddito di cittadinanza' AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(CASE WHEN duration_days IS NOT NULL THEN n END), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(n), 0) AS BIGINT) AS denominator, CAST(sum(duration_days * n) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) AS DOUBLE PRECISION) AS mean_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos0) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END)) * max(pos0 - floor(pos0)) AS p25_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos1) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END)) * max(pos1 - floor(pos1)) AS median_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos2) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END)) * max(pos2 - floor(pos2)) AS p75_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos3) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END)) * max(pos3 - floor(pos3)) AS p90_days
FROM (
SELECT h.*, CAST(sum(n) OVER (ORDER BY duration_days) AS DOUBLE PRECISION) AS running, 0.25 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos0, 0.5 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos1, 0.75 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos2, 0.9 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos3
FROM (
SELECT duration_days, sum(n) AS n
FROM group_cells
WHERE (tg_bits & 8) <> 0
GROUP BY duration_days
) h
) c
UNION ALL
SELECT 'target_group' AS breakdown, CAST('adi' AS VARCHAR) AS breakdown_key, CAST('Percettori di Assegno di inclusione' AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(CASE WHEN duration_days IS NOT NULL THEN n END), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(n), 0) AS BIGINT) AS denominator, CAST(sum(duration_days * n) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) AS DOUBLE PRECISION) AS mean_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos0) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END)) * max(pos0 - floor(pos0)) AS p25_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos1) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END)) * max(pos1 - floor(pos1)) AS median_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos2) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END)) * max(pos2 - floor(pos2)) AS p75_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos3) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END)) * max(pos3 - floor(pos3)) AS p90_days
FROM (
SELECT h.*, CAST(sum(n) OVER (ORDER BY duration_days) AS DOUBLE PRECISION) AS running, 0.25 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos0, 0.5 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos1, 0.75 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos2, 0.9 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos3
FROM (
SELECT duration_days, sum(n) AS n
FROM group_cells
WHERE (tg_bits & 16) <> 0
GROUP BY duration_days
) h
) c
UNION ALL
SELECT 'target_group' AS breakdown, CAST('naspi' AS VARCHAR) AS breakdown_key, CAST('Percettori di NASpI' AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(CASE WHEN duration_days IS NOT NULL THEN n END), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(n), 0) AS BIGINT) AS denominator, CAST(sum(duration_days * n) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) AS DOUBLE PRECISION) AS mean_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos0) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END)) * max(pos0 - floor(pos0)) AS p25_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos1) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END)) * max(pos1 - floor(pos1)) AS median_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos2) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END)) * max(pos2 - floor(pos2)) AS p75_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos3) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END)) * max(pos3 - floor(pos3)) AS p90_days
FROM (
SELECT h.*, CAST(sum(n) OVER (ORDER BY duration_days) AS DOUBLE PRECISION) AS running, 0.25 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos0, 0.5 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos1, 0.75 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos2, 0.9 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos3
FROM (
SELECT duration_days, sum(n) AS n
FROM group_cells
WHERE (tg_bits & 32) <> 0
GROUP BY duration_days
) h
) c
UNION ALL
SELECT 'target_group' AS breakdown, CAST('disadvantaged' AS VARCHAR) AS breakdown_key, CAST('Svantaggiati (L. 381/91)' AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(CASE WHEN duration_days IS NOT NULL THEN n END), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(n), 0) AS BIGINT) AS denominator, CAST(sum(duration_days * n) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) AS DOUBLE PRECISION) AS mean_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos0) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END)) * max(pos0 - floor(pos0)) AS p25_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos1) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END)) * max(pos1 - floor(pos1)) AS median_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos2) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END)) * max(pos2 - floor(pos2)) AS p75_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos3) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END)) * max(pos3 - floor(pos3)) AS p90_days
FROM (
SELECT h.*, CAST(sum(n) OVER (ORDER BY duration_days) AS DOUBLE PRECISION) AS running, 0.25 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos0, 0.5 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos1, 0.75 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos2, 0.9 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos3
FROM (
SELECT duration_days, sum(n) AS n
FROM group_cells
WHERE (tg_bits & 64) <> 0
GROUP BY duration_days
) h
) c
UNION ALL
SELECT 'target_group' AS breakdown, CAST('disability' AS VARCHAR) AS breakdown_key, CAST('Collocamento mirato (L. 68/99)' AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(CASE WHEN duration_days IS NOT NULL THEN n END), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(n), 0) AS BIGINT) AS denominator, CAST(sum(duration_days * n) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) AS DOUBLE PRECISION) AS mean_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos0) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END)) * max(pos0 - floor(pos0)) AS p25_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos1) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END)) * max(pos1 - floor(pos1)) AS median_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos2) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END)) * max(pos2 - floor(pos2)) AS p75_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos3) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END)) * max(pos3 - floor(pos3)) AS p90_days
FROM (
SELECT h.*, CAST(sum(n) OVER (ORDER BY duration_days) AS DOUBLE PRECISION) AS running, 0.25 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos0, 0.5 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos1, 0.75 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos2, 0.9 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos3
FROM (
SELECT duration_days, sum(n) AS n
FROM group_cells
WHERE (tg_bits & 128) <> 0
GROUP BY duration_days
) h
) c
UNION ALL
SELECT 'target_group' AS breakdown, CAST('foreign' AS VARCHAR) AS breakdown_key, CAST('Cittadini stranieri' AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(CASE WHEN duration_days IS NOT NULL THEN n END), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(n), 0) AS BIGINT) AS denominator, CAST(sum(duration_days * n) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) AS DOUBLE PRECISION) AS mean_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos0) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END)) * max(pos0 - floor(pos0)) AS p25_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos1) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END)) * max(pos1 - floor(pos1)) AS median_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos2) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END)) * max(pos2 - floor(pos2)) AS p75_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos3) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END)) * max(pos3 - floor(pos3)) AS p90_days
FROM (
SELECT h.*, CAST(sum(n) OVER (ORDER BY duration_days) AS DOUBLE PRECISION) AS running, 0.25 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos0, 0.5 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos1, 0.75 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos2, 0.9 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos3
FROM (
SELECT duration_days, sum(n) AS n
FROM group_cells
WHERE (tg_bits & 256) <> 0
GROUP BY duration_days
) h
) c
UNION ALL
SELECT 'target_group' AS breakdown, CAST('gol_vulnerable' AS VARCHAR) AS breakdown_key, CAST('Vulnerabili GOL (RdC, NASpI, svantaggiati, donne)' AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(CASE WHEN duration_days IS NOT NULL THEN n END), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(n), 0) AS BIGINT) AS denominator, CAST(sum(duration_days * n) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) AS DOUBLE PRECISION) AS mean_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos0) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos0) THEN duration_days END)) * max(pos0 - floor(pos0)) AS p25_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos1) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos1) THEN duration_days END)) * max(pos1 - floor(pos1)) AS median_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos2) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos2) THEN duration_days END)) * max(pos2 - floor(pos2)) AS p75_days, min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END) + (min(CASE WHEN duration_days IS NOT NULL AND running > ceil(pos3) THEN duration_days END) - min(CASE WHEN duration_days IS NOT NULL AND running > floor(pos3) THEN duration_days END)) * max(pos3 - floor(pos3)) AS p90_days
FROM (
SELECT h.*, CAST(sum(n) OVER (ORDER BY duration_days) AS DOUBLE PRECISION) AS running, 0.25 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos0, 0.5 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos1, 0.75 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos2, 0.9 * (CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER () AS DOUBLE PRECISION) - 1) AS pos3
FROM (
SELECT duration_days, sum(n) AS n
FROM group_cells
WHERE (tg_bits & 512) <> 0
GROUP BY duration_days
) h
) c
)
SELECT 'lombardia-1-3-giorni-psp-prima-misura' AS definition_id, * FROM indicator_1;
