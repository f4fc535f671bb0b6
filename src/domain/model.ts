// The performance-plan model: plain data, validated by zod, shared by importers, database, API and engine.
// Every optional field is `null` when absent (never `undefined`), so that a plan read back from the
// database or from the XLSX template compares equal to the plan that was written.
import { z } from "zod";
import { ParsedTarget } from "./target";

const Id = z.string().min(1);
const text = () => z.string().nullable().default(null);
const num = () => z.number().nullable().default(null);
const int = () => z.number().int().nullable().default(null);
/** ISO calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "data non valida (atteso AAAA-MM-GG)");
const date = () => IsoDate.nullable().default(null);

export const OrganisationKind = z.enum([
  "agency", // AFOL, ARTI, ANPAL Servizi
  "region", // Regione Lombardia, Regione Toscana
  "province",
  "metropolitan_city",
  "ministry",
  "other",
]);

export const Organisation = z.object({
  id: Id,
  name: z.string().min(1),
  shortName: text(),
  kind: OrganisationKind.default("agency"),
  parentId: text(),
  taxCode: text(),
  address: text(),
  email: text(),
});

export const StructureKind = z.enum([
  "direzione", // Direzione Generale, Direzione
  "area", // Area Amministrazione
  "divisione", // Divisione Lavoro
  "settore", // Settori territoriali
  "servizio",
  "ufficio", // Ufficio Comunicazione, RPCT
  "cpi", // Centro per l'Impiego
  "other",
]);

/** A unit of an organisation; structures form a tree through parentId. */
export const Structure = z.object({
  id: Id,
  organisationId: Id,
  parentId: text(),
  name: z.string().min(1),
  kind: StructureKind.default("other"),
  code: text(),
});

export const PlanKind = z.enum([
  "performance_plan", // Piano della performance (AFOL 2022)
  "objectives_assigned", // obiettivi assegnati da una Regione (Lombardia 2026)
  "operating_plan", // piano operativo / rapporto sui risultati per programma (ANPAL 2019)
  "monitoring_report", // monitoraggio intermedio (ARTI 30/06/2021)
]);

export const AssessmentLevel = z.object({
  level: z.number().int(),
  label: z.string(),
  /** colour class for the screens: green, blue, yellow, orange, red, grey. */
  tone: z.enum(["green", "blue", "yellow", "orange", "red", "grey"]),
});
export const AssessmentScale = z.object({ name: z.string(), levels: z.array(AssessmentLevel).min(2) });

// ARTI scale, seed 004: "1. in anticipo" … "5. in ritardo"; level 4 is not in the seed (DOMAIN.md).
export const ARTI_SCALE: z.infer<typeof AssessmentScale> = {
  name: "Valutazione sintetica a cinque livelli",
  levels: [
    { level: 1, label: "1. in anticipo", tone: "green" },
    { level: 2, label: "2. da iniziare - secondo le aspettative", tone: "blue" },
    { level: 3, label: "3. secondo le aspettative", tone: "green" },
    { level: 4, label: "4. da iniziare - in ritardo", tone: "orange" },
    { level: 5, label: "5. in ritardo", tone: "red" },
  ],
};

export const PlanState = z.enum(["draft", "approved", "revised"]);

export const Plan = z.object({
  id: Id,
  organisationId: Id,
  title: z.string().min(1),
  kind: PlanKind,
  yearFrom: z.number().int(),
  yearTo: z.number().int(),
  /** the approval act as written: "Approvato nel CdA del 10 giugno 2022", "DD n. 549 del 20.12.2019". */
  approvalAct: text(),
  approvalDate: date(),
  version: z.number().int().min(1).default(1),
  state: PlanState.default("draft"),
  /** the body that assigns the objectives (a Region assigning to Provinces). */
  assignedById: text(),
  /** organisations the objectives are assigned to (Provinces, Città Metropolitana). */
  assigneeIds: z.array(Id).default([]),
  description: text(),
  sourceFile: text(),
  /** which importer read the source: afol-piano, arti-monitoraggio, anpal-rapporto, lombardia-obiettivi, xlsx. */
  sourceLayout: text(),
  assessmentScale: AssessmentScale.default(ARTI_SCALE),
});

export const NodeKind = z.enum([
  "strategic_area", // ARTI "Ambito strategico"
  "section", // ANPAL "Sezione"
  "mission", // budget "Missione 026"
  "programme", // budget "Programma 010"
  "activity_line", // "Aree/Linee progettuali", "Linea di attività"
  "structure_block", // AFOL blocks: Performance aziendale, Direzione Generale, Divisione Lavoro…
  "group", // anything else that groups objectives or indicators
]);

/** A level of the hierarchy above objectives; nodes form a tree through parentId. */
export const PlanNode = z.object({
  id: Id,
  planId: Id,
  parentId: text(),
  kind: NodeKind,
  code: text(),
  title: z.string().min(1),
  structureId: text(),
  position: z.number().int().default(0),
  notes: text(),
});

export const Objective = z.object({
  id: Id,
  planId: Id,
  nodeId: text(),
  code: z.string().min(1),
  title: z.string().min(1),
  description: text(),
  expectedResult: text(),
  /** "Stakeholder finale" as written. */
  stakeholders: text(),
  /** weight in percent (6 for "6,00%"); null when the source gives none. */
  weight: num(),
  /** owner structure ("Responsabile attuazione"). */
  structureId: text(),
  /** shared ownership as written: "In corresponsabilità con la Divisione Formazione", "obiettivo di filiera". */
  coOwners: text(),
  /** programming acts: "Progetto DEFR n. 11", "DGR n. 1363/2020 …". */
  programmingLinks: text(),
  notes: text(),
  /** share of resources paid on full achievement, in percent (Lombardia "minimo 40%"). */
  resourceShareMin: num(),
  resourceShareMax: num(),
  resourceShareText: text(),
  /** "Dimensioni da osservare" (Lombardia). */
  dimensions: z.array(z.string()).default([]),
  position: z.number().int().default(0),
});

/** "Modalità di attuazione" with "Tempi" and "Tempi effettivi" (AFOL). */
export const ImplementationStep = z.object({
  id: Id,
  objectiveId: Id,
  position: z.number().int().default(0),
  description: z.string().min(1),
  /** planned timing as written: "entro dicembre 2022", "luglio/agosto; ottobre 2022", "bimestrale". */
  plannedTiming: text(),
  /** the last planned date when the text names one (end of month for "entro dicembre 2022"). */
  plannedDate: date(),
  actualTiming: text(),
  actualDate: date(),
});

/** The timeline of an objective in weighted phases (ARTI "cronoprogramma"). */
export const Cronoprogramma = z.object({
  id: Id,
  objectiveId: Id,
  code: z.string().min(1), // "ARTI 1"
  title: z.string().min(1),
  /** "Valore target - entro il 31/12/2021". */
  targetText: text(),
  dueDate: date(),
});

export const CronoprogrammaPhase = z.object({
  id: Id,
  cronoprogrammaId: Id,
  number: z.number().int(),
  description: z.string().min(1),
  output: text(),
  plannedStart: date(),
  plannedEnd: date(),
  responsibleStructure: text(),
  /** weight in percent (20 for "20,00%"). */
  weight: num(),
  actualEnd: date(),
  /** the actual end as written ("31/03/21", "-"). */
  actualEndText: text(),
  monitoringNote: text(),
  dataSource: text(),
});

export const Direction = z.enum([
  "increase", // the more the better
  "decrease", // the less the better
  "deadline", // done by a date
  "progress", // share of a cronoprogramma or of planned work
  "boolean",
  "unknown",
]);

export const Indicator = z.object({
  id: Id,
  planId: Id,
  /** the objective it measures; null for system indicators that hang from a node. */
  objectiveId: text(),
  nodeId: text(),
  code: z.string().min(1),
  position: z.number().int().default(0),
  definition: z.string().min(1),
  unit: text(), // "Numero intero", "%"
  /** calculation method as written: "Σ Regioni assistite", "Numero istruttorie effettuate/numero domande pervenute". */
  method: text(),
  numeratorLabel: text(),
  denominatorLabel: text(),
  direction: Direction.default("unknown"),
  dataSource: text(),
  responsibleStructure: text(),
  programmingLinks: text(),
  /** baseline as written: "95,20% dato 2020", "2021: 1.073", "Nel 2021: 124.075". */
  baselineText: text(),
  baselineValue: num(),
  baselineYear: int(),
  notes: text(),
  /** a cronoprogramma whose progress is this indicator's value (ARTI "secondo il cronoprogramma"). */
  cronoprogrammaId: text(),
});

/** A target of an indicator for a year or a span of years, kept as written and parsed. */
export const Target = z.object({
  id: Id,
  indicatorId: Id,
  position: z.number().int().default(0),
  /** column label as in the source: "Valore target 2021", "Pianificazione 2019 2021". */
  label: text(),
  yearFrom: int(),
  yearTo: int(),
  text: z.string().min(1),
  /** true when the value is cumulative over yearFrom–yearTo ("valori cumulati"). */
  cumulative: z.boolean().default(false),
  parsed: ParsedTarget.nullable().default(null),
});

export const MonitoringPeriod = z.object({
  id: Id,
  planId: Id,
  label: z.string().min(1), // "Monitoraggio intermedio al 30/06/2021"
  cutoffDate: IsoDate,
  kind: z.enum(["intermediate", "final"]).default("intermediate"),
});

export const MeasurementOrigin = z.enum(["imported", "manual", "computed"]);

/** The data set a computed value came from, as a person recognises it: the files loaded, the events, when. */
export const DatasetSummary = z.object({
  files: z.number().int(),
  lastFile: z.string(),
  events: z.number().int(),
  firstEventDate: IsoDate.nullable(),
  lastEventDate: IsoDate.nullable(),
  /** ISO timestamp of the last load included. */
  lastLoadedAt: z.string(),
});

/**
 * Where a computed monitoring value came from: the analytics definition, the data set and when it was computed.
 * When a manual value was already there it is kept, and the computed figure waits here for a person to accept it.
 */
export const MeasurementProvenance = z.object({
  definitionId: z.string(),
  definitionTitle: z.string().nullable().default(null),
  dataset: z.string().nullable().default(null),
  // optional, not defaulted: provenance stored before it existed (database rows, versions, publications) must
  // still pass the response schemas, which check the output shape.
  datasetSummary: DatasetSummary.nullable().optional(),
  computedAt: z.string(),
  /** which date places an event in the period ("data del patto", "data dell'evento"). */
  periodBasis: z.string().nullable().default(null),
  computedValue: z.number().nullable().default(null),
  numerator: z.number().nullable().default(null),
  denominator: z.number().nullable().default(null),
  /** true when a manual value was kept and the computed one differs: a person must decide. */
  awaitingReview: z.boolean().default(false),
});

export const Measurement = z.object({
  id: Id,
  indicatorId: Id,
  periodId: Id,
  value: num(),
  /** the value as written in the source: "56,00%", "2051 ²", "-". */
  valueText: text(),
  numerator: num(),
  denominator: num(),
  note: text(),
  source: text(),
  /** level on the plan's assessment scale, and its text as written. */
  assessmentLevel: int(),
  assessmentText: text(),
  origin: MeasurementOrigin.default("imported"),
  /** the assignee (organisation or structure) the value refers to when a plan is measured per assignee (Lombardia Provinces); null = the plan's owner. Added for the evaluation engine's comparisons. */
  assigneeId: text(),
  provenance: MeasurementProvenance.nullable().default(null),
});

/** Weighting of organisational / individual / behavioural performance for a role (AFOL "Pesature"). */
export const RoleWeighting = z.object({
  id: Id,
  planId: Id,
  role: z.string().min(1), // "dg", "dirigenti", "PO divisioni"
  position: z.number().int().default(0),
  organisational: z.number(),
  individual: z.number(),
  behaviour: z.number(),
  /** the total as stated in the source (100). */
  statedTotal: num(),
});

export const BudgetTable = z.object({
  id: Id,
  planId: Id,
  code: z.string().min(1),
  title: z.string().min(1),
  act: text(), // "DD n. 549 del 20.12.2019"
  /** the amount columns, in order: "Risorse ANPAL 2017-2020", "Risorse ANPAL Servizi 2017-2020". */
  columns: z.array(z.string()).min(1),
  position: z.number().int().default(0),
});

export const BudgetLine = z.object({
  id: Id,
  tableId: Id,
  position: z.number().int().default(0),
  rowKind: z.enum(["line", "subtotal", "total"]).default("line"),
  section: text(),
  axis: text(), // "Asse 1", "1-4"
  investmentPriority: text(), // "8.vii"
  lineCode: text(), // "5 - POC-", "Coord. Sez. 1"
  description: text(),
  fundingSource: text(), // "PON SPAO", "POC SPAO"
  /** amounts in euro aligned with BudgetTable.columns; null where the cell is empty. */
  amounts: z.array(z.number().nullable()),
});

/** A spending programme sheet (ANPAL "Schede programmi di spesa"). */
export const SpendingProgramme = z.object({
  id: Id,
  planId: Id,
  position: z.number().int().default(0),
  mission: text(), // "Missione 026 – Politiche per il lavoro"
  programme: text(), // "Programma 010 – …"
  group: text(), // "Piano operativo ANPAL Servizi 2017-2020 (dal 1° al 31 luglio 2019)"
  title: z.string().min(1),
  startDate: date(),
  endDate: date(),
  endDateNote: text(),
  /** "Obiettivo generale, e scopo dell'iniziativa", as plain text (HTML removed). */
  purpose: text(),
  /** "Attività svolte dal 1° gennaio al 31 dicembre 2019", as plain text. */
  activities: text(),
});

const Cell = z.union([z.string(), z.number(), z.null()]);
/** A table reported in a document that is not a budget nor indicators (FIXO measures, Linea 7T states). */
export const ReportedTable = z.object({
  id: Id,
  planId: Id,
  code: z.string().min(1),
  title: z.string().min(1),
  columns: z.array(z.string()),
  rows: z.array(
    z.object({ kind: z.enum(["row", "subtotal", "total"]).default("row"), cells: z.array(Cell) }),
  ),
  notes: text(),
  position: z.number().int().default(0),
});

export const ImportWarning = z.object({
  /** the kind of item: "objective", "indicator", "phase", "plan", "target". */
  itemType: z.string(),
  itemId: text(),
  code: z.string(), // "missing-weight", "weights-sum", "qualitative-target", "page-break-continuation"
  /** in Italian, for the user. */
  message: z.string(),
  /** where in the source: "riga 12", "foglio Obiettivi, cella C4". */
  location: text(),
});

/** Everything that makes one plan: what importers produce, the database stores and the XLSX template carries. */
export const PlanBundle = z.object({
  organisation: Organisation,
  /** other organisations named by the plan: the assigning Region, the assignee Provinces. */
  relatedOrganisations: z.array(Organisation).default([]),
  structures: z.array(Structure).default([]),
  plan: Plan,
  nodes: z.array(PlanNode).default([]),
  objectives: z.array(Objective).default([]),
  steps: z.array(ImplementationStep).default([]),
  cronoprogrammi: z.array(Cronoprogramma).default([]),
  phases: z.array(CronoprogrammaPhase).default([]),
  indicators: z.array(Indicator).default([]),
  targets: z.array(Target).default([]),
  periods: z.array(MonitoringPeriod).default([]),
  measurements: z.array(Measurement).default([]),
  roleWeightings: z.array(RoleWeighting).default([]),
  budgetTables: z.array(BudgetTable).default([]),
  budgetLines: z.array(BudgetLine).default([]),
  spendingProgrammes: z.array(SpendingProgramme).default([]),
  reportedTables: z.array(ReportedTable).default([]),
  warnings: z.array(ImportWarning).default([]),
});

export type Organisation = z.infer<typeof Organisation>;
export type Structure = z.infer<typeof Structure>;
export type Plan = z.infer<typeof Plan>;
export type PlanNode = z.infer<typeof PlanNode>;
export type Objective = z.infer<typeof Objective>;
export type ImplementationStep = z.infer<typeof ImplementationStep>;
export type Cronoprogramma = z.infer<typeof Cronoprogramma>;
export type CronoprogrammaPhase = z.infer<typeof CronoprogrammaPhase>;
export type Indicator = z.infer<typeof Indicator>;
export type Target = z.infer<typeof Target>;
export type MonitoringPeriod = z.infer<typeof MonitoringPeriod>;
export type Measurement = z.infer<typeof Measurement>;
export type MeasurementProvenance = z.infer<typeof MeasurementProvenance>;
export type DatasetSummary = z.infer<typeof DatasetSummary>;
export type RoleWeighting = z.infer<typeof RoleWeighting>;
export type BudgetTable = z.infer<typeof BudgetTable>;
export type BudgetLine = z.infer<typeof BudgetLine>;
export type SpendingProgramme = z.infer<typeof SpendingProgramme>;
export type ReportedTable = z.infer<typeof ReportedTable>;
export type ImportWarning = z.infer<typeof ImportWarning>;
export type AssessmentScale = z.infer<typeof AssessmentScale>;
export type PlanBundle = z.infer<typeof PlanBundle>;
/** What an importer writes: defaults may be left out, PlanBundle.parse fills them in. */
export type PlanBundleInput = z.input<typeof PlanBundle>;

/** The collections of a bundle that hold plan contents, in the order parents come before children. */
export const BUNDLE_COLLECTIONS = [
  "nodes",
  "objectives",
  "steps",
  "cronoprogrammi",
  "phases",
  "indicators",
  "targets",
  "periods",
  "measurements",
  "roleWeightings",
  "budgetTables",
  "budgetLines",
  "spendingProgrammes",
  "reportedTables",
] as const;
export type BundleCollection = (typeof BUNDLE_COLLECTIONS)[number];
