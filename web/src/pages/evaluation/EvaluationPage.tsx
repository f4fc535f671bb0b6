// The evaluation screens of a plan (issue #4, item 7), one address per section: findings (default), statuses and
// overrides, individual performance, resource allocation, budget, what-if. A section appears only when the plan has
// its data; the period, when a section needs one, is kept in the address (?periodo=…) across sections.
import { useTranslation } from "react-i18next";
import { Navigate, NavLink, Route, Routes, useLocation, useParams } from "react-router-dom";
import type { PlanBundle } from "@domain/model";
import { usePlan } from "../../api/hooks";
import { useSession } from "../../api/session";
import { links } from "../../app/routes";
import { usePeriodParam } from "../../app/use-period";
import { PeriodSelect } from "../../components/PeriodSelect";
import { PlanHeading } from "../../components/PlanHeading";
import { Loading, PageError } from "../../components/QueryState";
import { choosePeriod } from "../../model/plan-lookup";
import { AllocationSection } from "./AllocationSection";
import { BudgetSection } from "./BudgetSection";
import { FindingsSection } from "./FindingsSection";
import { IndividualSection } from "./IndividualSection";
import { canOverrideStatus } from "./rights";
import { availableSections, type Section } from "./sections";
import { StatusSection } from "./StatusSection";
import { WhatIfSection } from "./WhatIfSection";
import "./evaluation.css";

export function EvaluationPage() {
  const { planId } = useParams();
  const plan = usePlan(planId);
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <PageError error={plan.error} />;
  return <Evaluation bundle={plan.data} />;
}

/** Sections that read the evaluation of a period show the period selector. */
const NEEDS_PERIOD = new Set<Section>(["rilievi", "stati", "individuale", "ripartizione", "simulazione"]);

function Evaluation({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const { search, pathname } = useLocation();
  const [periodId, setPeriod] = usePeriodParam();
  const period = choosePeriod(bundle, periodId);
  const account = useSession().data?.account ?? null;
  const sections = availableSections(bundle);
  const current = sections.find((s) => pathname.endsWith(`/valutazione/${s}`)) ?? null;
  const planId = bundle.plan.id;
  const title = current ? `${t("evaluation.title")} — ${t(`evaluation.sections.${current}`)}` : t("evaluation.title");

  const body = (section: Section) => {
    switch (section) {
      case "rilievi":
        return <FindingsSection bundle={bundle} periodId={period?.id ?? null} />;
      case "stati":
        return <StatusSection bundle={bundle} periodId={period?.id ?? null} canOverride={canOverrideStatus(account, bundle)} />;
      case "individuale":
        return <IndividualSection bundle={bundle} periodId={period?.id ?? null} />;
      case "ripartizione":
        return <AllocationSection bundle={bundle} periodId={period?.id ?? null} />;
      case "bilancio":
        return <BudgetSection bundle={bundle} />;
      case "simulazione":
        return <WhatIfSection bundle={bundle} periodId={period?.id ?? null} />;
    }
  };

  return (
    <>
      <PlanHeading
        bundle={bundle}
        title={title}
        trail={[{ label: t("evaluation.title"), to: links.evaluation(planId) }, ...(current ? [{ label: t(`evaluation.sections.${current}`) }] : [])]}
      />
      <div className="container-xxl pb-5 evaluation-area">
        {sections.length === 0 ? (
          <div className="alert alert-info" role="status">
            {t("evaluation.nothing")}
          </div>
        ) : (
          <>
            <nav aria-label={t("evaluation.sectionsLabel")} className="evaluation-nav mb-3">
              <ul className="nav nav-tabs flex-nowrap overflow-auto">
                {sections.map((s) => (
                  <li className="nav-item" key={s}>
                    <NavLink className={({ isActive }) => `nav-link${isActive ? " active" : ""}`} to={`${links.evaluation(planId, s)}${search}`} data-testid={`evaluation-tab-${s}`}>
                      {t(`evaluation.sections.${s}`)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            {current && NEEDS_PERIOD.has(current) && bundle.periods.length > 0 && (
              <div className="filter-bar row g-3 align-items-end mb-3">
                <div className="col-md-6">
                  <PeriodSelect periods={bundle.periods} value={period?.id ?? null} onChange={setPeriod} id="evaluation-period" />
                </div>
              </div>
            )}
            <Routes>
              <Route index element={<Navigate to={`${links.evaluation(planId, sections[0])}${search}`} replace />} />
              {sections.map((s) => (
                <Route key={s} path={s} element={body(s)} />
              ))}
              <Route
                path="*"
                element={
                  <div className="alert alert-info" role="status">
                    {t("evaluation.sectionUnavailable")}
                  </div>
                }
              />
            </Routes>
          </>
        )}
      </div>
    </>
  );
}
