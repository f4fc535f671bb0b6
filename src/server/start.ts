// Starts Traguardo: database (migrated), demo plans and demo accounts on first start, the first administrator,
// e-mail reminders when SMTP is configured, HTTP server.
import type { Config } from "../config";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, syncDemoAccounts } from "../auth/demo-accounts";
import { ensureFirstAdministrator } from "../auth/first-administrator";
import { parseRoleMap } from "../auth/oidc-claims";
import { purgeExpiredSessions } from "../auth/sessions";
import type { SecuritySettings } from "../auth/settings";
import { openDatabase } from "../db/connect";
import { loadDemoPlansIfEmpty } from "../io/demo";
import { createMailer } from "../notifications/mailer";
import { startReminderTimer } from "../notifications/reminders";
import { buildApp } from "./app";
import { warehousePathIn } from "./routes/analytics.routes";
import { loadDemoServiceData } from "./service-data-demo";
import { registerWebApp } from "./static";

export function securityFromConfig(config: Config): SecuritySettings {
  const oidc =
    config.TRAGUARDO_OIDC_ISSUER && config.TRAGUARDO_OIDC_CLIENT_ID && config.TRAGUARDO_OIDC_REDIRECT_URL
      ? {
          issuer: config.TRAGUARDO_OIDC_ISSUER,
          clientId: config.TRAGUARDO_OIDC_CLIENT_ID,
          clientSecret: config.TRAGUARDO_OIDC_CLIENT_SECRET ?? null,
          redirectUrl: config.TRAGUARDO_OIDC_REDIRECT_URL,
          scopes: config.TRAGUARDO_OIDC_SCOPES,
          roleClaim: config.TRAGUARDO_OIDC_ROLE_CLAIM,
          roleMap: parseRoleMap(config.TRAGUARDO_OIDC_ROLE_MAP).map,
          defaultRole: config.TRAGUARDO_OIDC_DEFAULT_ROLE ?? null,
          organisationId: config.TRAGUARDO_OIDC_ORGANISATION_ID ?? null,
          allowInsecureRequests: config.TRAGUARDO_OIDC_ALLOW_HTTP === "true",
        }
      : null;
  return {
    sessionHours: config.TRAGUARDO_SESSION_HOURS,
    cookieSecure: config.TRAGUARDO_COOKIE_SECURE === "true",
    signInAttempts: config.TRAGUARDO_SIGN_IN_ATTEMPTS,
    signInWindowMinutes: 15,
    oidc,
    reminderDays: config.TRAGUARDO_REMINDER_DAYS,
    publicUrl: config.TRAGUARDO_PUBLIC_URL ?? null,
  };
}

export async function startServer(config: Config): Promise<void> {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL ?? null, dataDir: config.TRAGUARDO_DATA_DIR });
  await database.migrate();
  const demo = config.TRAGUARDO_DEMO === "true";
  if (demo) {
    const loaded = await loadDemoPlansIfEmpty(database.db);
    if (loaded) {
      console.log(`Dati dimostrativi caricati: ${loaded.loaded.join(", ") || "nessuno"}`);
      for (const f of loaded.failed) console.error(`Dati dimostrativi non caricati (${f.seed}):\n  ${f.errors.join("\n  ")}`);
    }
  }
  const serviceData = { warehousePath: warehousePathIn(config.TRAGUARDO_DATA_DIR) };
  if (demo) await loadDemoServiceDataSafely(database.db, serviceData);
  const demoAccounts = await syncDemoAccounts(database.db, demo);
  if (demoAccounts.length) {
    console.log(`Account dimostrativi (password «${DEMO_PASSWORD}», solo con TRAGUARDO_DEMO=true):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email} — ${a.displayName}: ${a.note}`);
  }
  const admin = await ensureFirstAdministrator(database.db, { email: config.TRAGUARDO_ADMIN_EMAIL, password: config.TRAGUARDO_ADMIN_PASSWORD });
  if (admin) {
    console.log(`Primo amministratore creato: accedere con ${admin.email}`);
    if (admin.generatedPassword) {
      console.log(`  password: ${admin.generatedPassword}`);
      console.log("  (mostrata solo ora; va cambiata al primo accesso. Per sceglierla, avviare con TRAGUARDO_ADMIN_PASSWORD)");
    } else {
      console.log("  password: quella di TRAGUARDO_ADMIN_PASSWORD");
    }
  }
  await purgeExpiredSessions(database.db);

  const security = securityFromConfig(config);
  const mailer =
    config.TRAGUARDO_SMTP_URL && config.TRAGUARDO_MAIL_FROM
      ? createMailer({ smtpUrl: config.TRAGUARDO_SMTP_URL, from: config.TRAGUARDO_MAIL_FROM })
      : null;
  const app = await buildApp({ database, security, mailer, serviceData }, { logLevel: config.LOG_LEVEL, trustProxy: config.TRAGUARDO_TRUST_PROXY === "true" });
  // the React app at "/" (dist/web, built by `npm start`); on the root instance because it sets the not-found handler
  await registerWebApp(app);
  const stopReminders = mailer
    ? startReminderTimer(database.db, mailer, { days: security.reminderDays, publicUrl: security.publicUrl, log: app.log })
    : () => {};
  const shutdown = async () => {
    stopReminders();
    mailer?.close();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  await app.listen({ port: config.PORT, host: config.HOST });
  console.log(`Traguardo è in ascolto su http://localhost:${config.PORT} (database: ${database.kind})`);
}

/** AFOL 12/13 from demo service data (src/server/service-data-demo.ts); a failure leaves the rest of the demo working. */
async function loadDemoServiceDataSafely(db: Parameters<typeof loadDemoServiceData>[0], settings: { warehousePath: string }): Promise<void> {
  try {
    const started = performance.now();
    const filled = await loadDemoServiceData(db, settings);
    if (filled) {
      const seconds = ((performance.now() - started) / 1000).toLocaleString("it-IT", { maximumFractionDigits: 1 });
      console.log(`Dati di servizio dimostrativi (CPI della Città metropolitana di Milano): ${filled.created} valori AFOL 12-13 calcolati in ${seconds} s`);
    }
  } catch (error) {
    console.error(`Dati di servizio dimostrativi non caricati: ${error instanceof Error ? error.message : String(error)}`);
  }
}
