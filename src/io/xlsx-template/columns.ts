// The workbook's layout, as one table per entity of PlanBundle: sheet name, then for each field of the
// zod schema its Italian header, its cell type and its meaning. Export, import and the "Leggimi" sheet all
// read these tables, so a field added here travels both ways; columns.test.ts checks that every field of
// every schema has a column, which is what makes the round trip lossless by construction.
import { z } from "zod";
import {
  BudgetLine,
  BudgetTable,
  Cronoprogramma,
  CronoprogrammaPhase,
  ImplementationStep,
  ImportWarning,
  Indicator,
  Measurement,
  MonitoringPeriod,
  Objective,
  Organisation,
  Plan,
  PlanNode,
  ReportedTable,
  RoleWeighting,
  SpendingProgramme,
  Structure,
  Target,
  type PlanBundle,
} from "../../domain/model";
import type { ColumnType } from "./cell-codecs";
import {
  BUDGET_ROW_KIND_LABELS,
  DIRECTION_LABELS,
  MEASUREMENT_ORIGIN_LABELS,
  NODE_KIND_LABELS,
  ORGANISATION_KIND_LABELS,
  PERIOD_KIND_LABELS,
  PLAN_KIND_LABELS,
  PLAN_STATE_LABELS,
  STRUCTURE_KIND_LABELS,
} from "./enum-labels";

export interface ColumnDefinition {
  field: string;
  header: string;
  type: ColumnType;
  /** what the column holds, in Italian, for the "Leggimi" sheet and the header's note. */
  meaning: string;
  /** code → Italian label, for "enum" columns. */
  labels?: Readonly<Record<string, string>>;
}

export interface SheetDefinition {
  name: string;
  /** the PlanBundle property the sheet holds. */
  bundleKey: keyof PlanBundle;
  /** "one": a single record (Organizzazione, Piano); "many": one record per row. */
  cardinality: "one" | "many";
  meaning: string;
  schema: z.ZodObject;
  columns: ColumnDefinition[];
  /** fields deliberately not written, with the reason (shown in "Leggimi"). */
  omitted: { field: string; reason: string }[];
}

type FieldOf<S extends z.ZodObject> = Extract<keyof z.output<S>, string>;
type Column<F extends string> = [field: F, header: string, type: ColumnType, meaning: string, labels?: Readonly<Record<string, string>>];

/** Builds a sheet from terse column rows, checking field names against the schema at compile time. */
function defineSheet<S extends z.ZodObject>(definition: {
  name: string;
  bundleKey: keyof PlanBundle;
  cardinality?: "one" | "many";
  meaning: string;
  schema: S;
  columns: Column<FieldOf<S>>[];
  omitted?: { field: FieldOf<S>; reason: string }[];
}): SheetDefinition {
  return {
    name: definition.name,
    bundleKey: definition.bundleKey,
    cardinality: definition.cardinality ?? "many",
    meaning: definition.meaning,
    schema: definition.schema,
    columns: definition.columns.map(([field, header, type, meaning, labels]) =>
      labels ? { field, header, type, meaning, labels } : { field, header, type, meaning },
    ),
    omitted: definition.omitted ?? [],
  };
}

const ID = "identificativo univoco della riga; le altre righe vi fanno riferimento";

function organisationColumns(): Column<FieldOf<typeof Organisation>>[] {
  return [
    ["id", "Id", "id", ID],
    ["name", "Denominazione", "text", "nome completo dell'ente"],
    ["shortName", "Sigla", "text", "nome breve: \"AFOL\", \"ARTI\""],
    ["kind", "Tipo", "enum", "natura dell'ente", ORGANISATION_KIND_LABELS],
    ["parentId", "Id ente di appartenenza", "id", "ente di cui fa parte (Id di un'altra organizzazione)"],
    ["taxCode", "Codice fiscale", "text", "codice fiscale o partita IVA, come testo"],
    ["address", "Indirizzo", "text", "sede"],
    ["email", "Email", "text", "indirizzo di posta elettronica o PEC"],
  ];
}

export const SHEETS: readonly SheetDefinition[] = [
  defineSheet({
    name: "Organizzazione",
    bundleKey: "organisation",
    cardinality: "one",
    meaning: "l'ente titolare del piano",
    schema: Organisation,
    columns: organisationColumns(),
  }),
  defineSheet({
    name: "Organizzazioni collegate",
    bundleKey: "relatedOrganisations",
    meaning: "altri enti citati dal piano: la Regione che assegna gli obiettivi, le Province assegnatarie",
    schema: Organisation,
    columns: organisationColumns(),
  }),
  defineSheet({
    name: "Strutture",
    bundleKey: "structures",
    meaning: "le unità organizzative dell'ente (direzioni, aree, settori, CPI), in albero tramite la struttura madre",
    schema: Structure,
    columns: [
      ["id", "Id", "id", ID],
      ["organisationId", "Id organizzazione", "id", "ente a cui appartiene la struttura"],
      ["parentId", "Id struttura madre", "id", "struttura di livello superiore; vuoto per quelle di primo livello"],
      ["name", "Denominazione", "text", "nome della struttura: \"Divisione Lavoro\""],
      ["kind", "Tipo", "enum", "livello organizzativo", STRUCTURE_KIND_LABELS],
      ["code", "Codice", "text", "codice interno della struttura"],
    ],
  }),
  defineSheet({
    name: "Piano",
    bundleKey: "plan",
    cardinality: "one",
    meaning: "il piano, il monitoraggio o il rapporto descritto dalla cartella",
    schema: Plan,
    columns: [
      ["id", "Id", "id", ID],
      ["organisationId", "Id organizzazione", "id", "ente titolare (Id del foglio Organizzazione)"],
      ["title", "Titolo", "longText", "titolo del documento"],
      ["kind", "Tipo", "enum", "natura del documento", PLAN_KIND_LABELS],
      ["yearFrom", "Anno inizio", "integer", "primo anno coperto"],
      ["yearTo", "Anno fine", "integer", "ultimo anno coperto"],
      ["approvalAct", "Atto di approvazione", "text", "come scritto: \"Approvato nel CdA del 10 giugno 2022\""],
      ["approvalDate", "Data di approvazione", "date", "data dell'atto di approvazione"],
      ["version", "Versione", "integer", "numero di versione del piano (1 se vuoto)"],
      ["state", "Stato", "enum", "stato di approvazione (bozza se vuoto)", PLAN_STATE_LABELS],
      ["assignedById", "Id ente assegnante", "id", "ente che assegna gli obiettivi (una Regione), dal foglio Organizzazioni collegate"],
      ["assigneeIds", "Id enti assegnatari", "list", "enti a cui sono assegnati gli obiettivi, uno per riga"],
      ["description", "Descrizione", "longText", "descrizione libera"],
      ["sourceFile", "File di origine", "text", "nome del file da cui il piano è stato importato"],
      ["sourceLayout", "Formato di origine", "text", "importatore che ha letto il file: afol-piano, arti-monitoraggio, anpal-rapporto, lombardia-obiettivi, xlsx"],
      ["assessmentScale", "Scala di valutazione", "json", "scala della valutazione sintetica: {\"name\": testo, \"levels\": [{\"level\": intero, \"label\": testo, \"tone\": green|blue|yellow|orange|red|grey}, …]}; se vuota, la scala ARTI a 5 livelli"],
    ],
  }),
  defineSheet({
    name: "Livelli",
    bundleKey: "nodes",
    meaning: "i livelli della gerarchia sopra gli obiettivi (ambiti strategici, sezioni, missioni, linee di attività), in albero tramite il livello padre",
    schema: PlanNode,
    columns: [
      ["id", "Id", "id", ID],
      ["planId", "Id piano", "id", "piano a cui appartiene"],
      ["parentId", "Id livello padre", "id", "livello superiore; vuoto per i livelli di primo livello"],
      ["kind", "Tipo", "enum", "natura del livello", NODE_KIND_LABELS],
      ["code", "Codice", "text", "codice come scritto: \"Missione 026\", \"Sezione 1\""],
      ["title", "Titolo", "longText", "titolo del livello"],
      ["structureId", "Id struttura", "id", "struttura a cui il livello si riferisce"],
      ["position", "Posizione", "integer", "ordine tra i livelli fratelli (0 se vuoto)"],
      ["notes", "Note", "longText", "note libere"],
    ],
  }),
  defineSheet({
    name: "Obiettivi",
    bundleKey: "objectives",
    meaning: "gli obiettivi del piano",
    schema: Objective,
    columns: [
      ["id", "Id", "id", ID],
      ["planId", "Id piano", "id", "piano a cui appartiene"],
      ["nodeId", "Id livello", "id", "livello (foglio Livelli) sotto cui sta l'obiettivo"],
      ["code", "Codice", "text", "codice dell'obiettivo come scritto: \"1.5\", \"OB 3\""],
      ["title", "Titolo", "longText", "titolo dell'obiettivo"],
      ["description", "Descrizione", "longText", "descrizione estesa"],
      ["expectedResult", "Risultato atteso", "longText", "risultato atteso come scritto"],
      ["stakeholders", "Stakeholder finale", "text", "destinatari come scritti"],
      ["weight", "Peso %", "number", "peso in percentuale (6 per \"6,00%\"); vuoto se il piano non lo indica"],
      ["structureId", "Id struttura responsabile", "id", "struttura responsabile dell'attuazione"],
      ["coOwners", "Corresponsabilità", "text", "responsabilità condivise come scritte: \"obiettivo di filiera\""],
      ["programmingLinks", "Collegamenti alla programmazione", "longText", "atti di programmazione: \"Progetto DEFR n. 11\""],
      ["notes", "Note", "longText", "note libere"],
      ["resourceShareMin", "Quota risorse minima %", "number", "quota di risorse erogata al pieno raggiungimento, minimo in percentuale (Lombardia)"],
      ["resourceShareMax", "Quota risorse massima %", "number", "quota di risorse, massimo in percentuale"],
      ["resourceShareText", "Quota risorse (testo)", "text", "quota come scritta: \"minimo 40%\""],
      ["dimensions", "Dimensioni da osservare", "list", "dimensioni da osservare, una per riga"],
      ["position", "Posizione", "integer", "ordine nel piano (0 se vuoto)"],
    ],
  }),
  defineSheet({
    name: "Fasi di attuazione",
    bundleKey: "steps",
    meaning: "le modalità di attuazione di un obiettivo con tempi previsti ed effettivi",
    schema: ImplementationStep,
    columns: [
      ["id", "Id", "id", ID],
      ["objectiveId", "Id obiettivo", "id", "obiettivo a cui appartiene"],
      ["position", "Posizione", "integer", "ordine nell'obiettivo (0 se vuoto)"],
      ["description", "Descrizione", "longText", "attività come scritta"],
      ["plannedTiming", "Tempi previsti", "text", "come scritti: \"entro dicembre 2022\", \"bimestrale\""],
      ["plannedDate", "Data prevista", "date", "ultima data prevista, quando i tempi ne indicano una"],
      ["actualTiming", "Tempi effettivi", "text", "come scritti"],
      ["actualDate", "Data effettiva", "date", "data di effettiva realizzazione"],
    ],
  }),
  defineSheet({
    name: "Cronoprogrammi",
    bundleKey: "cronoprogrammi",
    meaning: "il cronoprogramma di un obiettivo, diviso in fasi pesate",
    schema: Cronoprogramma,
    columns: [
      ["id", "Id", "id", ID],
      ["objectiveId", "Id obiettivo", "id", "obiettivo a cui appartiene"],
      ["code", "Codice", "text", "codice: \"ARTI 1\""],
      ["title", "Titolo", "longText", "titolo del cronoprogramma"],
      ["targetText", "Valore target (testo)", "text", "come scritto: \"Valore target - entro il 31/12/2021\""],
      ["dueDate", "Scadenza", "date", "data entro cui concludere"],
    ],
  }),
  defineSheet({
    name: "Fasi cronoprogramma",
    bundleKey: "phases",
    meaning: "le fasi di un cronoprogramma, con output, date, struttura responsabile e peso",
    schema: CronoprogrammaPhase,
    columns: [
      ["id", "Id", "id", ID],
      ["cronoprogrammaId", "Id cronoprogramma", "id", "cronoprogramma a cui appartiene"],
      ["number", "Numero fase", "integer", "numero progressivo della fase"],
      ["description", "Descrizione", "longText", "descrizione della fase"],
      ["output", "Output", "text", "prodotto della fase"],
      ["plannedStart", "Inizio previsto", "date", "data di inizio prevista"],
      ["plannedEnd", "Fine prevista", "date", "data di fine prevista"],
      ["responsibleStructure", "Struttura responsabile", "text", "struttura responsabile come scritta"],
      ["weight", "Peso %", "number", "peso della fase in percentuale (20 per \"20,00%\")"],
      ["actualEnd", "Fine effettiva", "date", "data di effettiva conclusione"],
      ["actualEndText", "Fine effettiva (testo)", "text", "come scritta: \"31/03/21\", \"-\""],
      ["monitoringNote", "Nota di monitoraggio", "longText", "nota del monitoraggio"],
      ["dataSource", "Fonte dati", "text", "fonte del dato"],
    ],
  }),
  defineSheet({
    name: "Indicatori",
    bundleKey: "indicators",
    meaning: "gli indicatori che misurano gli obiettivi (o un livello, per gli indicatori di sistema)",
    schema: Indicator,
    columns: [
      ["id", "Id", "id", ID],
      ["planId", "Id piano", "id", "piano a cui appartiene"],
      ["objectiveId", "Id obiettivo", "id", "obiettivo misurato; vuoto per gli indicatori di sistema"],
      ["nodeId", "Id livello", "id", "livello a cui l'indicatore è collegato"],
      ["code", "Codice", "text", "codice dell'indicatore"],
      ["position", "Posizione", "integer", "ordine nell'obiettivo (0 se vuoto)"],
      ["definition", "Definizione", "longText", "che cosa misura l'indicatore"],
      ["unit", "Unità di misura", "text", "\"Numero intero\", \"%\""],
      ["method", "Metodo di calcolo", "longText", "come scritto: \"Numero istruttorie effettuate/numero domande pervenute\""],
      ["numeratorLabel", "Numeratore", "text", "che cosa conta il numeratore"],
      ["denominatorLabel", "Denominatore", "text", "che cosa conta il denominatore"],
      ["direction", "Verso", "enum", "quando il valore è migliore (non definito se vuoto)", DIRECTION_LABELS],
      ["dataSource", "Fonte dati", "text", "fonte del dato"],
      ["responsibleStructure", "Struttura responsabile", "text", "struttura responsabile come scritta"],
      ["programmingLinks", "Collegamenti alla programmazione", "longText", "atti di programmazione collegati"],
      ["baselineText", "Valore iniziale (testo)", "text", "come scritto: \"95,20% dato 2020\", \"2021: 1.073\""],
      ["baselineValue", "Valore iniziale", "number", "valore iniziale come numero"],
      ["baselineYear", "Anno valore iniziale", "integer", "anno a cui si riferisce il valore iniziale"],
      ["notes", "Note", "longText", "note libere"],
      ["cronoprogrammaId", "Id cronoprogramma", "id", "cronoprogramma il cui avanzamento è il valore dell'indicatore"],
    ],
  }),
  defineSheet({
    name: "Target",
    bundleKey: "targets",
    meaning: "i valori attesi di un indicatore per un anno o un intervallo di anni, come scritti nel piano",
    schema: Target,
    columns: [
      ["id", "Id", "id", ID],
      ["indicatorId", "Id indicatore", "id", "indicatore a cui si riferisce"],
      ["position", "Posizione", "integer", "ordine tra i target dell'indicatore (0 se vuoto)"],
      ["label", "Etichetta", "text", "intestazione di colonna nel documento: \"Valore target 2021\""],
      ["yearFrom", "Anno da", "integer", "primo anno del target"],
      ["yearTo", "Anno a", "integer", "ultimo anno del target"],
      ["text", "Target", "text", "il target come scritto: \">7.920\", \"entro luglio 2022\", \"+20% rispetto al 2021 (29)\""],
      ["cumulative", "Cumulato", "boolean", "sì quando il valore è cumulato sugli anni da-a"],
    ],
    omitted: [
      { field: "parsed", reason: "la lettura strutturata del target è ricalcolata dal testo; l'importazione la lascia vuota" },
    ],
  }),
  defineSheet({
    name: "Periodi",
    bundleKey: "periods",
    meaning: "i periodi di monitoraggio (intermedio, finale) con la data di riferimento",
    schema: MonitoringPeriod,
    columns: [
      ["id", "Id", "id", ID],
      ["planId", "Id piano", "id", "piano a cui appartiene"],
      ["label", "Descrizione", "text", "\"Monitoraggio intermedio al 30/06/2021\""],
      ["cutoffDate", "Data di riferimento", "date", "data a cui si riferiscono le misurazioni"],
      ["kind", "Tipo", "enum", "monitoraggio intermedio o finale (intermedio se vuoto)", PERIOD_KIND_LABELS],
    ],
  }),
  defineSheet({
    name: "Misurazioni",
    bundleKey: "measurements",
    meaning: "i valori conseguiti da un indicatore in un periodo, con la valutazione",
    schema: Measurement,
    columns: [
      ["id", "Id", "id", ID],
      ["indicatorId", "Id indicatore", "id", "indicatore misurato"],
      ["periodId", "Id periodo", "id", "periodo di monitoraggio (foglio Periodi)"],
      ["value", "Valore", "number", "valore conseguito come numero"],
      ["valueText", "Valore (testo)", "text", "valore come scritto: \"56,00%\", \"-\""],
      ["numerator", "Numeratore", "number", "valore del numeratore"],
      ["denominator", "Denominatore", "number", "valore del denominatore"],
      ["note", "Nota", "longText", "nota alla misurazione"],
      ["source", "Fonte", "text", "fonte del dato"],
      ["assessmentLevel", "Livello di valutazione", "integer", "livello sulla scala di valutazione del piano"],
      ["assessmentText", "Valutazione (testo)", "text", "valutazione come scritta: \"3. secondo le aspettative\""],
      ["origin", "Origine", "enum", "come è nato il valore (importato se vuoto)", MEASUREMENT_ORIGIN_LABELS],
      ["assigneeId", "Id assegnatario", "id", "ente o struttura a cui si riferisce il valore quando il piano è misurato per assegnatario (le Province per la Lombardia); vuoto per il titolare del piano"],
      ["provenance", "Provenienza (JSON)", "json", "per i valori calcolati dai dati di servizio: {\"definitionId\": testo, \"dataset\": testo, \"datasetSummary\": {file, ultimo file, eventi, date}, \"computedAt\": data e ora ISO, \"computedValue\": numero, …}; vuoto per i valori inseriti o importati"],
    ],
  }),
  defineSheet({
    name: "Pesature",
    bundleKey: "roleWeightings",
    meaning: "per ruolo, il peso della performance organizzativa, degli obiettivi individuali e dei comportamenti",
    schema: RoleWeighting,
    columns: [
      ["id", "Id", "id", ID],
      ["planId", "Id piano", "id", "piano a cui appartiene"],
      ["role", "Ruolo", "text", "ruolo come scritto: \"dg\", \"dirigenti\", \"PO divisioni\""],
      ["position", "Posizione", "integer", "ordine (0 se vuoto)"],
      ["organisational", "Performance organizzativa %", "number", "peso della performance organizzativa"],
      ["individual", "Obiettivi individuali %", "number", "peso degli obiettivi individuali"],
      ["behaviour", "Comportamenti %", "number", "peso dei comportamenti"],
      ["statedTotal", "Totale dichiarato %", "number", "totale come indicato nel documento (100)"],
    ],
  }),
  defineSheet({
    name: "Tabelle di bilancio",
    bundleKey: "budgetTables",
    meaning: "le tabelle di risorse finanziarie; le righe sono nel foglio Righe di bilancio",
    schema: BudgetTable,
    columns: [
      ["id", "Id", "id", ID],
      ["planId", "Id piano", "id", "piano a cui appartiene"],
      ["code", "Codice", "text", "codice della tabella"],
      ["title", "Titolo", "longText", "titolo della tabella"],
      ["act", "Atto", "text", "atto di riferimento: \"DD n. 549 del 20.12.2019\""],
      ["columns", "Colonne degli importi", "list", "intestazioni delle colonne di importi, una per riga, nell'ordine"],
      ["position", "Posizione", "integer", "ordine (0 se vuoto)"],
    ],
  }),
  defineSheet({
    name: "Righe di bilancio",
    bundleKey: "budgetLines",
    meaning: "le righe delle tabelle di bilancio, con gli importi nell'ordine delle colonne della tabella",
    schema: BudgetLine,
    columns: [
      ["id", "Id", "id", ID],
      ["tableId", "Id tabella", "id", "tabella di bilancio a cui appartiene"],
      ["position", "Posizione", "integer", "ordine nella tabella (0 se vuoto)"],
      ["rowKind", "Tipo riga", "enum", "riga, subtotale o totale (riga se vuoto)", BUDGET_ROW_KIND_LABELS],
      ["section", "Sezione", "text", "sezione della tabella"],
      ["axis", "Asse", "text", "\"Asse 1\", \"1-4\""],
      ["investmentPriority", "Priorità d'investimento", "text", "\"8.vii\""],
      ["lineCode", "Codice linea", "text", "\"5 - POC-\", \"Coord. Sez. 1\""],
      ["description", "Descrizione", "longText", "descrizione della riga"],
      ["fundingSource", "Fonte di finanziamento", "text", "\"PON SPAO\", \"POC SPAO\""],
      ["amounts", "Importi (JSON)", "json", "importi in euro allineati alle colonne della tabella, come elenco JSON con il punto decimale: [1234.56, null]; null dove la cella è vuota"],
    ],
  }),
  defineSheet({
    name: "Programmi di spesa",
    bundleKey: "spendingProgrammes",
    meaning: "le schede dei programmi di spesa (missione, programma, finalità, attività svolte)",
    schema: SpendingProgramme,
    columns: [
      ["id", "Id", "id", ID],
      ["planId", "Id piano", "id", "piano a cui appartiene"],
      ["position", "Posizione", "integer", "ordine (0 se vuoto)"],
      ["mission", "Missione", "text", "\"Missione 026 – Politiche per il lavoro\""],
      ["programme", "Programma", "text", "\"Programma 010 – …\""],
      ["group", "Gruppo", "text", "raggruppamento come scritto"],
      ["title", "Titolo", "longText", "titolo della scheda"],
      ["startDate", "Data inizio", "date", "inizio del programma"],
      ["endDate", "Data fine", "date", "fine del programma"],
      ["endDateNote", "Nota sulla data di fine", "text", "nota sulla fine come scritta"],
      ["purpose", "Obiettivo generale e scopo", "longText", "obiettivo generale e scopo dell'iniziativa, testo semplice"],
      ["activities", "Attività svolte", "longText", "attività svolte nel periodo, testo semplice"],
    ],
  }),
  defineSheet({
    name: "Tabelle riportate",
    bundleKey: "reportedTables",
    meaning: "altre tabelle riportate nel documento (non di bilancio né di indicatori), con colonne e righe",
    schema: ReportedTable,
    columns: [
      ["id", "Id", "id", ID],
      ["planId", "Id piano", "id", "piano a cui appartiene"],
      ["code", "Codice", "text", "codice della tabella"],
      ["title", "Titolo", "longText", "titolo della tabella"],
      ["columns", "Colonne", "list", "intestazioni delle colonne, una per riga"],
      ["rows", "Righe (JSON)", "json", "righe come elenco JSON: [{\"kind\": \"row\"|\"subtotal\"|\"total\", \"cells\": [testo, numero o null, …]}, …]"],
      ["notes", "Note", "longText", "note alla tabella"],
      ["position", "Posizione", "integer", "ordine (0 se vuoto)"],
    ],
  }),
  defineSheet({
    name: "Avvisi",
    bundleKey: "warnings",
    meaning: "gli avvisi lasciati dall'importazione del documento di origine (pesi mancanti, target non misurabili…)",
    schema: ImportWarning,
    columns: [
      ["itemType", "Tipo elemento", "text", "tipo dell'elemento: \"objective\", \"indicator\", \"phase\", \"plan\", \"target\""],
      ["itemId", "Id elemento", "id", "elemento a cui si riferisce l'avviso"],
      ["code", "Codice", "text", "codice dell'avviso: \"missing-weight\", \"weights-sum\""],
      ["message", "Messaggio", "longText", "l'avviso per l'utente"],
      ["location", "Posizione nel documento", "text", "dove nel documento di origine: \"riga 12\""],
    ],
  }),
];

/** The sheet that explains the workbook; the import skips it. */
export const README_SHEET_NAME = "Leggimi";

/** Bumped when a column changes meaning; written in "Leggimi". */
export const TEMPLATE_VERSION = 1;
