// Wrong passwords are limited per address and e-mail: after N failures in the window, sign-in is refused (429)
// until the oldest failure leaves the window. The failures are read from the audit trail, which records each
// one anyway: the limit holds across restarts and across servers, and a successful sign-in starts the count anew.
import { and, desc, eq, gt, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { auditEvents } from "../db/schema-auth";

export interface SignInLimit {
  blocked: boolean;
  /** whole minutes until the next attempt is allowed (when blocked). */
  retryInMinutes: number;
}

export async function checkSignInLimit(
  db: Database,
  attempt: { email: string; ip: string | null },
  limits: { attempts: number; windowMinutes: number },
  now = new Date(),
): Promise<SignInLimit> {
  const windowStart = new Date(now.getTime() - limits.windowMinutes * 60_000);
  const sameAttempt = and(
    sql`${auditEvents.after}->>'email' = ${attempt.email}`,
    attempt.ip === null ? sql`${auditEvents.ip} is null` : eq(auditEvents.ip, attempt.ip),
    gt(auditEvents.at, windowStart),
  );
  const [lastSuccess] = await db
    .select({ at: auditEvents.at })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "sign-in"), sameAttempt))
    .orderBy(desc(auditEvents.at))
    .limit(1);
  const failures = await db
    .select({ at: auditEvents.at })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "sign-in-failed"), sameAttempt, lastSuccess ? gt(auditEvents.at, lastSuccess.at) : undefined))
    .orderBy(desc(auditEvents.at))
    .limit(limits.attempts);
  if (failures.length < limits.attempts) return { blocked: false, retryInMinutes: 0 };
  const oldestCounted = failures.at(-1)!.at;
  const retryMs = oldestCounted.getTime() + limits.windowMinutes * 60_000 - now.getTime();
  return { blocked: true, retryInMinutes: Math.max(1, Math.ceil(retryMs / 60_000)) };
}

/** The refusal of a limited sign-in, in Italian: "riprovare tra 1 minuto", "… tra 15 minuti". */
export function retryMessage(prefix: string, minutes: number): string {
  const whole = Math.max(1, Math.ceil(minutes));
  return `${prefix}: riprovare tra ${whole} ${whole === 1 ? "minuto" : "minuti"}`;
}
