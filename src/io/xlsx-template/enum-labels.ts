// The Italian words the workbook shows for the model's enumerations. Users pick them from a drop-down list;
// the import maps them back to the codes (and accepts the codes too, for files written by other tools).
// Typed as Record<code, label> so that a value added to an enum in model.ts fails the type check here.
// Labels must not contain commas: Excel's drop-down list is written as one comma-separated string.
import type { z } from "zod";
import type {
  BudgetLine,
  Direction,
  MeasurementOrigin,
  MonitoringPeriod,
  NodeKind,
  OrganisationKind,
  PlanKind,
  PlanState,
  StructureKind,
} from "../../domain/model";

type Labels<E extends string> = Readonly<Record<E, string>>;

export const ORGANISATION_KIND_LABELS: Labels<z.infer<typeof OrganisationKind>> = {
  agency: "agenzia",
  region: "regione",
  province: "provincia",
  metropolitan_city: "città metropolitana",
  ministry: "ministero",
  other: "altro",
};

export const STRUCTURE_KIND_LABELS: Labels<z.infer<typeof StructureKind>> = {
  direzione: "direzione",
  area: "area",
  divisione: "divisione",
  settore: "settore",
  servizio: "servizio",
  ufficio: "ufficio",
  cpi: "centro per l'impiego",
  other: "altro",
};

export const PLAN_KIND_LABELS: Labels<z.infer<typeof PlanKind>> = {
  performance_plan: "piano della performance",
  objectives_assigned: "obiettivi assegnati",
  operating_plan: "piano operativo",
  monitoring_report: "monitoraggio",
};

export const PLAN_STATE_LABELS: Labels<z.infer<typeof PlanState>> = {
  draft: "bozza",
  approved: "approvato",
  revised: "revisionato",
};

export const NODE_KIND_LABELS: Labels<z.infer<typeof NodeKind>> = {
  strategic_area: "ambito strategico",
  section: "sezione",
  mission: "missione",
  programme: "programma",
  activity_line: "linea di attività",
  structure_block: "blocco per struttura",
  group: "gruppo",
};

export const DIRECTION_LABELS: Labels<z.infer<typeof Direction>> = {
  increase: "crescente",
  decrease: "decrescente",
  deadline: "scadenza",
  progress: "avanzamento",
  boolean: "sì/no",
  unknown: "non definito",
};

export const PERIOD_KIND_LABELS: Labels<z.infer<typeof MonitoringPeriod>["kind"]> = {
  intermediate: "intermedio",
  final: "finale",
};

export const MEASUREMENT_ORIGIN_LABELS: Labels<z.infer<typeof MeasurementOrigin>> = {
  imported: "importato",
  manual: "manuale",
  computed: "calcolato",
};

export const BUDGET_ROW_KIND_LABELS: Labels<z.infer<typeof BudgetLine>["rowKind"]> = {
  line: "riga",
  subtotal: "subtotale",
  total: "totale",
};
