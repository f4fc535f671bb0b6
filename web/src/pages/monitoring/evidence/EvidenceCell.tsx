// The evidence of one value in the monitoring grid: how many files support it, and a button that opens the panel
// to upload, download and delete them. Plan and period are the grid's (address and default period), read here so
// the grid passes nothing more than the indicator.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import type { Indicator } from "@domain/model";
import { usePlan } from "../../../api/hooks";
import { usePeriodParam } from "../../../app/use-period";
import { choosePeriod } from "../../../model/plan-lookup";
import { useEvidenceFiles } from "./evidence-api";
import "./evidence.css";
import { EvidencePanel } from "./EvidencePanel";

export function EvidenceCell({ indicator, readOnly }: { indicator: Indicator; readOnly: boolean }) {
  const { t } = useTranslation();
  const { planId } = useParams();
  const plan = usePlan(planId);
  const [periodId] = usePeriodParam();
  const period = plan.data ? choosePeriod(plan.data, periodId) : null;
  const files = useEvidenceFiles(planId, period?.id);
  const [open, setOpen] = useState(false);
  if (!planId || !period) return null;
  const mine = (files.data ?? []).filter((f) => f.indicatorId === indicator.id);
  return (
    <div className="evidence-cell mt-2">
      <button
        type="button"
        className={`btn btn-sm ${mine.length ? "btn-outline-primary" : "btn-outline-secondary"} evidence-button`}
        onClick={() => setOpen(true)}
        aria-label={`${t("editor.evidence.openLabel", { code: indicator.code })}: ${t("editor.evidence.open", { count: mine.length })}`}
        aria-haspopup="dialog"
        data-testid={`evidence-${indicator.code}`}
      >
        <span aria-hidden="true">📎 </span>
        {t("editor.evidence.open", { count: mine.length })}
      </button>
      {open && <EvidencePanel planId={planId} period={period} indicator={indicator} files={mine} readOnly={readOnly} onClose={() => setOpen(false)} />}
    </div>
  );
}
