// Reminders by e-mail N days before a period's cut-off (TRAGUARDO_REMINDER_DAYS, "7,1" by default) to whoever
// still has values to enter: the heads of the structure, the office for values no structure owns. The server runs
// this on a timer; each reminder goes once (notification_deliveries), however often the timer runs.
import { eq } from "drizzle-orm";
import type { Database } from "../db/connect";
import { findPlans, loadPlanBundle } from "../db/plan-store";
import { notificationDeliveries } from "../db/schema-auth";
import { daysBetween } from "../domain/evaluation/result";
import { findWorkflows, stateOf } from "../workflow/monitoring-store";
import { ownershipFromBundle, structureChain, structureName, workflowKeys, PLAN_WIDE_SCOPE } from "../workflow/ownership";
import type { Mailer } from "./mailer";
import { headsOf, managersOf } from "./recipients";

export interface ReminderRun {
  sent: number;
  failed: { to: string; error: string }[];
}

function italianDate(iso: string): string {
  return iso.split("-").reverse().join("/");
}

export async function sendCutoffReminders(
  db: Database,
  mailer: Mailer,
  options: { today: string; days: readonly number[]; publicUrl?: string | null },
): Promise<ReminderRun> {
  const run: ReminderRun = { sent: 0, failed: [] };
  for (const summary of await findPlans(db)) {
    if (summary.state === "revised") continue;
    const bundle = await loadPlanBundle(db, summary.id);
    if (!bundle) continue;
    const o = ownershipFromBundle(bundle);
    const rows = await findWorkflows(db, bundle.plan.id);
    for (const period of bundle.periods) {
      const days = daysBetween(options.today, period.cutoffDate);
      if (!options.days.includes(days)) continue;
      for (const key of workflowKeys(o)) {
        const state = stateOf(rows.find((r) => r.periodId === period.id && r.structureId === key) ?? null);
        if (state !== "open" && state !== "draft" && state !== "returned") continue;
        const recipients = key === PLAN_WIDE_SCOPE ? await managersOf(db, o.organisationId) : await headsOf(db, structureChain(o, key));
        for (const recipient of recipients) {
          const deliveryKey = `reminder|${bundle.plan.id}|${period.id}|${key}|${days}|${recipient.id}`;
          const [already] = await db.select().from(notificationDeliveries).where(eq(notificationDeliveries.key, deliveryKey));
          if (already) continue;
          const link = options.publicUrl ? `\n\n${options.publicUrl.replace(/\/$/, "")}/piani/${encodeURIComponent(bundle.plan.id)}/monitoraggio` : "";
          try {
            await mailer.send({
              to: recipient.email,
              subject: `Traguardo: ${days === 1 ? "domani" : `tra ${days} giorni`} la scadenza del ${italianDate(period.cutoffDate)} — ${structureName(o, key)}`,
              text:
                `Gentile ${recipient.displayName},\n\n` +
                `i valori di «${structureName(o, key)}» per «${period.label}» (${bundle.plan.title}) vanno inseriti e inviati ` +
                `entro il ${italianDate(period.cutoffDate)}.${link}\n`,
            });
            await db.insert(notificationDeliveries).values({ key: deliveryKey, accountId: recipient.id, kind: "cutoff-reminder" }).onConflictDoNothing();
            run.sent += 1;
          } catch (error) {
            // retried at the next run: nothing was recorded as delivered
            run.failed.push({ to: recipient.email, error: (error as Error).message });
          }
        }
      }
    }
  }
  return run;
}

/** Today in Italy as an ISO date: cut-offs are Italian calendar dates. */
export function italianToday(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Rome" }).format(now);
}

/** Runs the reminders now and then every hour; returns the function that stops the timer. */
export function startReminderTimer(
  db: Database,
  mailer: Mailer,
  options: { days: readonly number[]; publicUrl: string | null; log: { info(o: object, m: string): void; error(o: object, m: string): void } },
): () => void {
  const tick = () =>
    sendCutoffReminders(db, mailer, { today: italianToday(), days: options.days, publicUrl: options.publicUrl })
      .then((run) => {
        if (run.sent || run.failed.length) options.log.info({ sent: run.sent, failed: run.failed }, "promemoria delle scadenze");
      })
      .catch((error: unknown) => options.log.error({ err: error }, "promemoria delle scadenze non inviati"));
  void tick();
  const timer = setInterval(tick, 60 * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
