// Editing the plan: areas and sections, objectives, indicators with their targets, implementation steps and
// cronoprogramma phases. Sections are routed below /piani/:planId/modifica/. Only those the policies let edit
// see the forms; on an approved plan every change goes to a new draft version, and the editor moves there.
import { useTranslation } from "react-i18next";
import { Link, Route, Routes, useLocation, useParams } from "react-router-dom";
import type { PlanBundle } from "@domain/model";
import { usePlan } from "../../api/hooks";
import { useSession } from "../../api/session";
import { links } from "../../app/routes";
import { PlanHeading } from "../../components/PlanHeading";
import { Loading, PageError } from "../../components/QueryState";
import { NotFoundPage } from "../NotFoundPage";
import { editorAccess, type EditorAccess } from "./editor-rights";
import type { RevisionNotice } from "./editor-paths";
import { EditorOverview } from "./EditorOverview";
import { IndicatorEditor } from "./IndicatorEditor";
import { NodeEditor } from "./NodeEditor";
import { ObjectiveEditor } from "./ObjectiveEditor";
import "./editor.css";

export function PlanEditorPage() {
  const { planId } = useParams();
  const plan = usePlan(planId);
  const session = useSession();
  if (plan.isPending || session.isPending) return <Loading />;
  if (plan.isError) return <PageError error={plan.error} />;
  return <PlanEditor bundle={plan.data} access={editorAccess(session.data?.account ?? null, plan.data)} />;
}

function PlanEditor({ bundle, access }: { bundle: PlanBundle; access: EditorAccess }) {
  const { t } = useTranslation();
  const notice = (useLocation().state as { revision?: RevisionNotice } | null)?.revision;
  const heading = <PlanHeading bundle={bundle} title={t("editor.title")} trail={[{ label: t("editor.title") }]} />;
  if (access === "read-only" || access === "superseded") {
    return (
      <>
        {heading}
        <div className="container-xxl pb-5">
          <div className="alert alert-warning" role="status" data-testid="editor-refused">
            {t(access === "superseded" ? "editor.superseded" : "editor.readOnly")}
          </div>
          <Link to={links.planTree(bundle.plan.id)}>{t("editor.backToTree")}</Link>
        </div>
      </>
    );
  }
  return (
    <>
      {heading}
      <div className="container-xxl pb-5">
        {notice && (
          <div className="alert alert-success" role="status" data-testid="revision-notice">
            {t("editor.revised", { version: notice.version, from: notice.fromPlanId })}
          </div>
        )}
        {access === "edit-as-new-version" && (
          <div className="alert alert-info" role="note" data-testid="approved-notice">
            {t("editor.approvedPlan", { version: bundle.plan.version + 1, act: bundle.plan.approvalAct ?? "" })}
          </div>
        )}
        <Routes>
          <Route index element={<EditorOverview bundle={bundle} />} />
          <Route path="aree/nuova" element={<NodeEditor bundle={bundle} />} />
          <Route path="aree/:nodeId" element={<NodeEditor bundle={bundle} />} />
          <Route path="obiettivi/nuovo" element={<ObjectiveEditor bundle={bundle} />} />
          <Route path="obiettivi/:objectiveId" element={<ObjectiveEditor bundle={bundle} />} />
          <Route path="indicatori/nuovo" element={<IndicatorEditor bundle={bundle} />} />
          <Route path="indicatori/:indicatorId" element={<IndicatorEditor bundle={bundle} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </div>
    </>
  );
}
