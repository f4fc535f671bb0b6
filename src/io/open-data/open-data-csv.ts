// The open data as one CSV row per indicator (objectives without indicators get one row of their own), with
// its data dictionary. Decided (docs/reports.md): RFC 4180, UTF-8 without BOM, comma as separator, CRLF line
// ends, dot as decimal mark and no thousands separator, dates AAAA-MM-GG, percentages in points — what CSV
// readers and the national catalogue expect; people who want Italian formats open the XLSX.
import type { OpenDataDocument } from "./open-data-schema";

export type CsvType = "testo" | "intero" | "decimale" | "data";

type Objective = OpenDataDocument["objectives"][number];
type Indicator = Objective["indicators"][number];

interface Row {
  doc: OpenDataDocument;
  objective: Objective;
  indicator: Indicator | null;
}

export interface CsvColumn {
  name: string;
  type: CsvType;
  required: boolean;
  description: string;
  value: (row: Row) => string | number | null;
}

const applied = (i: Indicator | null) => i?.targets.find((t) => t.applied) ?? i?.targets[0] ?? null;

export const OPEN_DATA_COLUMNS: CsvColumn[] = [
  { name: "amministrazione", type: "testo", required: true, description: "Denominazione dell'amministrazione", value: (r) => r.doc.organisation.name },
  { name: "codice_fiscale", type: "testo", required: false, description: "Codice fiscale o partita IVA dell'amministrazione", value: (r) => r.doc.organisation.taxCode },
  { name: "piano_id", type: "testo", required: true, description: "Identificativo stabile del piano", value: (r) => r.doc.plan.id },
  { name: "piano", type: "testo", required: true, description: "Titolo del piano", value: (r) => r.doc.plan.title },
  { name: "anno_inizio", type: "intero", required: true, description: "Primo anno del piano", value: (r) => r.doc.plan.yearFrom },
  { name: "anno_fine", type: "intero", required: true, description: "Ultimo anno del piano", value: (r) => r.doc.plan.yearTo },
  { name: "periodo_id", type: "testo", required: false, description: "Identificativo del periodo di monitoraggio; vuoto se il file riporta solo il piano", value: (r) => r.doc.period?.id ?? null },
  { name: "periodo", type: "testo", required: false, description: "Periodo di monitoraggio (es. «Monitoraggio intermedio al 30/06/2021»)", value: (r) => r.doc.period?.label ?? null },
  { name: "data_riferimento", type: "data", required: false, description: "Data a cui si riferiscono i risultati (AAAA-MM-GG)", value: (r) => r.doc.period?.cutoffDate ?? null },
  { name: "ambito_codice", type: "testo", required: false, description: "Codice dell'ambito (area strategica, missione, blocco)", value: (r) => r.objective.areaCode },
  { name: "ambito", type: "testo", required: false, description: "Ambito a cui appartiene l'obiettivo", value: (r) => r.objective.area },
  { name: "struttura", type: "testo", required: false, description: "Struttura responsabile dell'obiettivo", value: (r) => r.objective.structure },
  { name: "obiettivo_id", type: "testo", required: true, description: "Identificativo stabile dell'obiettivo", value: (r) => r.objective.id },
  { name: "obiettivo_codice", type: "testo", required: true, description: "Codice dell'obiettivo nel piano", value: (r) => r.objective.code },
  { name: "obiettivo", type: "testo", required: true, description: "Titolo dell'obiettivo", value: (r) => r.objective.title },
  { name: "obiettivo_peso_percentuale", type: "decimale", required: false, description: "Peso dell'obiettivo in punti percentuali (6 = 6%)", value: (r) => r.objective.weightPercent },
  { name: "obiettivo_punteggio_percentuale", type: "decimale", required: false, description: "Punteggio dell'obiettivo nel periodo, in punti percentuali", value: (r) => r.objective.scorePercent },
  { name: "obiettivo_stato", type: "testo", required: false, description: "Stato di attuazione dell'obiettivo", value: (r) => r.objective.status },
  { name: "indicatore_id", type: "testo", required: false, description: "Identificativo stabile dell'indicatore; vuoto per un obiettivo senza indicatori", value: (r) => r.indicator?.id ?? null },
  { name: "indicatore_codice", type: "testo", required: false, description: "Codice dell'indicatore nel piano", value: (r) => r.indicator?.code ?? null },
  { name: "indicatore", type: "testo", required: false, description: "Definizione dell'indicatore", value: (r) => r.indicator?.definition ?? null },
  { name: "unita_misura", type: "testo", required: false, description: "Unità di misura", value: (r) => r.indicator?.unit ?? null },
  { name: "metodo_calcolo", type: "testo", required: false, description: "Metodo di calcolo", value: (r) => r.indicator?.method ?? null },
  { name: "valore_iniziale_testo", type: "testo", required: false, description: "Valore iniziale come scritto nel piano", value: (r) => r.indicator?.baselineText ?? null },
  { name: "valore_iniziale", type: "decimale", required: false, description: "Valore iniziale come numero", value: (r) => r.indicator?.baselineValue ?? null },
  { name: "valore_iniziale_anno", type: "intero", required: false, description: "Anno del valore iniziale", value: (r) => r.indicator?.baselineYear ?? null },
  { name: "target_testo", type: "testo", required: false, description: "Target applicato nel periodo, come scritto nel piano", value: (r) => applied(r.indicator)?.text ?? null },
  { name: "target_tipo", type: "testo", required: false, description: "Tipo di target: threshold, deadline, relative, previous-value, composite, qualitative", value: (r) => applied(r.indicator)?.kind ?? null },
  { name: "target_valore", type: "decimale", required: false, description: "Valore numerico da raggiungere (percentuali in punti)", value: (r) => applied(r.indicator)?.value ?? null },
  { name: "target_scadenza", type: "data", required: false, description: "Scadenza per i target a data (AAAA-MM-GG)", value: (r) => applied(r.indicator)?.due ?? null },
  { name: "valore_conseguito", type: "decimale", required: false, description: "Valore conseguito come numero", value: (r) => r.indicator?.result?.value ?? null },
  { name: "valore_conseguito_testo", type: "testo", required: false, description: "Valore conseguito come scritto dall'amministrazione", value: (r) => r.indicator?.result?.valueText ?? null },
  { name: "raggiungimento_percentuale", type: "decimale", required: false, description: "Grado di raggiungimento del target in punti percentuali, due decimali", value: (r) => r.indicator?.result?.achievementPercent ?? null },
  { name: "punteggio_percentuale", type: "decimale", required: false, description: "Punteggio dell'indicatore in punti percentuali", value: (r) => r.indicator?.result?.scorePercent ?? null },
  { name: "stato_livello", type: "intero", required: false, description: "Livello dello stato di attuazione sulla scala del piano", value: (r) => r.indicator?.result?.statusLevel ?? null },
  { name: "stato", type: "testo", required: false, description: "Stato di attuazione dell'indicatore", value: (r) => r.indicator?.result?.status ?? null },
  { name: "note", type: "testo", required: false, description: "Nota di monitoraggio o motivo per cui il risultato non è calcolabile", value: (r) => r.indicator?.result?.note ?? null },
  { name: "fonte_dati", type: "testo", required: false, description: "Fonte dei dati", value: (r) => r.indicator?.dataSource ?? null },
];

const EOL = "\r\n";

function field(value: string | number | null): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map(field).join(",")).join(EOL) + EOL;
}

/** RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') quoted = false;
      else value += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(value);
      value = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = "";
    } else value += c;
  }
  if (value !== "" || row.length) {
    row.push(value);
    rows.push(row);
  }
  return rows;
}

export function renderOpenDataCsv(doc: OpenDataDocument): string {
  const rows: Row[] = doc.objectives.flatMap((objective): Row[] =>
    objective.indicators.length ? objective.indicators.map((indicator) => ({ doc, objective, indicator })) : [{ doc, objective, indicator: null }],
  );
  return formatCsv([OPEN_DATA_COLUMNS.map((c) => c.name), ...rows.map((row) => OPEN_DATA_COLUMNS.map((c) => c.value(row)))]);
}

/** The data dictionary, itself a CSV: one line per column of the data file. */
export function renderDataDictionaryCsv(): string {
  return formatCsv([["campo", "tipo", "obbligatorio", "descrizione"], ...OPEN_DATA_COLUMNS.map((c) => [c.name, c.type, c.required ? "sì" : "no", c.description])]);
}
