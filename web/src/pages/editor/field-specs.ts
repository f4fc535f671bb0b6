// The fields of each form, in the order users read them in the documents. Labels are message keys; the choices
// (structures, areas, kinds) come from the plan.
import type { TFunction } from "i18next";
import { Direction, NodeKind, type PlanBundle } from "@domain/model";
import type { FieldSpec } from "./form-values";

const structureOptions = (bundle: PlanBundle) => bundle.structures.map((s) => ({ value: s.id, label: s.name }));
const nodeOptions = (bundle: PlanBundle, except?: string) =>
  bundle.nodes.filter((n) => n.id !== except).map((n) => ({ value: n.id, label: [n.code, n.title].filter(Boolean).join(" — ") }));

export function nodeFields(bundle: PlanBundle, t: TFunction, nodeId?: string): FieldSpec[] {
  return [
    { name: "kind", label: "editor.fields.nodeKind", kind: "select", required: true, width: 4, options: NodeKind.options.map((k) => ({ value: k, label: t(`nodeKind.${k}`) })) },
    { name: "code", label: "editor.fields.code", kind: "text", width: 2 },
    { name: "title", label: "editor.fields.title", kind: "text", required: true, width: 6 },
    { name: "parentId", label: "editor.fields.parentNode", kind: "select", width: 6, options: nodeOptions(bundle, nodeId) },
    { name: "structureId", label: "editor.fields.structure", kind: "select", width: 6, options: structureOptions(bundle) },
    { name: "notes", label: "editor.fields.notes", kind: "textarea" },
  ];
}

export function objectiveFields(bundle: PlanBundle): FieldSpec[] {
  return [
    { name: "code", label: "editor.fields.code", kind: "text", required: true, width: 2 },
    { name: "title", label: "editor.fields.title", kind: "text", required: true, width: 10 },
    { name: "nodeId", label: "editor.fields.node", kind: "select", width: 6, options: nodeOptions(bundle) },
    { name: "structureId", label: "editor.fields.ownerStructure", kind: "select", width: 6, options: structureOptions(bundle) },
    { name: "expectedResult", label: "editor.fields.expectedResult", kind: "textarea" },
    { name: "stakeholders", label: "editor.fields.stakeholders", kind: "text", width: 8 },
    { name: "weight", label: "editor.fields.weight", kind: "number", width: 4, hint: "editor.hints.weight" },
    { name: "description", label: "editor.fields.description", kind: "textarea" },
  ];
}

export function indicatorFields(bundle: PlanBundle, t: TFunction, objectiveId: string | null): FieldSpec[] {
  const cronoprogrammi = bundle.cronoprogrammi.filter((c) => objectiveId === null || c.objectiveId === objectiveId);
  return [
    { name: "code", label: "editor.fields.code", kind: "text", required: true, width: 2 },
    { name: "definition", label: "editor.fields.definition", kind: "text", required: true, width: 10 },
    { name: "unit", label: "editor.fields.unit", kind: "text", width: 4, hint: "editor.hints.unit" },
    { name: "direction", label: "editor.fields.direction", kind: "select", required: true, width: 4, options: Direction.options.map((d) => ({ value: d, label: t(`editor.direction.${d}`) })) },
    { name: "responsibleStructure", label: "editor.fields.indicatorOwner", kind: "text", width: 4 },
    { name: "baselineValue", label: "editor.fields.baselineValue", kind: "number", width: 4 },
    { name: "baselineYear", label: "editor.fields.baselineYear", kind: "integer", width: 4 },
    { name: "baselineText", label: "editor.fields.baselineText", kind: "text", width: 4, hint: "editor.hints.baselineText" },
    { name: "method", label: "editor.fields.method", kind: "text", width: 6 },
    { name: "dataSource", label: "editor.fields.dataSource", kind: "text", width: 6 },
    { name: "numeratorLabel", label: "editor.fields.numeratorLabel", kind: "text", width: 6 },
    { name: "denominatorLabel", label: "editor.fields.denominatorLabel", kind: "text", width: 6 },
    ...(cronoprogrammi.length
      ? [{ name: "cronoprogrammaId", label: "editor.fields.cronoprogramma", kind: "select" as const, width: 6, options: cronoprogrammi.map((c) => ({ value: c.id, label: `${c.code} — ${c.title}` })) }]
      : []),
  ];
}

export const TARGET_FIELDS: FieldSpec[] = [
  { name: "yearFrom", label: "editor.fields.yearFrom", kind: "integer", width: 2 },
  { name: "yearTo", label: "editor.fields.yearTo", kind: "integer", width: 2 },
  { name: "text", label: "editor.fields.targetText", kind: "text", required: true, width: 5, hint: "editor.hints.targetText" },
  { name: "label", label: "editor.fields.targetLabel", kind: "text", width: 3 },
  { name: "cumulative", label: "editor.fields.cumulative", kind: "checkbox" },
];

export const STEP_FIELDS: FieldSpec[] = [
  { name: "description", label: "editor.fields.stepDescription", kind: "text", required: true },
  { name: "plannedTiming", label: "editor.fields.plannedTiming", kind: "text", width: 6, hint: "editor.hints.timing" },
  { name: "plannedDate", label: "editor.fields.plannedDate", kind: "date", width: 6 },
  { name: "actualTiming", label: "editor.fields.actualTiming", kind: "text", width: 6 },
  { name: "actualDate", label: "editor.fields.actualDate", kind: "date", width: 6 },
];

export const CRONOPROGRAMMA_FIELDS: FieldSpec[] = [
  { name: "code", label: "editor.fields.code", kind: "text", required: true, width: 3 },
  { name: "title", label: "editor.fields.title", kind: "text", required: true, width: 9 },
  { name: "targetText", label: "editor.fields.cronoTarget", kind: "text", width: 8 },
  { name: "dueDate", label: "editor.fields.dueDate", kind: "date", width: 4 },
];

export function phaseFields(bundle: PlanBundle): FieldSpec[] {
  return [
    { name: "number", label: "editor.fields.phaseNumber", kind: "integer", required: true, width: 2 },
    { name: "description", label: "editor.fields.phaseDescription", kind: "text", required: true, width: 10 },
    { name: "output", label: "editor.fields.output", kind: "text", width: 6 },
    // free text as in the documents ("Direzione e Settori territoriali"); the plan's structures are suggested in the hint
    { name: "responsibleStructure", label: "editor.fields.responsibleStructure", kind: "text", width: 6, hint: bundle.structures.length ? "editor.hints.responsibleStructure" : undefined },
    { name: "plannedStart", label: "editor.fields.plannedStart", kind: "date", width: 4 },
    { name: "plannedEnd", label: "editor.fields.plannedEnd", kind: "date", width: 4 },
    { name: "weight", label: "editor.fields.phaseWeight", kind: "number", width: 4, hint: "editor.hints.phaseWeight" },
  ];
}
