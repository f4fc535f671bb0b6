// Proportions of the synthetic data, taken from the public figures in the seeds, so a generated data set
// behaves like a real CPI network. Probabilities are per person; "of pact" ones apply to persons with a PSP.
//
// Seed 000 (AFOL Metropolitana 2022): >20.000 PSP a year (ob. 13), 124.075 accesses in 2021 (ob. 15, ≈ 6 per
// pact), 16.000 of 20.000 pacts followed by LEP C and a further service (80%), GOL: 7.920 treated from June of
// whom 5.940 vulnerable (75%), 410 in training (5%), 158 in digital training (2%), 1.830 reimbursed paths (9%).
// Seed 004 (ARTI Toscana 2021): 45.000 active policies a year for RdC recipients.
// With DID dates spread over 30 months, a person set of size N yields ≈ 0,32·N pacts a year: an AFOL-sized data
// set has about 62.500 persons; the national benchmark uses 1M and 10M persons (~10 events each).

export const VOLUMES = {
  /** DID dates are spread uniformly over this many days from 1 January 2021. */
  didSpreadDays: 912,
  profiling: 0.95,
  pact: 0.8,
  /** GOL started in mid-2022: pacts from then on get an assessment with this probability. */
  golAssessmentFromPact: 0.75,
  golStart: "2022-05-25",
  golTracks: [0.55, 0.25, 0.1, 0.09, 0.01],
  receptionLepA: 0.6,
  basicGuidanceLepCOfPact: 0.9,
  /** one of LEP E, F, H, M after the pact (AFOL ob. 13 counts them). */
  furtherLepOfPact: 0.7,
  furtherLepLetters: { E: 0.4, F: 0.25, H: 0.25, M: 0.1 },
  otherLepOfPact: 0.3,
  matchingOfPact: 0.15,
  referralOfPact: 0.1,
  policyOfPact: 0.45,
  policyTypes: { training: 0.45, digital_training: 0.12, internship: 0.2, incentive: 0.23 },
  /** share of policies delivered by accredited operators (Lombardia's Dote Unica Lavoro model). */
  policyAtAccredited: 0.55,
  lepAtAccredited: 0.2,
  closureOfPact: 0.35,
  closureReasons: { dropout: 0.35, hired: 0.4, completed: 0.15, sanction: 0.05, transfer: 0.05 },
  hiring: 0.55,
  contractTypes: { permanent: 0.15, fixed_term: 0.55, apprenticeship: 0.08, temporary_agency: 0.17, intermittent: 0.05 },
  /** accesses: up to this many, each with the probability below (≈ 4 a person, ≈ 5 a pact: AFOL's 6,2 a pact). */
  accessSlots: 5,
  access: 0.8,
  remoteAccess: 0.4,
  remoteService: 0.3,
  women: 0.53,
  under30: 0.3,
  citizenship: { IT: 0.82, EU: 0.04, EXTRA_EU: 0.14 },
  education: { none: 0.05, primary: 0.07, lower_secondary: 0.35, upper_secondary: 0.38, tertiary: 0.15 },
  disadvantaged: 0.06,
  disability: 0.04,
  rdc: 0.22,
  adi: 0.03,
  naspi: 0.3,
} as const;

/** CPI in a generated network: about one per 18.000 persons, at least 3, at most Italy's ~550. */
export function defaultCpiCount(persons: number): number {
  return Math.min(550, Math.max(3, Math.round(persons / 18_000)));
}

export const REGIONS = [
  ["PIE", "Piemonte"],
  ["VDA", "Valle d'Aosta"],
  ["LOM", "Lombardia"],
  ["TAA", "Trentino-Alto Adige"],
  ["VEN", "Veneto"],
  ["FVG", "Friuli-Venezia Giulia"],
  ["LIG", "Liguria"],
  ["EMR", "Emilia-Romagna"],
  ["TOS", "Toscana"],
  ["UMB", "Umbria"],
  ["MAR", "Marche"],
  ["LAZ", "Lazio"],
  ["ABR", "Abruzzo"],
  ["MOL", "Molise"],
  ["CAM", "Campania"],
  ["PUG", "Puglia"],
  ["BAS", "Basilicata"],
  ["CAL", "Calabria"],
  ["SIC", "Sicilia"],
  ["SAR", "Sardegna"],
] as const;
