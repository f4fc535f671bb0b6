WITH
analytics_event_counts AS MATERIALIZED (
SELECT e.cpi_code, e.event_date,
  count(CASE WHEN (e.event_type = 'lep_service') AND ((((e.lep_code = 'A') OR (e.lep_code = 'C') OR (e.lep_code = 'E'))) AND (e.channel = 'remote')) THEN 1 END) AS n_lep_service
FROM events e
WHERE e.event_type = 'lep_service' AND e.event_date BETWEEN DATE '2022-01-01' AND DATE '2022-12-31'
GROUP BY e.cpi_code, e.event_date
),
  indicator_1 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code,
  (event_date - CAST(EXTRACT(DAY FROM event_date) AS INTEGER) + 1) AS month_start,
  sum(n_lep_service) AS numerator_all,
  CAST(NULL AS BIGINT) AS denominator_all
FROM analytics_event_counts
GROUP BY cpi_code, (event_date - CAST(EXTRACT(DAY FROM event_date) AS INTEGER) + 1)
),
units AS MATERIALIZED (
SELECT c.*, o.office_name AS cpi_name, o.province_code, o.province_name, o.region_code, o.region_name, to_char(c.month_start, 'YYYY-MM') AS month_key
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
)
SELECT 'arti-1-5-colloqui-a-distanza' AS definition_id, * FROM indicator_1;
