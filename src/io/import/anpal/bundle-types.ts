// The importer builds the bundle's input shapes: fields the model adds later with a default
// (e.g. Measurement.assigneeId) are then filled in by PlanBundle.parse instead of breaking this code.
import type { z } from "zod";
import type * as model from "../../../domain/model";

export type PlanNodeInput = z.input<typeof model.PlanNode>;
export type ObjectiveInput = z.input<typeof model.Objective>;
export type IndicatorInput = z.input<typeof model.Indicator>;
export type TargetInput = z.input<typeof model.Target>;
export type MeasurementInput = z.input<typeof model.Measurement>;
export type BudgetTableInput = z.input<typeof model.BudgetTable>;
export type BudgetLineInput = z.input<typeof model.BudgetLine>;
export type SpendingProgrammeInput = z.input<typeof model.SpendingProgramme>;
export type ReportedTableInput = z.input<typeof model.ReportedTable>;
export type MonitoringPeriodInput = z.input<typeof model.MonitoringPeriod>;
export type OrganisationInput = z.input<typeof model.Organisation>;
