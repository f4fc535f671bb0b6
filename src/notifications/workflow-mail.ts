// E-mails on workflow events: a submission tells the office there is something to validate; a return or a
// validation tells the structure's heads. Called after the transition has committed.
import type { Database } from "../db/connect";
import { loadOwnership, structureChain, structureName, PLAN_WIDE_SCOPE } from "../workflow/ownership";
import { getItem } from "../db/plan-items";
import type { Transition } from "../workflow/monitoring-states";
import type { Mailer } from "./mailer";
import { headsOf, managersOf, type Recipient } from "./recipients";

export interface WorkflowEvent {
  planId: string;
  periodId: string;
  structureId: string;
  transition: Transition;
  reason: string | null;
  /** who acted. */
  by: string;
}

export async function notifyWorkflowEvent(db: Database, mailer: Mailer, event: WorkflowEvent): Promise<number> {
  const o = await loadOwnership(db, event.planId);
  if (!o) return 0;
  const period = await getItem(db, "periods", event.planId, event.periodId);
  const periodLabel = String(period?.label ?? event.periodId);
  const structure = structureName(o, event.structureId);
  const chain = event.structureId === PLAN_WIDE_SCOPE ? [] : structureChain(o, event.structureId);
  let recipients: Recipient[] = [];
  let subject = "";
  let text = "";
  switch (event.transition) {
    case "submit":
      recipients = await managersOf(db, o.organisationId);
      subject = `Traguardo: valori da validare — ${structure}`;
      text = `${event.by} ha inviato i valori di «${structure}» per «${periodLabel}» (piano ${event.planId}).\nSono in attesa di validazione.`;
      break;
    case "return":
      recipients = await headsOf(db, chain);
      subject = `Traguardo: valori rinviati — ${structure}`;
      text = `${event.by} ha rinviato i valori di «${structure}» per «${periodLabel}» (piano ${event.planId}).\nMotivazione: ${event.reason ?? "-"}\nCorreggere e inviare di nuovo.`;
      break;
    case "validate":
      recipients = await headsOf(db, chain);
      subject = `Traguardo: valori validati — ${structure}`;
      text = `${event.by} ha validato i valori di «${structure}» per «${periodLabel}» (piano ${event.planId}).`;
      break;
    default:
      return 0;
  }
  for (const r of recipients) await mailer.send({ to: r.email, subject, text: `Gentile ${r.displayName},\n\n${text}\n` });
  return recipients.length;
}
