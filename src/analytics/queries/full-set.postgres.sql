WITH
analytics_person_timeline AS MATERIALIZED (
SELECT e.person_key, e.person_attrs, e.person_cpi_key,
  min(CASE WHEN (e.event_type = 'psp_signed') AND (e.event_date >= DATE '2022-06-01') THEN e.event_date END) AS first_psp_signed,
  min(CASE WHEN e.event_type = 'gol_assessment' THEN e.event_date END) AS first_gol_assessment,
  min(CASE WHEN ((e.event_type = 'policy_start') AND (e.policy_type = 'digital_training')) AND (e.event_date >= DATE '2022-09-01') THEN e.event_date END) AS first_policy_start,
  min(CASE WHEN ((e.event_type = 'policy_start') AND (((e.policy_type = 'training') OR (e.policy_type = 'digital_training')))) AND (e.event_date >= DATE '2022-09-01') THEN e.event_date END) AS first_policy_start_2,
  min(CASE WHEN (e.event_type = 'lep_service') AND (e.lep_code = 'C') THEN e.event_date END) AS first_lep_service,
  min(CASE WHEN ((e.event_type = 'lep_service') AND (((e.lep_code = 'E') OR (e.lep_code = 'H') OR (e.lep_code = 'F') OR (e.lep_code = 'M')))) OR (((e.event_type = 'matching') OR (e.event_type = 'referral'))) THEN e.event_date END) AS first_lep_service_matching_referral,
  min(CASE WHEN e.event_type = 'psp_signed' THEN e.event_date END) AS first_psp_signed_2,
  min(CASE WHEN (e.event_type = 'policy_start') AND (e.policy_type = 'internship') THEN e.event_date END) AS first_policy_start_3
FROM events e
WHERE ((e.event_type = 'gol_assessment') OR (e.event_type = 'lep_service') OR (e.event_type = 'matching') OR (e.event_type = 'policy_start') OR (e.event_type = 'psp_signed') OR (e.event_type = 'referral')) AND e.event_date BETWEEN DATE '2022-01-01' AND DATE '2022-12-31' AND (((e.event_type = 'gol_assessment') AND (e.event_date BETWEEN DATE '2022-06-01' AND DATE '2022-12-31')) OR ((e.event_type = 'lep_service') AND ((e.lep_code = 'C') OR (((e.lep_code = 'E') OR (e.lep_code = 'H') OR (e.lep_code = 'F') OR (e.lep_code = 'M'))))) OR (e.event_type = 'matching') OR ((e.event_type = 'policy_start') AND ((e.policy_type = 'digital_training') OR (((e.policy_type = 'training') OR (e.policy_type = 'digital_training'))) OR (e.policy_type = 'internship'))) OR (e.event_type = 'psp_signed') OR (e.event_type = 'referral'))
GROUP BY e.person_key, e.person_attrs, e.person_cpi_key
),
  analytics_person_relative AS MATERIALIZED (
SELECT e.person_key,
  min(CASE WHEN (((e.event_type = 'lep_service') AND (((e.lep_code = 'E') OR (e.lep_code = 'F') OR (e.lep_code = 'G') OR (e.lep_code = 'H') OR (e.lep_code = 'I') OR (e.lep_code = 'J') OR (e.lep_code = 'K') OR (e.lep_code = 'L') OR (e.lep_code = 'M')))) OR (((e.event_type = 'matching') OR (e.event_type = 'policy_start') OR (e.event_type = 'referral')))) AND (e.event_date BETWEEN t.first_psp_signed_2 AND t.first_psp_signed_2 + 90) THEN e.event_date END) AS after_lep_service_matching_policy_start_referral,
  min(CASE WHEN (e.event_type = 'policy_start') AND (e.event_date BETWEEN t.first_psp_signed_2 AND t.first_psp_signed_2 + 365) THEN e.event_date END) AS after_policy_start,
  min(CASE WHEN (e.event_type = 'hiring') AND (e.event_date BETWEEN t.first_policy_start_3 AND t.first_policy_start_3 + 180) THEN e.event_date END) AS after_hiring,
  min(CASE WHEN ((e.event_type = 'hiring') AND ((e.contract_type = 'permanent') OR (e.contract_months >= 6))) AND (e.event_date BETWEEN t.first_psp_signed_2 AND t.first_psp_signed_2 + 180) THEN e.event_date END) AS after_hiring_2,
  min(CASE WHEN (e.event_type = 'hiring') AND (e.event_date BETWEEN t.first_psp_signed_2 AND t.first_psp_signed_2 + 180) THEN e.event_date END) AS after_hiring_3,
  min(CASE WHEN ((e.event_type = 'closure') AND (e.closure_reason = 'dropout')) AND (e.event_date BETWEEN t.first_psp_signed_2 AND t.first_psp_signed_2 + 365) THEN e.event_date END) AS after_closure
FROM events e
JOIN analytics_person_timeline t ON t.person_key = e.person_key
WHERE ((e.event_type = 'closure') OR (e.event_type = 'hiring') OR (e.event_type = 'lep_service') OR (e.event_type = 'matching') OR (e.event_type = 'policy_start') OR (e.event_type = 'referral')) AND e.event_date BETWEEN DATE '2022-01-01' AND DATE '2023-12-31' AND (((e.event_type = 'closure') AND (e.closure_reason = 'dropout')) OR ((e.event_type = 'hiring') AND (e.event_date BETWEEN DATE '2022-01-01' AND DATE '2023-06-29')) OR ((e.event_type = 'lep_service') AND (e.event_date BETWEEN DATE '2022-01-01' AND DATE '2023-03-31') AND (((e.lep_code = 'E') OR (e.lep_code = 'F') OR (e.lep_code = 'G') OR (e.lep_code = 'H') OR (e.lep_code = 'I') OR (e.lep_code = 'J') OR (e.lep_code = 'K') OR (e.lep_code = 'L') OR (e.lep_code = 'M')))) OR ((e.event_type = 'matching') AND (e.event_date BETWEEN DATE '2022-01-01' AND DATE '2023-03-31')) OR (e.event_type = 'policy_start') OR ((e.event_type = 'referral') AND (e.event_date BETWEEN DATE '2022-01-01' AND DATE '2023-03-31'))) AND ((t.first_psp_signed_2 IS NOT NULL) OR (t.first_policy_start_3 IS NOT NULL))
GROUP BY e.person_key
),
  analytics_person_facts AS MATERIALIZED (
SELECT
  t.person_key AS person_key,
  (CASE ((t.person_attrs >> 0) & 3) WHEN 1 THEN 'F' WHEN 2 THEN 'M' END) AS sex,
  (((t.person_attrs >> 7) & 1) = 1) AS disadvantaged,
  (((t.person_attrs >> 9) & 1) = 1) AS rdc,
  (((t.person_attrs >> 10) & 1) = 1) AS adi,
  (((t.person_attrs >> 11) & 1) = 1) AS naspi,
  pc.office_code AS cpi_code,
  (CASE WHEN (CASE ((t.person_attrs >> 0) & 3) WHEN 1 THEN 'F' WHEN 2 THEN 'M' END) = 'F' THEN 1 ELSE 0 END) + (CASE WHEN (2022 - CAST(((t.person_attrs >> 12) & 2047) AS SMALLINT)) < 30 THEN 2 ELSE 0 END) + (CASE WHEN (2022 - CAST(((t.person_attrs >> 12) & 2047) AS SMALLINT)) >= 55 THEN 4 ELSE 0 END) + (CASE WHEN (((t.person_attrs >> 9) & 1) = 1) = TRUE THEN 8 ELSE 0 END) + (CASE WHEN (((t.person_attrs >> 10) & 1) = 1) = TRUE THEN 16 ELSE 0 END) + (CASE WHEN (((t.person_attrs >> 11) & 1) = 1) = TRUE THEN 32 ELSE 0 END) + (CASE WHEN (((t.person_attrs >> 7) & 1) = 1) = TRUE THEN 64 ELSE 0 END) + (CASE WHEN (((t.person_attrs >> 8) & 1) = 1) = TRUE THEN 128 ELSE 0 END) + (CASE WHEN (((CASE ((t.person_attrs >> 2) & 3) WHEN 1 THEN 'IT' WHEN 2 THEN 'EU' WHEN 3 THEN 'EXTRA_EU' END) = 'EU') OR ((CASE ((t.person_attrs >> 2) & 3) WHEN 1 THEN 'IT' WHEN 2 THEN 'EU' WHEN 3 THEN 'EXTRA_EU' END) = 'EXTRA_EU')) THEN 256 ELSE 0 END) + (CASE WHEN ((((t.person_attrs >> 9) & 1) = 1) = TRUE) OR ((((t.person_attrs >> 11) & 1) = 1) = TRUE) OR ((((t.person_attrs >> 7) & 1) = 1) = TRUE) OR ((CASE ((t.person_attrs >> 0) & 3) WHEN 1 THEN 'F' WHEN 2 THEN 'M' END) = 'F') THEN 512 ELSE 0 END) AS tg_bits,
  t.first_psp_signed,
  t.first_gol_assessment,
  t.first_policy_start,
  t.first_policy_start_2,
  t.first_lep_service,
  t.first_lep_service_matching_referral,
  t.first_psp_signed_2,
  t.first_policy_start_3,
  r.after_lep_service_matching_policy_start_referral,
  r.after_policy_start,
  r.after_hiring,
  r.after_hiring_2,
  r.after_hiring_3,
  r.after_closure
FROM analytics_person_timeline t
LEFT JOIN analytics_person_relative r ON r.person_key = t.person_key
JOIN offices pc ON pc.office_key = t.person_cpi_key
),
  analytics_event_counts AS MATERIALIZED (
SELECT e.cpi_code, e.event_date,
  count(CASE WHEN (e.event_type = 'psp_signed') AND (e.operator_kind = 'cpi') THEN 1 END) AS n_psp_signed,
  count(CASE WHEN e.event_type = 'access' THEN 1 END) AS n_access,
  count(CASE WHEN (e.event_type = 'lep_service') AND ((((e.lep_code = 'A') OR (e.lep_code = 'C') OR (e.lep_code = 'E'))) AND (e.channel = 'remote')) THEN 1 END) AS n_lep_service,
  count(CASE WHEN (((e.event_type = 'lep_service') OR (e.event_type = 'policy_start'))) AND (e.operator_kind = 'accredited') THEN 1 END) AS n_lep_service_policy_start_2,
  count(CASE WHEN ((e.event_type = 'lep_service') OR (e.event_type = 'policy_start')) THEN 1 END) AS n_lep_service_policy_start
FROM events e
WHERE ((e.event_type = 'access') OR (e.event_type = 'lep_service') OR (e.event_type = 'policy_start') OR (e.event_type = 'psp_signed')) AND e.event_date BETWEEN DATE '2022-01-01' AND DATE '2022-12-31'
GROUP BY e.cpi_code, e.event_date
),
  analytics_event_counts_persons AS MATERIALIZED (
SELECT e.cpi_code, e.event_date, (CASE WHEN (CASE ((e.person_attrs >> 0) & 3) WHEN 1 THEN 'F' WHEN 2 THEN 'M' END) = 'F' THEN 1 ELSE 0 END) + (CASE WHEN (2022 - CAST(((e.person_attrs >> 12) & 2047) AS SMALLINT)) < 30 THEN 2 ELSE 0 END) + (CASE WHEN (2022 - CAST(((e.person_attrs >> 12) & 2047) AS SMALLINT)) >= 55 THEN 4 ELSE 0 END) + (CASE WHEN (((e.person_attrs >> 9) & 1) = 1) = TRUE THEN 8 ELSE 0 END) + (CASE WHEN (((e.person_attrs >> 10) & 1) = 1) = TRUE THEN 16 ELSE 0 END) + (CASE WHEN (((e.person_attrs >> 11) & 1) = 1) = TRUE THEN 32 ELSE 0 END) + (CASE WHEN (((e.person_attrs >> 7) & 1) = 1) = TRUE THEN 64 ELSE 0 END) + (CASE WHEN (((e.person_attrs >> 8) & 1) = 1) = TRUE THEN 128 ELSE 0 END) + (CASE WHEN (((CASE ((e.person_attrs >> 2) & 3) WHEN 1 THEN 'IT' WHEN 2 THEN 'EU' WHEN 3 THEN 'EXTRA_EU' END) = 'EU') OR ((CASE ((e.person_attrs >> 2) & 3) WHEN 1 THEN 'IT' WHEN 2 THEN 'EU' WHEN 3 THEN 'EXTRA_EU' END) = 'EXTRA_EU')) THEN 256 ELSE 0 END) + (CASE WHEN ((((e.person_attrs >> 9) & 1) = 1) = TRUE) OR ((((e.person_attrs >> 11) & 1) = 1) = TRUE) OR ((((e.person_attrs >> 7) & 1) = 1) = TRUE) OR ((CASE ((e.person_attrs >> 0) & 3) WHEN 1 THEN 'F' WHEN 2 THEN 'M' END) = 'F') THEN 512 ELSE 0 END) AS tg_bits,
  count(CASE WHEN (e.event_type = 'policy_start') AND ((((e.person_attrs >> 9) & 1) = 1) = TRUE) THEN 1 END) AS n_policy_start
FROM events e
WHERE e.event_type = 'policy_start' AND e.event_date BETWEEN DATE '2022-01-01' AND DATE '2022-12-31'
GROUP BY e.cpi_code, e.event_date, (CASE WHEN (CASE ((e.person_attrs >> 0) & 3) WHEN 1 THEN 'F' WHEN 2 THEN 'M' END) = 'F' THEN 1 ELSE 0 END) + (CASE WHEN (2022 - CAST(((e.person_attrs >> 12) & 2047) AS SMALLINT)) < 30 THEN 2 ELSE 0 END) + (CASE WHEN (2022 - CAST(((e.person_attrs >> 12) & 2047) AS SMALLINT)) >= 55 THEN 4 ELSE 0 END) + (CASE WHEN (((e.person_attrs >> 9) & 1) = 1) = TRUE THEN 8 ELSE 0 END) + (CASE WHEN (((e.person_attrs >> 10) & 1) = 1) = TRUE THEN 16 ELSE 0 END) + (CASE WHEN (((e.person_attrs >> 11) & 1) = 1) = TRUE THEN 32 ELSE 0 END) + (CASE WHEN (((e.person_attrs >> 7) & 1) = 1) = TRUE THEN 64 ELSE 0 END) + (CASE WHEN (((e.person_attrs >> 8) & 1) = 1) = TRUE THEN 128 ELSE 0 END) + (CASE WHEN (((CASE ((e.person_attrs >> 2) & 3) WHEN 1 THEN 'IT' WHEN 2 THEN 'EU' WHEN 3 THEN 'EXTRA_EU' END) = 'EU') OR ((CASE ((e.person_attrs >> 2) & 3) WHEN 1 THEN 'IT' WHEN 2 THEN 'EU' WHEN 3 THEN 'EXTRA_EU' END) = 'EXTRA_EU')) THEN 256 ELSE 0 END) + (CASE WHEN ((((e.person_attrs >> 9) & 1) = 1) = TRUE) OR ((((e.person_attrs >> 11) & 1) = 1) = TRUE) OR ((((e.person_attrs >> 7) & 1) = 1) = TRUE) OR ((CASE ((e.person_attrs >> 0) & 3) WHEN 1 THEN 'F' WHEN 2 THEN 'M' END) = 'F') THEN 512 ELSE 0 END)
),
  analytics_cells_1 AS MATERIALIZED (
SELECT cpi_code,
  month_start,
  c0 AS n0,
  c1 AS n1,
  c2 AS n2,
  c3 AS n3
FROM (
SELECT cpi_code AS cpi_code,
  (first_psp_signed - CAST(EXTRACT(DAY FROM first_psp_signed) AS INTEGER) + 1) AS month_start,
  count(CASE WHEN (first_psp_signed IS NOT NULL) AND ((first_gol_assessment IS NOT NULL) AND (first_policy_start IS NOT NULL)) THEN 1 END) AS c0,
  count(CASE WHEN (first_psp_signed IS NOT NULL) AND ((first_gol_assessment IS NOT NULL) AND (first_policy_start_2 IS NOT NULL)) THEN 1 END) AS c1,
  count(CASE WHEN (first_psp_signed IS NOT NULL) AND (first_gol_assessment IS NOT NULL) THEN 1 END) AS c2,
  count(CASE WHEN (first_psp_signed IS NOT NULL) AND ((rdc = TRUE) OR (naspi = TRUE) OR (disadvantaged = TRUE) OR (sex = 'F')) AND (first_gol_assessment IS NOT NULL) THEN 1 END) AS c3
FROM analytics_person_facts
WHERE ((first_psp_signed IS NOT NULL) AND ((first_gol_assessment IS NOT NULL) AND (first_policy_start IS NOT NULL))) OR ((first_psp_signed IS NOT NULL) AND ((first_gol_assessment IS NOT NULL) AND (first_policy_start_2 IS NOT NULL))) OR ((first_psp_signed IS NOT NULL) AND (first_gol_assessment IS NOT NULL)) OR ((first_psp_signed IS NOT NULL) AND ((rdc = TRUE) OR (naspi = TRUE) OR (disadvantaged = TRUE) OR (sex = 'F')) AND (first_gol_assessment IS NOT NULL))
GROUP BY cpi_code, (first_psp_signed - CAST(EXTRACT(DAY FROM first_psp_signed) AS INTEGER) + 1)
) counts
),
  analytics_cells_2 AS MATERIALIZED (
SELECT cpi_code,
  month_start,
  c0 AS n4
FROM (
SELECT cpi_code AS cpi_code,
  (first_lep_service - CAST(EXTRACT(DAY FROM first_lep_service) AS INTEGER) + 1) AS month_start,
  count(CASE WHEN (first_lep_service IS NOT NULL) AND (first_lep_service_matching_referral IS NOT NULL) THEN 1 END) AS c0
FROM analytics_person_facts
WHERE (first_lep_service IS NOT NULL) AND (first_lep_service_matching_referral IS NOT NULL)
GROUP BY cpi_code, (first_lep_service - CAST(EXTRACT(DAY FROM first_lep_service) AS INTEGER) + 1)
) counts
),
  analytics_cells_3 AS MATERIALIZED (
SELECT cpi_code,
  month_start,
  c0 AS n10,
  c1 AS d10,
  c2 AS n14,
  c1 AS d14,
  c3 AS n15,
  c4 AS d15,
  c5 AS n16,
  c1 AS d16
FROM (
SELECT cpi_code AS cpi_code,
  (first_psp_signed_2 - CAST(EXTRACT(DAY FROM first_psp_signed_2) AS INTEGER) + 1) AS month_start,
  count(CASE WHEN (first_psp_signed_2 IS NOT NULL) AND ((first_psp_signed_2 IS NOT NULL) AND (NOT (after_lep_service_matching_policy_start_referral IS NOT NULL))) THEN 1 END) AS c0,
  count(CASE WHEN first_psp_signed_2 IS NOT NULL THEN 1 END) AS c1,
  count(CASE WHEN (first_psp_signed_2 IS NOT NULL) AND ((first_psp_signed_2 IS NOT NULL) AND (after_hiring_2 IS NOT NULL)) THEN 1 END) AS c2,
  count(CASE WHEN ((first_psp_signed_2 IS NOT NULL) AND (after_hiring_3 IS NOT NULL)) AND (((first_psp_signed_2 IS NOT NULL) AND (after_hiring_3 IS NOT NULL)) AND (after_hiring_2 IS NOT NULL)) THEN 1 END) AS c3,
  count(CASE WHEN (first_psp_signed_2 IS NOT NULL) AND (after_hiring_3 IS NOT NULL) THEN 1 END) AS c4,
  count(CASE WHEN (first_psp_signed_2 IS NOT NULL) AND ((first_psp_signed_2 IS NOT NULL) AND (after_closure IS NOT NULL)) THEN 1 END) AS c5
FROM analytics_person_facts
WHERE ((first_psp_signed_2 IS NOT NULL) AND ((first_psp_signed_2 IS NOT NULL) AND (NOT (after_lep_service_matching_policy_start_referral IS NOT NULL)))) OR (first_psp_signed_2 IS NOT NULL) OR ((first_psp_signed_2 IS NOT NULL) AND ((first_psp_signed_2 IS NOT NULL) AND (after_hiring_2 IS NOT NULL))) OR (((first_psp_signed_2 IS NOT NULL) AND (after_hiring_3 IS NOT NULL)) AND (((first_psp_signed_2 IS NOT NULL) AND (after_hiring_3 IS NOT NULL)) AND (after_hiring_2 IS NOT NULL))) OR ((first_psp_signed_2 IS NOT NULL) AND (after_hiring_3 IS NOT NULL)) OR ((first_psp_signed_2 IS NOT NULL) AND ((first_psp_signed_2 IS NOT NULL) AND (after_closure IS NOT NULL)))
GROUP BY cpi_code, (first_psp_signed_2 - CAST(EXTRACT(DAY FROM first_psp_signed_2) AS INTEGER) + 1)
) counts
),
  analytics_cells_4 AS MATERIALIZED (
SELECT cpi_code,
  month_start,
  c0 AS n13,
  c1 AS d13
FROM (
SELECT cpi_code AS cpi_code,
  (first_policy_start_3 - CAST(EXTRACT(DAY FROM first_policy_start_3) AS INTEGER) + 1) AS month_start,
  count(CASE WHEN (first_policy_start_3 IS NOT NULL) AND ((first_policy_start_3 IS NOT NULL) AND (after_hiring IS NOT NULL)) THEN 1 END) AS c0,
  count(CASE WHEN first_policy_start_3 IS NOT NULL THEN 1 END) AS c1
FROM analytics_person_facts
WHERE ((first_policy_start_3 IS NOT NULL) AND ((first_policy_start_3 IS NOT NULL) AND (after_hiring IS NOT NULL))) OR (first_policy_start_3 IS NOT NULL)
GROUP BY cpi_code, (first_policy_start_3 - CAST(EXTRACT(DAY FROM first_policy_start_3) AS INTEGER) + 1)
) counts
),
  analytics_group_cells AS MATERIALIZED (
SELECT tg_bits,
  c0 AS n0,
  c1 AS n1,
  c2 AS n2,
  c3 AS n3,
  c4 AS n4,
  c5 AS n10,
  c6 AS d10,
  c7 AS n13,
  c8 AS d13,
  c9 AS n14,
  c6 AS d14,
  c10 AS n15,
  c11 AS d15,
  c12 AS n16,
  c6 AS d16
FROM (
SELECT tg_bits AS tg_bits,
  count(CASE WHEN (first_psp_signed IS NOT NULL) AND ((first_gol_assessment IS NOT NULL) AND (first_policy_start IS NOT NULL)) THEN 1 END) AS c0,
  count(CASE WHEN (first_psp_signed IS NOT NULL) AND ((first_gol_assessment IS NOT NULL) AND (first_policy_start_2 IS NOT NULL)) THEN 1 END) AS c1,
  count(CASE WHEN (first_psp_signed IS NOT NULL) AND (first_gol_assessment IS NOT NULL) THEN 1 END) AS c2,
  count(CASE WHEN (first_psp_signed IS NOT NULL) AND ((rdc = TRUE) OR (naspi = TRUE) OR (disadvantaged = TRUE) OR (sex = 'F')) AND (first_gol_assessment IS NOT NULL) THEN 1 END) AS c3,
  count(CASE WHEN (first_lep_service IS NOT NULL) AND (first_lep_service_matching_referral IS NOT NULL) THEN 1 END) AS c4,
  count(CASE WHEN (first_psp_signed_2 IS NOT NULL) AND ((first_psp_signed_2 IS NOT NULL) AND (NOT (after_lep_service_matching_policy_start_referral IS NOT NULL))) THEN 1 END) AS c5,
  count(CASE WHEN first_psp_signed_2 IS NOT NULL THEN 1 END) AS c6,
  count(CASE WHEN (first_policy_start_3 IS NOT NULL) AND ((first_policy_start_3 IS NOT NULL) AND (after_hiring IS NOT NULL)) THEN 1 END) AS c7,
  count(CASE WHEN first_policy_start_3 IS NOT NULL THEN 1 END) AS c8,
  count(CASE WHEN (first_psp_signed_2 IS NOT NULL) AND ((first_psp_signed_2 IS NOT NULL) AND (after_hiring_2 IS NOT NULL)) THEN 1 END) AS c9,
  count(CASE WHEN ((first_psp_signed_2 IS NOT NULL) AND (after_hiring_3 IS NOT NULL)) AND (((first_psp_signed_2 IS NOT NULL) AND (after_hiring_3 IS NOT NULL)) AND (after_hiring_2 IS NOT NULL)) THEN 1 END) AS c10,
  count(CASE WHEN (first_psp_signed_2 IS NOT NULL) AND (after_hiring_3 IS NOT NULL) THEN 1 END) AS c11,
  count(CASE WHEN (first_psp_signed_2 IS NOT NULL) AND ((first_psp_signed_2 IS NOT NULL) AND (after_closure IS NOT NULL)) THEN 1 END) AS c12
FROM analytics_person_facts
WHERE ((first_psp_signed IS NOT NULL) AND ((first_gol_assessment IS NOT NULL) AND (first_policy_start IS NOT NULL))) OR ((first_psp_signed IS NOT NULL) AND ((first_gol_assessment IS NOT NULL) AND (first_policy_start_2 IS NOT NULL))) OR ((first_psp_signed IS NOT NULL) AND (first_gol_assessment IS NOT NULL)) OR ((first_psp_signed IS NOT NULL) AND ((rdc = TRUE) OR (naspi = TRUE) OR (disadvantaged = TRUE) OR (sex = 'F')) AND (first_gol_assessment IS NOT NULL)) OR ((first_lep_service IS NOT NULL) AND (first_lep_service_matching_referral IS NOT NULL)) OR ((first_psp_signed_2 IS NOT NULL) AND ((first_psp_signed_2 IS NOT NULL) AND (NOT (after_lep_service_matching_policy_start_referral IS NOT NULL)))) OR (first_psp_signed_2 IS NOT NULL) OR ((first_policy_start_3 IS NOT NULL) AND ((first_policy_start_3 IS NOT NULL) AND (after_hiring IS NOT NULL))) OR (first_policy_start_3 IS NOT NULL) OR ((first_psp_signed_2 IS NOT NULL) AND ((first_psp_signed_2 IS NOT NULL) AND (after_hiring_2 IS NOT NULL))) OR (((first_psp_signed_2 IS NOT NULL) AND (after_hiring_3 IS NOT NULL)) AND (((first_psp_signed_2 IS NOT NULL) AND (after_hiring_3 IS NOT NULL)) AND (after_hiring_2 IS NOT NULL))) OR ((first_psp_signed_2 IS NOT NULL) AND (after_hiring_3 IS NOT NULL)) OR ((first_psp_signed_2 IS NOT NULL) AND ((first_psp_signed_2 IS NOT NULL) AND (after_closure IS NOT NULL)))
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
UNION ALL
SELECT 'target_group', CAST(g.group_id AS VARCHAR), CAST(g.group_label AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM (VALUES ('women', 'Donne', 1), ('youth', 'Giovani (meno di 30 anni)', 2), ('over_55', 'Over 55', 4), ('rdc', 'Percettori di Reddito di cittadinanza', 8), ('adi', 'Percettori di Assegno di inclusione', 16), ('naspi', 'Percettori di NASpI', 32), ('disadvantaged', 'Svantaggiati (L. 381/91)', 64), ('disability', 'Collocamento mirato (L. 68/99)', 128), ('foreign', 'Cittadini stranieri', 256), ('gol_vulnerable', 'Vulnerabili GOL (RdC, NASpI, svantaggiati, donne)', 512)) g (group_id, group_label, group_bit)
LEFT JOIN group_cells ON (tg_bits & g.group_bit) <> 0
GROUP BY g.group_id, g.group_label
),
  indicator_2 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code, month_start, n1 AS numerator_all, CAST(NULL AS BIGINT) AS denominator_all
FROM analytics_cells_1
),
group_cells AS MATERIALIZED (
SELECT tg_bits, n1 AS numerator_all, CAST(NULL AS BIGINT) AS denominator_all
FROM analytics_group_cells
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
UNION ALL
SELECT 'target_group', CAST(g.group_id AS VARCHAR), CAST(g.group_label AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM (VALUES ('women', 'Donne', 1), ('youth', 'Giovani (meno di 30 anni)', 2), ('over_55', 'Over 55', 4), ('rdc', 'Percettori di Reddito di cittadinanza', 8), ('adi', 'Percettori di Assegno di inclusione', 16), ('naspi', 'Percettori di NASpI', 32), ('disadvantaged', 'Svantaggiati (L. 381/91)', 64), ('disability', 'Collocamento mirato (L. 68/99)', 128), ('foreign', 'Cittadini stranieri', 256), ('gol_vulnerable', 'Vulnerabili GOL (RdC, NASpI, svantaggiati, donne)', 512)) g (group_id, group_label, group_bit)
LEFT JOIN group_cells ON (tg_bits & g.group_bit) <> 0
GROUP BY g.group_id, g.group_label
),
  indicator_3 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code, month_start, n2 AS numerator_all, CAST(NULL AS BIGINT) AS denominator_all
FROM analytics_cells_1
),
group_cells AS MATERIALIZED (
SELECT tg_bits, n2 AS numerator_all, CAST(NULL AS BIGINT) AS denominator_all
FROM analytics_group_cells
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
UNION ALL
SELECT 'target_group', CAST(g.group_id AS VARCHAR), CAST(g.group_label AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM (VALUES ('women', 'Donne', 1), ('youth', 'Giovani (meno di 30 anni)', 2), ('over_55', 'Over 55', 4), ('rdc', 'Percettori di Reddito di cittadinanza', 8), ('adi', 'Percettori di Assegno di inclusione', 16), ('naspi', 'Percettori di NASpI', 32), ('disadvantaged', 'Svantaggiati (L. 381/91)', 64), ('disability', 'Collocamento mirato (L. 68/99)', 128), ('foreign', 'Cittadini stranieri', 256), ('gol_vulnerable', 'Vulnerabili GOL (RdC, NASpI, svantaggiati, donne)', 512)) g (group_id, group_label, group_bit)
LEFT JOIN group_cells ON (tg_bits & g.group_bit) <> 0
GROUP BY g.group_id, g.group_label
),
  indicator_4 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code, month_start, n3 AS numerator_all, CAST(NULL AS BIGINT) AS denominator_all
FROM analytics_cells_1
),
group_cells AS MATERIALIZED (
SELECT tg_bits, n3 AS numerator_all, CAST(NULL AS BIGINT) AS denominator_all
FROM analytics_group_cells
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
UNION ALL
SELECT 'target_group', CAST(g.group_id AS VARCHAR), CAST(g.group_label AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM (VALUES ('women', 'Donne', 1), ('youth', 'Giovani (meno di 30 anni)', 2), ('over_55', 'Over 55', 4), ('rdc', 'Percettori di Reddito di cittadinanza', 8), ('adi', 'Percettori di Assegno di inclusione', 16), ('naspi', 'Percettori di NASpI', 32), ('disadvantaged', 'Svantaggiati (L. 381/91)', 64), ('disability', 'Collocamento mirato (L. 68/99)', 128), ('foreign', 'Cittadini stranieri', 256), ('gol_vulnerable', 'Vulnerabili GOL (RdC, NASpI, svantaggiati, donne)', 512)) g (group_id, group_label, group_bit)
LEFT JOIN group_cells ON (tg_bits & g.group_bit) <> 0
GROUP BY g.group_id, g.group_label
),
  indicator_5 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code, month_start, n4 AS numerator_all, CAST(NULL AS BIGINT) AS denominator_all
FROM analytics_cells_2
),
group_cells AS MATERIALIZED (
SELECT tg_bits, n4 AS numerator_all, CAST(NULL AS BIGINT) AS denominator_all
FROM analytics_group_cells
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
UNION ALL
SELECT 'target_group', CAST(g.group_id AS VARCHAR), CAST(g.group_label AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM (VALUES ('women', 'Donne', 1), ('youth', 'Giovani (meno di 30 anni)', 2), ('over_55', 'Over 55', 4), ('rdc', 'Percettori di Reddito di cittadinanza', 8), ('adi', 'Percettori di Assegno di inclusione', 16), ('naspi', 'Percettori di NASpI', 32), ('disadvantaged', 'Svantaggiati (L. 381/91)', 64), ('disability', 'Collocamento mirato (L. 68/99)', 128), ('foreign', 'Cittadini stranieri', 256), ('gol_vulnerable', 'Vulnerabili GOL (RdC, NASpI, svantaggiati, donne)', 512)) g (group_id, group_label, group_bit)
LEFT JOIN group_cells ON (tg_bits & g.group_bit) <> 0
GROUP BY g.group_id, g.group_label
),
  indicator_6 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code,
  (event_date - CAST(EXTRACT(DAY FROM event_date) AS INTEGER) + 1) AS month_start,
  sum(n_psp_signed) AS numerator_all,
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
),
  indicator_7 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code,
  (event_date - CAST(EXTRACT(DAY FROM event_date) AS INTEGER) + 1) AS month_start,
  sum(n_access) AS numerator_all,
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
),
  indicator_8 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code,
  (event_date - CAST(EXTRACT(DAY FROM event_date) AS INTEGER) + 1) AS month_start,
  sum(n_policy_start) AS numerator_all,
  CAST(NULL AS BIGINT) AS denominator_all
FROM analytics_event_counts_persons
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
),
  indicator_9 AS MATERIALIZED (
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
),
  indicator_10 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code,
  count(*) AS numerator_all,
  CAST(0 AS BIGINT) AS denominator_all
FROM analytics_person_facts
WHERE (first_psp_signed_2 IS NOT NULL) AND ((rdc = TRUE) OR (adi = TRUE) OR (naspi = TRUE))
GROUP BY cpi_code
UNION ALL
SELECT cpi_code,
  CAST(0 AS BIGINT) AS numerator_all,
  count(*) AS denominator_all
FROM persons
WHERE (rdc = TRUE) OR (adi = TRUE) OR (naspi = TRUE)
GROUP BY cpi_code
),
group_cells AS MATERIALIZED (
SELECT tg_bits AS tg_bits,
  count(*) AS numerator_all,
  CAST(0 AS BIGINT) AS denominator_all
FROM analytics_person_facts
WHERE (first_psp_signed_2 IS NOT NULL) AND ((rdc = TRUE) OR (adi = TRUE) OR (naspi = TRUE))
GROUP BY tg_bits
UNION ALL
SELECT (CASE WHEN sex = 'F' THEN 1 ELSE 0 END) + (CASE WHEN (2022 - birth_year) < 30 THEN 2 ELSE 0 END) + (CASE WHEN (2022 - birth_year) >= 55 THEN 4 ELSE 0 END) + (CASE WHEN rdc = TRUE THEN 8 ELSE 0 END) + (CASE WHEN adi = TRUE THEN 16 ELSE 0 END) + (CASE WHEN naspi = TRUE THEN 32 ELSE 0 END) + (CASE WHEN disadvantaged = TRUE THEN 64 ELSE 0 END) + (CASE WHEN disability = TRUE THEN 128 ELSE 0 END) + (CASE WHEN ((citizenship = 'EU') OR (citizenship = 'EXTRA_EU')) THEN 256 ELSE 0 END) + (CASE WHEN (rdc = TRUE) OR (naspi = TRUE) OR (disadvantaged = TRUE) OR (sex = 'F') THEN 512 ELSE 0 END) AS tg_bits,
  CAST(0 AS BIGINT) AS numerator_all,
  count(*) AS denominator_all
FROM persons
WHERE (rdc = TRUE) OR (adi = TRUE) OR (naspi = TRUE)
GROUP BY (CASE WHEN sex = 'F' THEN 1 ELSE 0 END) + (CASE WHEN (2022 - birth_year) < 30 THEN 2 ELSE 0 END) + (CASE WHEN (2022 - birth_year) >= 55 THEN 4 ELSE 0 END) + (CASE WHEN rdc = TRUE THEN 8 ELSE 0 END) + (CASE WHEN adi = TRUE THEN 16 ELSE 0 END) + (CASE WHEN naspi = TRUE THEN 32 ELSE 0 END) + (CASE WHEN disadvantaged = TRUE THEN 64 ELSE 0 END) + (CASE WHEN disability = TRUE THEN 128 ELSE 0 END) + (CASE WHEN ((citizenship = 'EU') OR (citizenship = 'EXTRA_EU')) THEN 256 ELSE 0 END) + (CASE WHEN (rdc = TRUE) OR (naspi = TRUE) OR (disadvantaged = TRUE) OR (sex = 'F') THEN 512 ELSE 0 END)
),
units AS MATERIALIZED (
SELECT c.*, o.office_name AS cpi_name, o.province_code, o.province_name, o.region_code, o.region_name
FROM cells c
LEFT JOIN offices o ON o.office_code = c.cpi_code
)
SELECT 'total' AS breakdown, CAST('' AS VARCHAR) AS breakdown_key, CAST(NULL AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
UNION ALL
SELECT 'cpi', CAST(cpi_code AS VARCHAR), CAST(min(cpi_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY cpi_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'province', CAST(province_code AS VARCHAR), CAST(min(province_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY province_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'region', CAST(region_code AS VARCHAR), CAST(min(region_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY region_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'target_group', CAST(g.group_id AS VARCHAR), CAST(g.group_label AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM (VALUES ('women', 'Donne', 1), ('youth', 'Giovani (meno di 30 anni)', 2), ('over_55', 'Over 55', 4), ('rdc', 'Percettori di Reddito di cittadinanza', 8), ('adi', 'Percettori di Assegno di inclusione', 16), ('naspi', 'Percettori di NASpI', 32), ('disadvantaged', 'Svantaggiati (L. 381/91)', 64), ('disability', 'Collocamento mirato (L. 68/99)', 128), ('foreign', 'Cittadini stranieri', 256), ('gol_vulnerable', 'Vulnerabili GOL (RdC, NASpI, svantaggiati, donne)', 512)) g (group_id, group_label, group_bit)
LEFT JOIN group_cells ON (tg_bits & g.group_bit) <> 0
GROUP BY g.group_id, g.group_label
),
  indicator_11 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code, month_start, n10 AS numerator_all, d10 AS denominator_all
FROM analytics_cells_3
),
group_cells AS MATERIALIZED (
SELECT tg_bits, n10 AS numerator_all, d10 AS denominator_all
FROM analytics_group_cells
),
units AS MATERIALIZED (
SELECT c.*, o.office_name AS cpi_name, o.province_code, o.province_name, o.region_code, o.region_name, to_char(c.month_start, 'YYYY-MM') AS month_key
FROM cells c
LEFT JOIN offices o ON o.office_code = c.cpi_code
)
SELECT 'total' AS breakdown, CAST('' AS VARCHAR) AS breakdown_key, CAST(NULL AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
UNION ALL
SELECT 'cpi', CAST(cpi_code AS VARCHAR), CAST(min(cpi_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY cpi_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'province', CAST(province_code AS VARCHAR), CAST(min(province_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY province_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'region', CAST(region_code AS VARCHAR), CAST(min(region_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY region_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'month', CAST(month_key AS VARCHAR), CAST(month_key AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY month_key
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'target_group', CAST(g.group_id AS VARCHAR), CAST(g.group_label AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM (VALUES ('women', 'Donne', 1), ('youth', 'Giovani (meno di 30 anni)', 2), ('over_55', 'Over 55', 4), ('rdc', 'Percettori di Reddito di cittadinanza', 8), ('adi', 'Percettori di Assegno di inclusione', 16), ('naspi', 'Percettori di NASpI', 32), ('disadvantaged', 'Svantaggiati (L. 381/91)', 64), ('disability', 'Collocamento mirato (L. 68/99)', 128), ('foreign', 'Cittadini stranieri', 256), ('gol_vulnerable', 'Vulnerabili GOL (RdC, NASpI, svantaggiati, donne)', 512)) g (group_id, group_label, group_bit)
LEFT JOIN group_cells ON (tg_bits & g.group_bit) <> 0
GROUP BY g.group_id, g.group_label
),
  indicator_12 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code, after_policy_start - first_psp_signed_2 AS duration_days, count(*) AS n
FROM analytics_person_facts
WHERE first_psp_signed_2 IS NOT NULL
GROUP BY cpi_code, after_policy_start - first_psp_signed_2
),
  month_cells AS MATERIALIZED (
SELECT to_char(month_start, 'YYYY-MM') AS month_key, duration_days, n
FROM (
SELECT (first_psp_signed_2 - CAST(EXTRACT(DAY FROM first_psp_signed_2) AS INTEGER) + 1) AS month_start, after_policy_start - first_psp_signed_2 AS duration_days, count(*) AS n
FROM analytics_person_facts
WHERE first_psp_signed_2 IS NOT NULL
GROUP BY (first_psp_signed_2 - CAST(EXTRACT(DAY FROM first_psp_signed_2) AS INTEGER) + 1), after_policy_start - first_psp_signed_2
) m
),
  group_cells AS MATERIALIZED (
SELECT tg_bits, after_policy_start - first_psp_signed_2 AS duration_days, count(*) AS n
FROM analytics_person_facts
WHERE first_psp_signed_2 IS NOT NULL
GROUP BY tg_bits, after_policy_start - first_psp_signed_2
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
),
  indicator_13 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code,
  (event_date - CAST(EXTRACT(DAY FROM event_date) AS INTEGER) + 1) AS month_start,
  sum(n_lep_service_policy_start_2) AS numerator_all,
  sum(n_lep_service_policy_start) AS denominator_all
FROM analytics_event_counts
GROUP BY cpi_code, (event_date - CAST(EXTRACT(DAY FROM event_date) AS INTEGER) + 1)
),
units AS MATERIALIZED (
SELECT c.*, o.office_name AS cpi_name, o.province_code, o.province_name, o.region_code, o.region_name, to_char(c.month_start, 'YYYY-MM') AS month_key
FROM cells c
LEFT JOIN offices o ON o.office_code = c.cpi_code
)
SELECT 'total' AS breakdown, CAST('' AS VARCHAR) AS breakdown_key, CAST(NULL AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
UNION ALL
SELECT 'cpi', CAST(cpi_code AS VARCHAR), CAST(min(cpi_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY cpi_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'province', CAST(province_code AS VARCHAR), CAST(min(province_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY province_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'region', CAST(region_code AS VARCHAR), CAST(min(region_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY region_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'month', CAST(month_key AS VARCHAR), CAST(month_key AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY month_key
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
),
  indicator_14 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code, month_start, n13 AS numerator_all, d13 AS denominator_all
FROM analytics_cells_4
),
group_cells AS MATERIALIZED (
SELECT tg_bits, n13 AS numerator_all, d13 AS denominator_all
FROM analytics_group_cells
),
units AS MATERIALIZED (
SELECT c.*, o.office_name AS cpi_name, o.province_code, o.province_name, o.region_code, o.region_name, to_char(c.month_start, 'YYYY-MM') AS month_key
FROM cells c
LEFT JOIN offices o ON o.office_code = c.cpi_code
)
SELECT 'total' AS breakdown, CAST('' AS VARCHAR) AS breakdown_key, CAST(NULL AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
UNION ALL
SELECT 'cpi', CAST(cpi_code AS VARCHAR), CAST(min(cpi_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY cpi_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'province', CAST(province_code AS VARCHAR), CAST(min(province_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY province_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'region', CAST(region_code AS VARCHAR), CAST(min(region_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY region_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'month', CAST(month_key AS VARCHAR), CAST(month_key AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY month_key
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'target_group', CAST(g.group_id AS VARCHAR), CAST(g.group_label AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM (VALUES ('women', 'Donne', 1), ('youth', 'Giovani (meno di 30 anni)', 2), ('over_55', 'Over 55', 4), ('rdc', 'Percettori di Reddito di cittadinanza', 8), ('adi', 'Percettori di Assegno di inclusione', 16), ('naspi', 'Percettori di NASpI', 32), ('disadvantaged', 'Svantaggiati (L. 381/91)', 64), ('disability', 'Collocamento mirato (L. 68/99)', 128), ('foreign', 'Cittadini stranieri', 256), ('gol_vulnerable', 'Vulnerabili GOL (RdC, NASpI, svantaggiati, donne)', 512)) g (group_id, group_label, group_bit)
LEFT JOIN group_cells ON (tg_bits & g.group_bit) <> 0
GROUP BY g.group_id, g.group_label
),
  indicator_15 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code, month_start, n14 AS numerator_all, d14 AS denominator_all
FROM analytics_cells_3
),
group_cells AS MATERIALIZED (
SELECT tg_bits, n14 AS numerator_all, d14 AS denominator_all
FROM analytics_group_cells
),
units AS MATERIALIZED (
SELECT c.*, o.office_name AS cpi_name, o.province_code, o.province_name, o.region_code, o.region_name, to_char(c.month_start, 'YYYY-MM') AS month_key
FROM cells c
LEFT JOIN offices o ON o.office_code = c.cpi_code
)
SELECT 'total' AS breakdown, CAST('' AS VARCHAR) AS breakdown_key, CAST(NULL AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
UNION ALL
SELECT 'cpi', CAST(cpi_code AS VARCHAR), CAST(min(cpi_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY cpi_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'province', CAST(province_code AS VARCHAR), CAST(min(province_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY province_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'region', CAST(region_code AS VARCHAR), CAST(min(region_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY region_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'month', CAST(month_key AS VARCHAR), CAST(month_key AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY month_key
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'target_group', CAST(g.group_id AS VARCHAR), CAST(g.group_label AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM (VALUES ('women', 'Donne', 1), ('youth', 'Giovani (meno di 30 anni)', 2), ('over_55', 'Over 55', 4), ('rdc', 'Percettori di Reddito di cittadinanza', 8), ('adi', 'Percettori di Assegno di inclusione', 16), ('naspi', 'Percettori di NASpI', 32), ('disadvantaged', 'Svantaggiati (L. 381/91)', 64), ('disability', 'Collocamento mirato (L. 68/99)', 128), ('foreign', 'Cittadini stranieri', 256), ('gol_vulnerable', 'Vulnerabili GOL (RdC, NASpI, svantaggiati, donne)', 512)) g (group_id, group_label, group_bit)
LEFT JOIN group_cells ON (tg_bits & g.group_bit) <> 0
GROUP BY g.group_id, g.group_label
),
  indicator_16 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code, month_start, n15 AS numerator_all, d15 AS denominator_all
FROM analytics_cells_3
),
group_cells AS MATERIALIZED (
SELECT tg_bits, n15 AS numerator_all, d15 AS denominator_all
FROM analytics_group_cells
),
units AS MATERIALIZED (
SELECT c.*, o.office_name AS cpi_name, o.province_code, o.province_name, o.region_code, o.region_name, to_char(c.month_start, 'YYYY-MM') AS month_key
FROM cells c
LEFT JOIN offices o ON o.office_code = c.cpi_code
)
SELECT 'total' AS breakdown, CAST('' AS VARCHAR) AS breakdown_key, CAST(NULL AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
UNION ALL
SELECT 'cpi', CAST(cpi_code AS VARCHAR), CAST(min(cpi_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY cpi_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'province', CAST(province_code AS VARCHAR), CAST(min(province_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY province_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'region', CAST(region_code AS VARCHAR), CAST(min(region_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY region_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'month', CAST(month_key AS VARCHAR), CAST(month_key AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY month_key
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'target_group', CAST(g.group_id AS VARCHAR), CAST(g.group_label AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM (VALUES ('women', 'Donne', 1), ('youth', 'Giovani (meno di 30 anni)', 2), ('over_55', 'Over 55', 4), ('rdc', 'Percettori di Reddito di cittadinanza', 8), ('adi', 'Percettori di Assegno di inclusione', 16), ('naspi', 'Percettori di NASpI', 32), ('disadvantaged', 'Svantaggiati (L. 381/91)', 64), ('disability', 'Collocamento mirato (L. 68/99)', 128), ('foreign', 'Cittadini stranieri', 256), ('gol_vulnerable', 'Vulnerabili GOL (RdC, NASpI, svantaggiati, donne)', 512)) g (group_id, group_label, group_bit)
LEFT JOIN group_cells ON (tg_bits & g.group_bit) <> 0
GROUP BY g.group_id, g.group_label
),
  indicator_17 AS MATERIALIZED (
WITH cells AS MATERIALIZED (
SELECT cpi_code, month_start, n16 AS numerator_all, d16 AS denominator_all
FROM analytics_cells_3
),
group_cells AS MATERIALIZED (
SELECT tg_bits, n16 AS numerator_all, d16 AS denominator_all
FROM analytics_group_cells
),
units AS MATERIALIZED (
SELECT c.*, o.office_name AS cpi_name, o.province_code, o.province_name, o.region_code, o.region_name, to_char(c.month_start, 'YYYY-MM') AS month_key
FROM cells c
LEFT JOIN offices o ON o.office_code = c.cpi_code
)
SELECT 'total' AS breakdown, CAST('' AS VARCHAR) AS breakdown_key, CAST(NULL AS VARCHAR) AS breakdown_label,
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
UNION ALL
SELECT 'cpi', CAST(cpi_code AS VARCHAR), CAST(min(cpi_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY cpi_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'province', CAST(province_code AS VARCHAR), CAST(min(province_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY province_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'region', CAST(region_code AS VARCHAR), CAST(min(region_name) AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY region_code
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'month', CAST(month_key AS VARCHAR), CAST(month_key AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM units
GROUP BY month_key
HAVING CAST(coalesce(sum(numerator_all), 0) AS BIGINT) + CAST(coalesce(sum(denominator_all), 0) AS BIGINT) > 0
UNION ALL
SELECT 'target_group', CAST(g.group_id AS VARCHAR), CAST(g.group_label AS VARCHAR),
  CAST(coalesce(sum(numerator_all), 0) AS BIGINT) AS numerator, CAST(coalesce(sum(denominator_all), 0) AS BIGINT) AS denominator, CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days
FROM (VALUES ('women', 'Donne', 1), ('youth', 'Giovani (meno di 30 anni)', 2), ('over_55', 'Over 55', 4), ('rdc', 'Percettori di Reddito di cittadinanza', 8), ('adi', 'Percettori di Assegno di inclusione', 16), ('naspi', 'Percettori di NASpI', 32), ('disadvantaged', 'Svantaggiati (L. 381/91)', 64), ('disability', 'Collocamento mirato (L. 68/99)', 128), ('foreign', 'Cittadini stranieri', 256), ('gol_vulnerable', 'Vulnerabili GOL (RdC, NASpI, svantaggiati, donne)', 512)) g (group_id, group_label, group_bit)
LEFT JOIN group_cells ON (tg_bits & g.group_bit) <> 0
GROUP BY g.group_id, g.group_label
)
SELECT 'afol-12-gol-formazione-digitale' AS definition_id, * FROM indicator_1
UNION ALL
SELECT 'afol-12-gol-formazione' AS definition_id, * FROM indicator_2
UNION ALL
SELECT 'afol-12-gol-persone-trattate' AS definition_id, * FROM indicator_3
UNION ALL
SELECT 'afol-12-gol-vulnerabili' AS definition_id, * FROM indicator_4
UNION ALL
SELECT 'afol-13-persone-trattate-lep' AS definition_id, * FROM indicator_5
UNION ALL
SELECT 'afol-13-psp-sottoscritti' AS definition_id, * FROM indicator_6
UNION ALL
SELECT 'afol-15-accessi-cpi' AS definition_id, * FROM indicator_7
UNION ALL
SELECT 'arti-1-4-politiche-rdc' AS definition_id, * FROM indicator_8
UNION ALL
SELECT 'arti-1-5-colloqui-a-distanza' AS definition_id, * FROM indicator_9
UNION ALL
SELECT 'lombardia-1-1-presa-in-carico-percettori' AS definition_id, * FROM indicator_10
UNION ALL
SELECT 'lombardia-1-2-tasso-di-caduta' AS definition_id, * FROM indicator_11
UNION ALL
SELECT 'lombardia-1-3-giorni-psp-prima-misura' AS definition_id, * FROM indicator_12
UNION ALL
SELECT 'lombardia-1-4-quota-servizi-accreditati' AS definition_id, * FROM indicator_13
UNION ALL
SELECT 'sistema-efficacia-tirocini' AS definition_id, * FROM indicator_14
UNION ALL
SELECT 'sistema-inserimento-180-giorni' AS definition_id, * FROM indicator_15
UNION ALL
SELECT 'sistema-qualita-placement' AS definition_id, * FROM indicator_16
UNION ALL
SELECT 'sistema-tasso-abbandono' AS definition_id, * FROM indicator_17;
