// Results of AFOL's 2022 plan (seed 000) as the agency would enter them for the Rendicontazione: the seed
// carries the plan only, so tests and the bench add these to read the Relazione as a document to sign.
// The figures are invented but plausible; each one is entered the way the screens store it
// (a number for counts and percentages, "concluso il …" for deadlines).
import type { Measurement, PlanBundle } from "../../domain/model";

export const AFOL_PERIOD_ID = "afol-2022:rendicontazione";

/** code → [value or null, text as written, note]. */
const RESULTS: Record<string, [number | null, string | null, string | null]> = {
  "1.1": [100, "100%", "Valore della produzione 2022 pari al 102,3% della media dei ricavi del triennio"],
  "2.1": [100, "100%", "Bilancio 2022 chiuso in pareggio"],
  "3.1": [94, "94%", "Attestazione del Nucleo di valutazione: 47 punti su 50"],
  "3.2": [null, "concluso il 28/11/2022", "MOG approvato nel CdA del 28/11/2022"],
  "4.1": [96, "96%", null],
  "5.1": [null, "concluso il 15/07/2022", "Digital HUB online dal 15/07/2022"],
  "5.2": [null, "concluso il 12/12/2022", null],
  "5.3": [null, "concluso il 20/09/2022", "Rilascio posticipato per l'adeguamento alle nuove API regionali"],
  "5.4": [null, "concluso il 30/11/2022", null],
  "6.1": [3, "3", "Workshop a Sesto San Giovanni, Rozzano e Melzo"],
  "6.2": [null, "concluso il 29/07/2022", null],
  "6.3": [36, "36", "Iniziative in partnership con i Soci nel 2022"],
  "6.4": [null, "concluso il 25/07/2022", null],
  "7.1": [100, "100%", null],
  "7.2": [100, "100%", "20 puntate pubblicate"],
  "7.3": [7, "7", null],
  "7.4": [null, "concluso il 29/07/2022", null],
  "7.5": [18, "18", null],
  "7.6": [null, "concluso il 10/10/2022", null],
  "8.1": [null, "concluso il 21/11/2022", null],
  "8.2": [null, "non realizzato", "Taratura rinviata al 2023 per il ritardo del fornitore"],
  "9.1": [100, "100%", null],
  "9.2": [null, "concluso il 15/12/2022", null],
  "10.1": [null, "concluso il 19/12/2022", null],
  "10.2": [null, "concluso il 19/12/2022", null],
  "10.3": [90, "90%", "Completate 27 assunzioni su 30 previste"],
  "11.1": [null, "concluso il 30/09/2022", null],
  "11.2": [null, "concluso il 16/12/2022", null],
  "11.3": [null, "concluso il 22/12/2022", null],
  "12.1": [8315, "8.315", "Fonte: cruscotto GOL di Regione Lombardia"],
  "12.2": [6102, "6.102", null],
  "12.3": [388, "388", "Avvio dei corsi da ottobre"],
  "12.4": [171, "171", null],
  "13.1": [21034, "21.034", null],
  "13.2": [15480, "15.480", null],
  "13.3": [1902, "1.902", null],
  "14.1": [2710, "2.710", null],
  "14.2": [4601, "4.601", "Imprese contattate nel 2022"],
  "14.3": [38.5, "38,5%", null],
  "14.4": [3, "3", null],
  "15.1": [131220, "131.220", null],
  "15.2": [5, "5", null],
  "15.3": [null, "concluso il 14/12/2022", null],
  "16.1": [null, "concluso il 13/12/2022", null],
  "16.2": [74, "74", null],
  "16.3": [4.2, "4,2", "Giorni medi di risposta nel 2022; il valore 2021 non è disponibile"],
  "16.4": [null, "concluso il 28/07/2022", null],
  "16.5": [6, "6", "Giorni medi di risposta da settembre a dicembre"],
  "17.1": [null, "concluso il 20/12/2022", null],
  "17.2": [100, "100%", null],
  "18.1": [93, "93%", null],
  "18.2": [412, "412", null],
  "18.3": [251, "251", null],
  "19.1": [5, "5", null],
  "19.2": [1622, "1.622", null],
  "19.3": [104, "104", null],
  "19.4": [187, "187", null],
  "19.5": [23, "23", null],
  "19.6": [null, "concluso il 26/09/2022", null],
  "20.1": [null, "concluso il 27/09/2022", null],
  "20.2": [null, "280 studenti 120 genitori", null],
  "20.3": [44, "44", null],
  "20.4": [57, "57", null],
  "20.5": [null, "54 webinar 1.130 utenti", null],
  "20.6": [null, "9 webinar 312 utenti", null],
  "20.7": [520, "520", null],
  "20.8": [2140, "2.140", null],
  "21.1": [100, "100%", null],
  "21.2": [100, "100%", null],
  "21.3": [100, "100%", null],
  "21.4": [null, "concluso il 02/12/2022", null],
  "22.1": [100, "100%", null],
  "22.2": [100, "100%", null],
  "22.3": [100, "100%", null],
  "22.4": [9, "9", null],
  "22.5": [100, "100%", null],
  "22.6": [50, "50%", "Progettato un percorso su due"],
  "22.7": [100, "100%", null],
  "23.1": [1240, "1.240", null],
  "23.2": [3, "3", null],
};

/** objective code → step position → actual timing as written ("Tempi effettivi"). */
const ACTUAL_STEPS: Record<string, Record<number, string>> = {
  "5": { 0: "15 luglio 2022", 1: "12 dicembre 2022" },
  "8": { 0: "20 ottobre 2022", 1: "25 ottobre 2022", 2: "21 novembre 2022" },
  "12": { 0: "28 settembre 2022", 2: "29 luglio 2022" },
  "13": { 0: "14 settembre 2022", 1: "7 novembre 2022", 2: "16 dicembre 2022" },
  "14": { 0: "30 giugno 2022", 1: "24 giugno 2022", 4: "18 luglio 2022" },
};

/** The AFOL bundle with the results above for the Rendicontazione period, and the actual step dates. */
export function withAfolResults(bundle: PlanBundle): PlanBundle {
  const measurements: Measurement[] = bundle.indicators.flatMap((indicator) => {
    const result = RESULTS[indicator.code];
    if (!result) return [];
    const [value, valueText, note] = result;
    return [
      {
        id: `${indicator.id}:m-rendicontazione`,
        indicatorId: indicator.id,
        periodId: AFOL_PERIOD_ID,
        value,
        valueText,
        numerator: null,
        denominator: null,
        note,
        source: "Rendicontazione 2022",
        assessmentLevel: null,
        assessmentText: null,
        origin: "manual",
        assigneeId: null,
        provenance: null,
      },
    ];
  });
  const steps = bundle.steps.map((step) => {
    const objective = bundle.objectives.find((o) => o.id === step.objectiveId);
    const actual = objective ? ACTUAL_STEPS[objective.code]?.[step.position] : undefined;
    if (!actual) return step;
    const [day, monthName, year] = actual.split(" ");
    const month = MONTH_NUMBER[monthName!]!;
    return { ...step, actualTiming: actual, actualDate: `${year}-${month}-${day!.padStart(2, "0")}` };
  });
  return { ...bundle, measurements: [...bundle.measurements, ...measurements], steps };
}

const MONTH_NUMBER: Record<string, string> = {
  giugno: "06",
  luglio: "07",
  settembre: "09",
  ottobre: "10",
  novembre: "11",
  dicembre: "12",
};
