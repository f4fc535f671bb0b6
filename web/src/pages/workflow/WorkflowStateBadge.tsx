// The state of a structure's monitoring as a badge: colour plus words, never colour alone.
import { useTranslation } from "react-i18next";
import type { WorkflowState } from "./workflow-api";
import "./workflow.css";

const TONES: Record<WorkflowState, string> = {
  open: "tone-grey",
  draft: "tone-blue",
  submitted: "tone-yellow",
  returned: "tone-orange",
  validated: "tone-green",
  closed: "wf-closed",
};

export function WorkflowStateBadge({ state, testId }: { state: WorkflowState; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge ${TONES[state]}`} data-state={state} data-testid={testId}>
      {t(`workflow.states.${state}`)}
    </span>
  );
}
