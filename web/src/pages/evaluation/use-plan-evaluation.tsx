// The server's evaluation of a period for a section (stored rules and overrides applied there), with the
// loading and error states every section shows the same way.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PlanEvaluation } from "@domain/evaluation/evaluate-plan";
import { useEvaluation } from "../../api/hooks";
import { ErrorMessage } from "../../components/QueryState";

export function WithEvaluation({ planId, periodId, children }: { planId: string; periodId: string | null; children: (evaluation: PlanEvaluation) => ReactNode }) {
  const { t } = useTranslation();
  const evaluation = useEvaluation(planId, periodId);
  if (!periodId) {
    return (
      <div className="alert alert-info" role="status">
        {t("figures.noPeriods")}
      </div>
    );
  }
  if (evaluation.isPending) {
    return (
      <p role="status" aria-live="polite">
        {t("common.loading")}
      </p>
    );
  }
  if (evaluation.isError) return <ErrorMessage error={evaluation.error} />;
  return <>{children(evaluation.data)}</>;
}
