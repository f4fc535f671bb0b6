// The one place where environment variables are read, validated at start-up with a clear message.
import { z } from "zod";
import { parseRoleMap } from "./auth/oidc-claims";
import { Role } from "./auth/roles";

const flag = (fallback: "true" | "false") => z.enum(["true", "false"]).default(fallback);
const optionalText = () =>
  z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined));

const Config = z.object({
  /** HTTP port of the server. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** address the server listens on. */
  HOST: z.string().default("0.0.0.0"),
  /** a PostgreSQL server (postgres://…); when unset the embedded PGlite is used. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL deve iniziare con postgres:// o postgresql://")
    .optional(),
  /** folder of the embedded database and of uploaded files. */
  TRAGUARDO_DATA_DIR: z.string().default("./data"),
  /** "false" to start without loading the demo plans from the seeds on an empty database. */
  TRAGUARDO_DEMO: z.enum(["true", "false"]).default("true"),
  /** pino log level. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  // --- accounts and sessions (docs/security.md) ---
  /** e-mail of the first administrator, created on the first start when there is none. */
  TRAGUARDO_ADMIN_EMAIL: z.email("TRAGUARDO_ADMIN_EMAIL deve essere un indirizzo e-mail").default("admin@traguardo.local"),
  /** the first administrator's password; when unset one is generated and printed once. */
  TRAGUARDO_ADMIN_PASSWORD: optionalText().pipe(z.string().min(12, "TRAGUARDO_ADMIN_PASSWORD: almeno 12 caratteri").optional()),
  /** hours a session lasts after sign-in. */
  TRAGUARDO_SESSION_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  /** "false" only when browsers reach the server over plain HTTP on a name other than localhost. */
  TRAGUARDO_COOKIE_SECURE: flag("true"),
  /** "true" behind a reverse proxy, so that the audit trail records the client's address (X-Forwarded-For). */
  TRAGUARDO_TRUST_PROXY: flag("false"),
  /** wrong sign-ins allowed per address and e-mail every 15 minutes. */
  TRAGUARDO_SIGN_IN_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(10),
  /** the application's address, for links in e-mails (https://traguardo.example.it). */
  TRAGUARDO_PUBLIC_URL: optionalText().pipe(z.url().optional()),

  // --- OpenID Connect (all of issuer, client id and redirect URL, or none) ---
  TRAGUARDO_OIDC_ISSUER: optionalText().pipe(z.url().optional()),
  TRAGUARDO_OIDC_CLIENT_ID: optionalText(),
  /** absent for public clients (PKCE only). */
  TRAGUARDO_OIDC_CLIENT_SECRET: optionalText(),
  /** https://…/api/auth/oidc/callback, as registered with the provider. */
  TRAGUARDO_OIDC_REDIRECT_URL: optionalText().pipe(z.url().optional()),
  TRAGUARDO_OIDC_SCOPES: z.string().default("openid email profile"),
  /** the claim with groups or roles: "groups", "roles", "realm_access.roles". */
  TRAGUARDO_OIDC_ROLE_CLAIM: z.string().default("groups"),
  /** claim value=role pairs: "traguardo-admin=administrator,traguardo-ufficio=planning_office,oiv=evaluator". */
  TRAGUARDO_OIDC_ROLE_MAP: z.string().default(""),
  /** role for identities whose claims map to none; unset: such sign-ins are refused. */
  TRAGUARDO_OIDC_DEFAULT_ROLE: optionalText().pipe(Role.optional()),
  /** organisation of the accounts created at first sign-in; unset: every organisation. */
  TRAGUARDO_OIDC_ORGANISATION_ID: optionalText(),
  /** "true" only for a provider on plain HTTP (tests, a provider on loopback). */
  TRAGUARDO_OIDC_ALLOW_HTTP: flag("false"),

  // --- e-mail ---
  /** smtp://user:password@host:587 or smtps://…; unset: notifications stay inside the application. */
  TRAGUARDO_SMTP_URL: optionalText().pipe(z.string().regex(/^smtps?:\/\//, "TRAGUARDO_SMTP_URL deve iniziare con smtp:// o smtps://").optional()),
  /** sender of the e-mails: "Traguardo <traguardo@ente.it>". */
  TRAGUARDO_MAIL_FROM: optionalText(),
  /** days before a period's cut-off when reminders are sent, comma separated. */
  TRAGUARDO_REMINDER_DAYS: z
    .string()
    .default("7,1")
    .transform((v, ctx) => {
      const days = v.split(",").map((d) => d.trim()).filter(Boolean).map(Number);
      if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 365)) {
        ctx.addIssue({ code: "custom", message: "TRAGUARDO_REMINDER_DAYS: numeri interi di giorni separati da virgole (es. 7,1)" });
      }
      return days;
    }),
}).superRefine((c, ctx) => {
  const oidc = [c.TRAGUARDO_OIDC_ISSUER, c.TRAGUARDO_OIDC_CLIENT_ID, c.TRAGUARDO_OIDC_REDIRECT_URL];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    ctx.addIssue({
      code: "custom",
      path: ["TRAGUARDO_OIDC_ISSUER"],
      message: "per OpenID Connect servono insieme TRAGUARDO_OIDC_ISSUER, TRAGUARDO_OIDC_CLIENT_ID e TRAGUARDO_OIDC_REDIRECT_URL",
    });
  }
  for (const error of parseRoleMap(c.TRAGUARDO_OIDC_ROLE_MAP).errors) {
    ctx.addIssue({ code: "custom", path: ["TRAGUARDO_OIDC_ROLE_MAP"], message: error });
  }
  if (c.TRAGUARDO_SMTP_URL && !c.TRAGUARDO_MAIL_FROM) {
    ctx.addIssue({ code: "custom", path: ["TRAGUARDO_MAIL_FROM"], message: "con TRAGUARDO_SMTP_URL serve il mittente TRAGUARDO_MAIL_FROM" });
  }
});
export type Config = z.infer<typeof Config>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Config.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Configurazione non valida:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
