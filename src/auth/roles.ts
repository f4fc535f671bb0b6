// The roles of Traguardo (issue "Accounts, roles, approval workflow and audit trail"). "public" has no account:
// citizens read only what was published, through the transparency pages.
import { z } from "zod";

export const Role = z.enum([
  "administrator", // accounts, settings, everything
  "planning_office", // ufficio pianificazione e controllo: plans, periods, validation
  "structure_head", // responsabile di struttura: enters and submits the values of their structures
  "evaluator", // OIV / Nucleo di valutazione: reads everything, validates individual scores
  "reader", // reads plans and validated values; an employee reads "Le mie performance"
]);
export type Role = z.infer<typeof Role>;

export const ROLE_LABELS: Record<Role, string> = {
  administrator: "amministratore",
  planning_office: "ufficio pianificazione e controllo",
  structure_head: "responsabile di struttura",
  evaluator: "valutatore (OIV)",
  reader: "lettore",
};
