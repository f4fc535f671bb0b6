WITH
analytics_person_timeline AS MATERIALIZED (
SELECT e.person_key, e.person_attrs, e.person_cpi_key,
  min(CASE WHEN (e.event_type = CAST('lep_service' AS event_type_code)) AND (e.lep_code = CAST('C' AS lep_code)) THEN e.event_date END) AS first_lep_service,
  min(CASE WHEN ((e.event_type = CAST('lep_service' AS event_type_code)) AND (((e.lep_code = CAST('E' AS lep_code)) OR (e.lep_code = CAST('H' AS lep_code)) OR (e.lep_code = CAST('F' AS lep_code)) OR (e.lep_code = CAST('M' AS lep_code))))) OR (((e.event_type = CAST('matching' AS event_type_code)) OR (e.event_type = CAST('referral' AS event_type_code)))) THEN e.event_date END) AS first_lep_service_matching_referral
FROM events e
WHERE ((e.event_type = CAST('lep_service' AS event_type_code)) OR (e.event_type = CAST('matching' AS event_type_code)) OR (e.event_type = CAST('referral' AS event_type_code))) AND e.event_date BETWEEN DATE '2022-01-01' AND DATE '2022-12-31' AND (((e.event_type = CAST('lep_service' AS event_type_code)) AND ((e.lep_code = CAST('C' AS lep_code)) OR (((e.lep_code = CAST('E' AS lep_code)) OR (e.lep_code = CAST('H' AS lep_code)) OR (e.lep_code = CAST('F' AS lep_code)) OR (e.lep_code = CAST('M' AS lep_code)))))) OR (e.event_type = CAST('matching' AS event_type_code)) OR (e.event_type = CAST('referral' AS event_type_code)))
GROUP BY e.person_key, e.person_attrs, e.person_cpi_key
),
  analytics_person_facts AS MATERIALIZED (
SELECT
  t.person_key AS person_key,
  pc.office_code AS cpi_code,
  (CASE WHEN (CASE ((t.person_attrs >> 0) & 3) WHEN 1 THEN CAST('F' AS sex_code) WHEN 2 THEN CAST('M' AS sex_code) END) = CAST('F' AS sex_code) THEN 1 ELSE 0 END) + (CASE WHEN (2022 - CAST(((t.person_attrs >> 12) & 2047) AS SMALLINT)) < 30 THEN 2 ELSE 0 END) + (CASE WHEN (2022 - CAST(((t.person_attrs >> 12) & 2047) AS SMALLINT)) >= 55 THEN 4 ELSE 0 END) + (CASE WHEN (((t.person_attrs >> 9) & 1) = 1) = TRUE THEN 8 ELSE 0 END) + (CASE WHEN (((t.person_attrs >> 10) & 1) = 1) = TRUE THEN 16 ELSE 0 END) + (CASE WHEN (((t.person_attrs >> 11) & 1) = 1) = TRUE THEN 32 ELSE 0 END) + (CASE WHEN (((t.person_attrs >> 7) & 1) = 1) = TRUE THEN 64 ELSE 0 END) + (CASE WHEN (((t.person_attrs >> 8) & 1) = 1) = TRUE THEN 128 ELSE 0 END) + (CASE WHEN (((CASE ((t.person_attrs >> 2) & 3) WHEN 1 THEN CAST('IT' AS citizenship_code) WHEN 2 THEN CAST('EU' AS citizenship_code) WHEN 3 THEN CAST('EXTRA_EU' AS citizenship_code) END) = CAST('EU' AS citizenship_code)) OR ((CASE ((t.person_attrs >> 2) & 3) WHEN 1 THEN CAST('IT' AS citizenship_code) WHEN 2 THEN CAST('EU' AS citizenship_code) WHEN 3 THEN CAST('EXTRA_EU' AS citizenship_code) END) = CAST('EXTRA_EU' AS citizenship_code))) THEN 256 ELSE 0 END) + (CASE WHEN ((((t.person_attrs >> 9) & 1) = 1) = TRUE) OR ((((t.person_attrs >> 11) & 1) = 1) = TRUE) OR ((((t.person_attrs >> 7) & 1) = 1) = TRUE) OR ((CASE ((t.person_attrs >> 0) & 3) WHEN 1 THEN CAST('F' AS sex_code) WHEN 2 THEN CAST('M' AS sex_code) END) = CAST('F' AS sex_code)) THEN 512 ELSE 0 END) AS tg_bits,
  t.first_lep_service,
  t.first_lep_service_matching_referral
FROM analytics_person_timeline t
JOIN offices pc ON pc.office_key = t.person_cpi_key
),
  analytics_cells_1 AS MATERIALIZED (
SELECT cpi_code,
  month_start,
  c0 AS n0
FROM (
SELECT cpi_code AS cpi_code,
  (first_lep_service - CAST(EXTRACT(DAY FROM first_lep_service) AS INTEGER) + 1) AS month_start,
  count(CASE WHEN (first_lep_service IS NOT NULL) AND (first_lep_service_matching_referral IS NOT NULL) THEN 1 END) AS c0
FROM analytics_person_facts
WHERE (first_lep_service IS NOT NULL) AND (first_lep_service_matching_referral IS NOT NULL)
GROUP BY cpi_code, (first_lep_service - CAST(EXTRACT(DAY FROM first_lep_service) AS INTEGER) + 1)
) counts
),
  analytics_group_cells AS MATERIALIZED (
SELECT tg_bits,
  c0 AS n0
FROM (
SELECT tg_bits AS tg_bits,
  count(CASE WHEN (first_lep_service IS NOT NULL) AND (first_lep_service_matching_referral IS NOT NULL) THEN 1 END) AS c0
FROM analytics_person_facts
WHERE (first_lep_service IS NOT NULL) AND (first_lep_service_matching_referral IS NOT NULL)
GROUP BY tg_bits
) counts
),
  indicator_1 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code, month_start, n0 AS numerator_all, CAST(NULL AS BIGINT) AS denominator_all
FROM analytics_cells_1
),
group_cells AS MATERIALIZED (
SELECT tg_bits, n0 AS numerator_all, CAST(NULL AS BIGINT) AS denominator_all
FROM analytics_group_cells
),
units AS MATERIALIZED (
SELECT c.*, o.office_name AS cpi_name, o.province_code, o.province_name, o.region_code, o.region_name, strftime(c.month_start, '%Y-%m') AS month_key
FROM cells c
LEFT JOIN offices o ON o.office_code = c.cpi_code
)
SELECT 'total' AS breakdown, CAST('' AS VARCHAR) AS breakdown_key, CAST(NULL AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
UNION ALL
SELECT 'cpi', CAST(cpi_code AS VARCHAR), CAST(min(cpi_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY cpi_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'province', CAST(province_code AS VARCHAR), CAST(min(province_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY province_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'region', CAST(region_code AS VARCHAR), CAST(min(region_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY region_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'month', CAST(month_key AS VARCHAR), CAST(month_key AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY month_key
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'target_group', CAST(g.group_id AS VARCHAR), CAST(g.group_label AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM (VALUES ('women', 'Donne', 1), ('youth', 'Giovani (meno di 30 anni)', 2), ('over_55', 'Over 55', 4), ('rdc', 'Percettori di Reddito di cittadinanza', 8), ('adi', 'Percettori di Assegno di inclusione', 16), ('naspi', 'Percettori di NASpI', 32), ('disadvantaged', 'Svantaggiati (L. 381/91)', 64), ('disability', 'Collocamento mirato (L. 68/99)', 128), ('foreign', 'Cittadini stranieri', 256), ('gol_vulnerable', 'Vulnerabili GOL (RdC, NASpI, svantaggiati, donne)', 512)) g (group_id, group_label, group_bit)
LEFT JOIN group_cells ON (tg_bits & g.group_bit) <> 0
GROUP BY g.group_id, g.group_label
)
SELECT 'afol-13-persone-trattate-lep' AS definition_id, * FROM indicator_1;
