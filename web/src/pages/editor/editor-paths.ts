// Addresses inside the editor (below /piani/:planId/modifica/): deep links to each form.
import { links } from "../../app/routes";

const enc = encodeURIComponent;

export const editorPaths = {
  overview: (planId: string) => links.editor(planId),
  newNode: (planId: string) => links.editor(planId, "aree/nuova"),
  node: (planId: string, nodeId: string) => links.editor(planId, `aree/${enc(nodeId)}`),
  newObjective: (planId: string, nodeId?: string | null) => links.editor(planId, `obiettivi/nuovo${nodeId ? `?area=${enc(nodeId)}` : ""}`),
  objective: (planId: string, objectiveId: string) => links.editor(planId, `obiettivi/${enc(objectiveId)}`),
  newIndicator: (planId: string, objectiveId: string) => links.editor(planId, `indicatori/nuovo?obiettivo=${enc(objectiveId)}`),
  indicator: (planId: string, indicatorId: string) => links.editor(planId, `indicatori/${enc(indicatorId)}`),
};

/** What the editor shows after a change went to a new version (router state). */
export interface RevisionNotice {
  fromPlanId: string;
  version: number;
}
