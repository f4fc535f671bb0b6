// The monitoring workflow of one period for one structure (issue "Accounts, roles, approval workflow"):
// open → draft → submitted → validated (or returned with a reason) → closed, and closed → draft only through an
// explicit reopening with a reason. Pure: which transitions exist and who may still change the values.
import { z } from "zod";

export const WorkflowState = z.enum(["open", "draft", "submitted", "returned", "validated", "closed"]);
export type WorkflowState = z.infer<typeof WorkflowState>;

export const WORKFLOW_STATE_LABELS: Record<WorkflowState, string> = {
  open: "aperto",
  draft: "in compilazione",
  submitted: "inviato",
  returned: "rinviato per correzioni",
  validated: "validato",
  closed: "chiuso",
};

export type Transition = "submit" | "validate" | "return" | "close" | "reopen";

export const TRANSITIONS: Record<Transition, { from: readonly WorkflowState[]; to: WorkflowState; label: string }> = {
  submit: { from: ["open", "draft", "returned"], to: "submitted", label: "inviare" },
  validate: { from: ["submitted"], to: "validated", label: "validare" },
  // the office may send back what it has already validated, as long as the period is not closed
  return: { from: ["submitted", "validated"], to: "returned", label: "rinviare" },
  close: { from: ["validated"], to: "closed", label: "chiudere" },
  reopen: { from: ["closed"], to: "draft", label: "riaprire" },
};

export function canTransition(state: WorkflowState, transition: Transition): boolean {
  return TRANSITIONS[transition].from.includes(state);
}

/**
 * Whether values may still change. A head of structure edits until submission and after a return; the office
 * also corrects submitted and validated values (shown later as changes since validation); nobody edits a closed period.
 */
export function canEditValues(state: WorkflowState, byManager: boolean): boolean {
  if (state === "closed") return false;
  if (byManager) return true;
  return state === "open" || state === "draft" || state === "returned";
}

/** A value typed into Traguardo and not yet validated; imported values come from a document already adopted. */
export function isDraftValue(origin: string, state: WorkflowState): boolean {
  return origin !== "imported" && state !== "validated" && state !== "closed";
}
