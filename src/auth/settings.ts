// How sign-in behaves: session length, cookie flags, sign-in attempts, OpenID Connect. Built from the
// configuration (src/config.ts) by the server; tests pass what they need, the rest has safe defaults.
import type { Role } from "./roles";

export interface OidcSettings {
  /** the provider's issuer URL (discovery at /.well-known/openid-configuration). */
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  /** where the provider sends the browser back: https://traguardo.example.it/api/auth/oidc/callback */
  redirectUrl: string;
  scopes: string;
  /** the claim carrying groups or roles ("groups", "roles", "realm_access.roles"). */
  roleClaim: string;
  /** claim value → role ("traguardo-ufficio" → planning_office). */
  roleMap: Record<string, Role>;
  /** role of a person whose claims map to none; null: refuse the sign-in. */
  defaultRole: Role | null;
  /** organisation of the accounts created at first sign-in; null: every organisation. */
  organisationId: string | null;
  /** loopback or test providers over plain HTTP. */
  allowInsecureRequests: boolean;
}

export interface SecuritySettings {
  sessionHours: number;
  /** Secure cookies (HTTPS only): true unless the server is reached over plain HTTP. */
  cookieSecure: boolean;
  /** wrong sign-ins allowed per e-mail and address in the window. */
  signInAttempts: number;
  signInWindowMinutes: number;
  oidc: OidcSettings | null;
  /** days before a period's cut-off when reminders go out. */
  reminderDays: number[];
  /** the address of the application in e-mails ("https://traguardo.example.it"); null: no links. */
  publicUrl: string | null;
}

export const DEFAULT_SECURITY: SecuritySettings = {
  sessionHours: 12,
  cookieSecure: true,
  signInAttempts: 10,
  signInWindowMinutes: 15,
  oidc: null,
  reminderDays: [7, 1],
  publicUrl: null,
};

export function securitySettings(partial: Partial<SecuritySettings> | undefined): SecuritySettings {
  return { ...DEFAULT_SECURITY, ...partial };
}

/** The session cookie: the __Host- prefix binds it to this host and path / (browsers refuse it otherwise). */
export function sessionCookieName(settings: SecuritySettings): string {
  return settings.cookieSecure ? "__Host-traguardo-session" : "traguardo-session";
}
