// Which fields of a plan item point to another item of the same plan: checked on every write through the API.
import type { BundleCollection } from "./model";

export const PLAN_REFERENCES: Partial<Record<BundleCollection, Record<string, BundleCollection>>> = {
  nodes: { parentId: "nodes" },
  objectives: { nodeId: "nodes" },
  steps: { objectiveId: "objectives" },
  cronoprogrammi: { objectiveId: "objectives" },
  phases: { cronoprogrammaId: "cronoprogrammi" },
  indicators: { objectiveId: "objectives", nodeId: "nodes", cronoprogrammaId: "cronoprogrammi" },
  targets: { indicatorId: "indicators" },
  measurements: { indicatorId: "indicators", periodId: "periods" },
  budgetLines: { tableId: "budgetTables" },
};

/** URL names of the collections (kebab-case, as in /api/plans/:planId/role-weightings). */
export const COLLECTION_SLUGS: Record<BundleCollection, string> = {
  nodes: "nodes",
  objectives: "objectives",
  steps: "steps",
  cronoprogrammi: "cronoprogrammi",
  phases: "phases",
  indicators: "indicators",
  targets: "targets",
  periods: "periods",
  measurements: "measurements",
  roleWeightings: "role-weightings",
  budgetTables: "budget-tables",
  budgetLines: "budget-lines",
  spendingProgrammes: "spending-programmes",
  reportedTables: "reported-tables",
};

/** Italian names of the collections, for messages and API docs. */
export const COLLECTION_LABELS: Record<BundleCollection, string> = {
  nodes: "livelli della struttura del piano",
  objectives: "obiettivi",
  steps: "fasi di attuazione",
  cronoprogrammi: "cronoprogrammi",
  phases: "fasi di cronoprogramma",
  indicators: "indicatori",
  targets: "target",
  periods: "periodi di monitoraggio",
  measurements: "misurazioni",
  roleWeightings: "pesature",
  budgetTables: "tabelle di bilancio",
  budgetLines: "righe di bilancio",
  spendingProgrammes: "programmi di spesa",
  reportedTables: "tabelle riportate",
};
