// What the server offers for a plan, so a screen shows only the downloads that exist for it: the Relazione
// (with its individual-performance chapter when the plan has pesature), the exchange workbook in the plan's own
// layout (ARTI, AFOL or ANPAL) and the open data.
import type { PlanBundle } from "../../domain/model";
import { REPORT_FILES, REPORT_FORMATS, type ReportFormat } from "./render-report";
import { layoutOf, type WorkbookLayout } from "./xlsx/monitoring-workbook";

export interface ReportCatalogue {
  /** the layout monitoraggio.xlsx is written in. */
  workbookLayout: WorkbookLayout;
  /** the Relazione has a chapter on individual performance (pesature) that may be left out. */
  hasIndividualChapter: boolean;
  /** the plan has a monitoring period: without one every file shows the plan without results. */
  hasPeriods: boolean;
  files: { format: ReportFormat; file: string; label: string }[];
}

export function reportCatalogue(bundle: PlanBundle): ReportCatalogue {
  return {
    workbookLayout: layoutOf(bundle),
    hasIndividualChapter: bundle.roleWeightings.length > 0,
    hasPeriods: bundle.periods.length > 0,
    files: REPORT_FORMATS.map((format) => ({ format, file: REPORT_FILES[format].name, label: REPORT_FILES[format].label })),
  };
}
