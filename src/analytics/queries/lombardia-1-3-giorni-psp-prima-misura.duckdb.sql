WITH
analytics_person_timeline AS MATERIALIZED (
SELECT e.person_key,
  min(CASE WHEN e.event_type = CAST('psp_signed' AS event_type_code) THEN e.event_date END) AS first_psp_signed
FROM events e
WHERE e.event_type = CAST('psp_signed' AS event_type_code) AND e.event_date BETWEEN DATE '2022-01-01' AND DATE '2022-12-31' AND (e.event_type = CAST('psp_signed' AS event_type_code))
GROUP BY e.person_key
),
  analytics_person_relative AS MATERIALIZED (
SELECT e.person_key,
  min(CASE WHEN (e.event_type = CAST('policy_start' AS event_type_code)) AND (e.event_date BETWEEN t.first_psp_signed AND t.first_psp_signed + 365) THEN e.event_date END) AS after_policy_start
FROM events e
JOIN analytics_person_timeline t ON t.person_key = e.person_key
WHERE e.event_type = CAST('policy_start' AS event_type_code) AND e.event_date BETWEEN DATE '2022-01-01' AND DATE '2023-12-31' AND (e.event_type = CAST('policy_start' AS event_type_code)) AND (t.first_psp_signed IS NOT NULL)
GROUP BY e.person_key
),
  analytics_person_facts AS MATERIALIZED (
SELECT
  p.person_key,
  p.birth_year,
  p.sex,
  p.citizenship,
  p.education,
  p.disadvantaged,
  p.disability,
  p.rdc,
  p.adi,
  p.naspi,
  p.cpi_code,
  (CASE WHEN p.sex = CAST('F' AS sex_code) THEN 1 ELSE 0 END) + (CASE WHEN (2022 - p.birth_year) < 30 THEN 2 ELSE 0 END) + (CASE WHEN (2022 - p.birth_year) >= 55 THEN 4 ELSE 0 END) + (CASE WHEN p.rdc = TRUE THEN 8 ELSE 0 END) + (CASE WHEN p.adi = TRUE THEN 16 ELSE 0 END) + (CASE WHEN p.naspi = TRUE THEN 32 ELSE 0 END) + (CASE WHEN p.disadvantaged = TRUE THEN 64 ELSE 0 END) + (CASE WHEN p.disability = TRUE THEN 128 ELSE 0 END) + (CASE WHEN p.citizenship IN (CAST('EU' AS citizenship_code), CAST('EXTRA_EU' AS citizenship_code)) THEN 256 ELSE 0 END) + (CASE WHEN (p.rdc = TRUE) OR (p.naspi = TRUE) OR (p.disadvantaged = TRUE) OR (p.sex = CAST('F' AS sex_code)) THEN 512 ELSE 0 END) AS tg_bits,
  t.first_psp_signed,
  r.after_policy_start
FROM analytics_person_timeline t
JOIN persons p ON p.person_key = t.person_key
LEFT JOIN analytics_person_relative r ON r.person_key = p.person_key
),
  indicator_1 AS MATERIALIZED (
WITH units AS MATERIALIZED (
SELECT b.*, o.office_name AS cpi_name, o.province_code, o.province_name, o.region_code, o.region_name, strftime(b.month_start, '%Y-%m') AS month_key
FROM (
SELECT cpi_code, tg_bits, CAST(date_trunc('month', first_psp_signed) AS DATE) AS month_start, after_policy_start - first_psp_signed AS duration_days
FROM analytics_person_facts
WHERE first_psp_signed IS NOT NULL
) b
LEFT JOIN offices o ON o.office_code = b.cpi_code
)
SELECT 'total' AS breakdown, CAST('' AS VARCHAR) AS breakdown_key, CAST(NULL AS VARCHAR) AS breakdown_label,
  count(duration_days) AS numerator, count(*) AS denominator, CAST(avg(duration_days) AS DOUBLE PRECISION) AS mean_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[1] AS p25_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[2] AS median_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[3] AS p75_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[4] AS p90_days
FROM units
UNION ALL
SELECT 'cpi', CAST(cpi_code AS VARCHAR), CAST(min(cpi_name) AS VARCHAR),
  count(duration_days) AS numerator, count(*) AS denominator, CAST(avg(duration_days) AS DOUBLE PRECISION) AS mean_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[1] AS p25_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[2] AS median_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[3] AS p75_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[4] AS p90_days
FROM units
GROUP BY cpi_code
UNION ALL
SELECT 'province', CAST(province_code AS VARCHAR), CAST(min(province_name) AS VARCHAR),
  count(duration_days) AS numerator, count(*) AS denominator, CAST(avg(duration_days) AS DOUBLE PRECISION) AS mean_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[1] AS p25_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[2] AS median_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[3] AS p75_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[4] AS p90_days
FROM units
GROUP BY province_code
UNION ALL
SELECT 'region', CAST(region_code AS VARCHAR), CAST(min(region_name) AS VARCHAR),
  count(duration_days) AS numerator, count(*) AS denominator, CAST(avg(duration_days) AS DOUBLE PRECISION) AS mean_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[1] AS p25_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[2] AS median_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[3] AS p75_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[4] AS p90_days
FROM units
GROUP BY region_code
UNION ALL
SELECT 'month', CAST(month_key AS VARCHAR), CAST(month_key AS VARCHAR),
  count(duration_days) AS numerator, count(*) AS denominator, CAST(avg(duration_days) AS DOUBLE PRECISION) AS mean_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[1] AS p25_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[2] AS median_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[3] AS p75_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[4] AS p90_days
FROM units
GROUP BY month_key
UNION ALL
SELECT 'target_group', CAST('women' AS VARCHAR), CAST('Donne' AS VARCHAR),
  count(duration_days) AS numerator, count(*) AS denominator, CAST(avg(duration_days) AS DOUBLE PRECISION) AS mean_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[1] AS p25_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[2] AS median_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[3] AS p75_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[4] AS p90_days
FROM units
WHERE (tg_bits & 1) <> 0
UNION ALL
SELECT 'target_group', CAST('youth' AS VARCHAR), CAST('Giovani (meno di 30 anni)' AS VARCHAR),
  count(duration_days) AS numerator, count(*) AS denominator, CAST(avg(duration_days) AS DOUBLE PRECISION) AS mean_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[1] AS p25_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[2] AS median_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[3] AS p75_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[4] AS p90_days
FROM units
WHERE (tg_bits & 2) <> 0
UNION ALL
SELECT 'target_group', CAST('over_55' AS VARCHAR), CAST('Over 55' AS VARCHAR),
  count(duration_days) AS numerator, count(*) AS denominator, CAST(avg(duration_days) AS DOUBLE PRECISION) AS mean_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[1] AS p25_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[2] AS median_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[3] AS p75_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[4] AS p90_days
FROM units
WHERE (tg_bits & 4) <> 0
UNION ALL
SELECT 'target_group', CAST('rdc' AS VARCHAR), CAST('Percettori di Reddito di cittadinanza' AS VARCHAR),
  count(duration_days) AS numerator, count(*) AS denominator, CAST(avg(duration_days) AS DOUBLE PRECISION) AS mean_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[1] AS p25_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[2] AS median_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[3] AS p75_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[4] AS p90_days
FROM units
WHERE (tg_bits & 8) <> 0
UNION ALL
SELECT 'target_group', CAST('adi' AS VARCHAR), CAST('Percettori di Assegno di inclusione' AS VARCHAR),
  count(duration_days) AS numerator, count(*) AS denominator, CAST(avg(duration_days) AS DOUBLE PRECISION) AS mean_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[1] AS p25_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[2] AS median_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[3] AS p75_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[4] AS p90_days
FROM units
WHERE (tg_bits & 16) <> 0
UNION ALL
SELECT 'target_group', CAST('naspi' AS VARCHAR), CAST('Percettori di NASpI' AS VARCHAR),
  count(duration_days) AS numerator, count(*) AS denominator, CAST(avg(duration_days) AS DOUBLE PRECISION) AS mean_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[1] AS p25_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[2] AS median_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[3] AS p75_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[4] AS p90_days
FROM units
WHERE (tg_bits & 32) <> 0
UNION ALL
SELECT 'target_group', CAST('disadvantaged' AS VARCHAR), CAST('Svantaggiati (L. 381/91)' AS VARCHAR),
  count(duration_days) AS numerator, count(*) AS denominator, CAST(avg(duration_days) AS DOUBLE PRECISION) AS mean_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[1] AS p25_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[2] AS median_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[3] AS p75_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[4] AS p90_days
FROM units
WHERE (tg_bits & 64) <> 0
UNION ALL
SELECT 'target_group', CAST('disability' AS VARCHAR), CAST('Collocamento mirato (L. 68/99)' AS VARCHAR),
  count(duration_days) AS numerator, count(*) AS denominator, CAST(avg(duration_days) AS DOUBLE PRECISION) AS mean_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[1] AS p25_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[2] AS median_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[3] AS p75_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[4] AS p90_days
FROM units
WHERE (tg_bits & 128) <> 0
UNION ALL
SELECT 'target_group', CAST('foreign' AS VARCHAR), CAST('Cittadini stranieri' AS VARCHAR),
  count(duration_days) AS numerator, count(*) AS denominator, CAST(avg(duration_days) AS DOUBLE PRECISION) AS mean_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[1] AS p25_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[2] AS median_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[3] AS p75_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[4] AS p90_days
FROM units
WHERE (tg_bits & 256) <> 0
UNION ALL
SELECT 'target_group', CAST('gol_vulnerable' AS VARCHAR), CAST('Vulnerabili GOL (RdC, NASpI, svantaggiati, donne)' AS VARCHAR),
  count(duration_days) AS numerator, count(*) AS denominator, CAST(avg(duration_days) AS DOUBLE PRECISION) AS mean_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[1] AS p25_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[2] AS median_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[3] AS p75_days, (percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days))[4] AS p90_days
FROM units
WHERE (tg_bits & 512) <> 0
)
SELECT 'lombardia-1-3-giorni-psp-prima-misura' AS definition_id, * FROM indicator_1;
