// The open-data document of a plan and its results for "Amministrazione trasparente" (D.Lgs. 33/2013): the
// zod schema is the single source of the JSON Schema we ship (open-data.schema.json) and of its descriptions.
// Figures are numbers with a dot as decimal mark, percentages in points (188.94 = 188,94%), dates ISO 8601.
import { z } from "zod";

const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (description: string) => z.string().nullable().describe(description);
const number = (description: string) => z.number().nullable().describe(description);

export const OPEN_DATA_SCHEMA_VERSION = "1.0";

export const OpenDataTarget = z
  .object({
    label: text("Etichetta della colonna del target nel documento di origine (es. «Valore target 2021»)."),
    yearFrom: z.number().int().nullable().describe("Primo anno a cui il target si riferisce."),
    yearTo: z.number().int().nullable().describe("Ultimo anno a cui il target si riferisce."),
    text: z.string().describe("Il target come scritto nel piano (es. «>7.920», «entro luglio 2022»)."),
    kind: z
      .enum(["threshold", "deadline", "relative", "previous-value", "composite", "qualitative"])
      .nullable()
      .describe("Tipo di target: soglia, scadenza, variazione, confronto con l'anno precedente, composto, qualitativo; null se non interpretato."),
    comparator: z.enum([">", ">=", "<", "<=", "="]).nullable().describe("Confronto richiesto per i target numerici."),
    value: number("Valore numerico da raggiungere, quando il target ne indica uno (percentuali in punti)."),
    due: isoDate().nullable().describe("Scadenza (AAAA-MM-GG) per i target a data."),
    cumulative: z.boolean().describe("Vero se il valore è cumulato sugli anni indicati."),
    applied: z.boolean().describe("Vero per il target usato nella valutazione del periodo."),
  })
  .strict();

export const OpenDataResult = z
  .object({
    value: number("Valore conseguito, come numero."),
    valueText: text("Valore conseguito come scritto dall'amministrazione (es. «188,94%», «concluso il 15/07/2022»)."),
    achievementPercent: number("Grado di raggiungimento del target, in punti percentuali (arrotondato a due decimali)."),
    scorePercent: number("Punteggio attribuito all'indicatore, in punti percentuali."),
    statusLevel: z.number().int().nullable().describe("Livello dello stato di attuazione sulla scala del piano."),
    status: text("Stato di attuazione (es. «3. secondo le aspettative»)."),
    note: text("Nota di monitoraggio, o motivo per cui il risultato non è calcolabile."),
  })
  .strict();

export const OpenDataIndicator = z
  .object({
    id: z.string().describe("Identificativo stabile dell'indicatore."),
    code: z.string().describe("Codice dell'indicatore nel piano (es. «1.5.2»)."),
    definition: z.string().describe("Definizione dell'indicatore."),
    unit: text("Unità di misura."),
    method: text("Metodo di calcolo."),
    direction: z.enum(["increase", "decrease", "deadline", "progress", "boolean", "unknown"]).describe("Verso di miglioramento."),
    baselineText: text("Valore iniziale come scritto (es. «95,20% dato 2020»)."),
    baselineValue: number("Valore iniziale come numero."),
    baselineYear: z.number().int().nullable().describe("Anno del valore iniziale."),
    dataSource: text("Fonte dei dati."),
    targets: z.array(OpenDataTarget).describe("Target dell'indicatore."),
    result: OpenDataResult.nullable().describe("Risultato nel periodo; null se non è stato scelto un periodo."),
  })
  .strict();

export const OpenDataObjective = z
  .object({
    id: z.string().describe("Identificativo stabile dell'obiettivo."),
    code: z.string().describe("Codice dell'obiettivo nel piano."),
    title: z.string().describe("Titolo dell'obiettivo."),
    areaCode: text("Codice dell'ambito (area strategica, missione, blocco) a cui appartiene."),
    area: text("Ambito a cui appartiene."),
    structure: text("Struttura responsabile."),
    weightPercent: number("Peso dell'obiettivo in punti percentuali; null se non indicato."),
    expectedResult: text("Risultato atteso."),
    stakeholders: text("Stakeholder finale."),
    scorePercent: number("Punteggio dell'obiettivo nel periodo, in punti percentuali."),
    status: text("Stato di attuazione dell'obiettivo (il peggiore dei suoi indicatori)."),
    indicators: z.array(OpenDataIndicator),
  })
  .strict();

export const OpenDataDocument = z
  .object({
    schemaVersion: z.literal(OPEN_DATA_SCHEMA_VERSION).describe("Versione di questo schema."),
    organisation: z
      .object({
        id: z.string(),
        name: z.string().describe("Denominazione dell'amministrazione."),
        taxCode: text("Codice fiscale o partita IVA."),
      })
      .strict(),
    plan: z
      .object({
        id: z.string(),
        title: z.string(),
        kind: z.enum(["performance_plan", "objectives_assigned", "operating_plan", "monitoring_report"]),
        yearFrom: z.number().int(),
        yearTo: z.number().int(),
        approvalAct: text("Atto di approvazione come scritto."),
        approvalDate: isoDate().nullable(),
      })
      .strict(),
    period: z
      .object({ id: z.string(), label: z.string(), cutoffDate: isoDate().describe("Data di riferimento dei risultati."), kind: z.enum(["intermediate", "final"]) })
      .strict()
      .nullable()
      .describe("Periodo di monitoraggio dei risultati; null se il documento riporta solo il piano."),
    planScorePercent: number("Punteggio complessivo del piano nel periodo, in punti percentuali."),
    publication: z
      .object({ id: z.string(), publishedAt: z.string().describe("Data e ora della pubblicazione (ISO 8601).") })
      .strict()
      .nullable()
      .describe("La pubblicazione in Amministrazione trasparente da cui proviene il documento."),
    objectives: z.array(OpenDataObjective),
  })
  .strict()
  .describe("Obiettivi, indicatori, target e risultati di un piano della performance (Traguardo).");

export type OpenDataDocument = z.infer<typeof OpenDataDocument>;
export type OpenDataIndicator = z.infer<typeof OpenDataIndicator>;
export type OpenDataTarget = z.infer<typeof OpenDataTarget>;

/** The JSON Schema (draft 2020-12) shipped as open-data.schema.json. */
export function openDataJsonSchema(id = "open-data.schema.json"): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(OpenDataDocument, { target: "draft-2020-12" });
  return { $schema, $id: id, title: "Traguardo — dati aperti del piano della performance", ...schema };
}
