// The heading of every page about one plan: breadcrumbs, title, organisation, years, kind, state; XLSX download.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PlanBundle } from "@domain/model";
import { apiPaths } from "../api/paths";
import { links } from "../app/routes";
import { usePeriodParam } from "../app/use-period";
import { formatYears } from "../format/figures";
import { PageHeading, type Crumb } from "../layout/PageHeading";

interface PlanHeadingProps {
  bundle: PlanBundle;
  /** the page's own title ("Monitoraggio"); the plan title when omitted. */
  title?: string;
  /** crumbs after the plan's. */
  trail?: Crumb[];
  actions?: ReactNode;
}

export function PlanHeading({ bundle, title, trail = [], actions }: PlanHeadingProps) {
  const { t } = useTranslation();
  const [periodId] = usePeriodParam();
  const { plan, organisation } = bundle;
  const crumbs: Crumb[] = [
    { label: t("nav.home"), to: links.plans() },
    { label: plan.title, to: links.planTree(plan.id) },
    ...trail,
  ];
  return (
    <PageHeading
      title={title ?? plan.title}
      crumbs={crumbs}
      subtitle={
        <span className="plan-meta">
          <span>{organisation.name}</span>
          <span>{formatYears(plan.yearFrom, plan.yearTo)}</span>
          <span>{t(`planKind.${plan.kind}`)}</span>
          <span>{t(`planState.${plan.state}`)}</span>
          {plan.approvalAct && <span>{plan.approvalAct}</span>}
        </span>
      }
      actions={
        <>
          {actions}
          <a className="btn btn-outline-primary" href={apiPaths.exportXlsx(plan.id)} download data-testid="download-xlsx">
            {t("plan.downloadXlsx")}
          </a>
          <a className="btn btn-outline-primary" href={apiPaths.report(plan.id, "relazione.docx", periodId)} download data-testid="download-relazione-docx">
            {t("plan.downloadRelazioneDocx")}
          </a>
          <a className="btn btn-outline-primary" href={apiPaths.report(plan.id, "relazione.pdf", periodId)} download data-testid="download-relazione-pdf">
            {t("plan.downloadRelazionePdf")}
          </a>
        </>
      }
    />
  );
}
