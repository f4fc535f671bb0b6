import { describe, expect, it } from "vitest";
import { loadConfig } from "./config";
import { securityFromConfig } from "./server/start";

describe("configuration of accounts, OpenID Connect and e-mail", () => {
  it("has no default password and safe defaults: Secure cookies, 12-hour sessions, reminders 7 and 1 day before", () => {
    const config = loadConfig({});
    expect(config.TRAGUARDO_ADMIN_PASSWORD).toBeUndefined();
    expect(securityFromConfig(config)).toEqual({
      sessionHours: 12,
      cookieSecure: true,
      signInAttempts: 10,
      signInWindowMinutes: 15,
      oidc: null,
      reminderDays: [7, 1],
      publicUrl: null,
    });
  });

  it("builds the OpenID Connect settings with the role map", () => {
    const config = loadConfig({
      TRAGUARDO_OIDC_ISSUER: "https://login.ente.it/realms/ente",
      TRAGUARDO_OIDC_CLIENT_ID: "traguardo",
      TRAGUARDO_OIDC_REDIRECT_URL: "https://traguardo.ente.it/api/auth/oidc/callback",
      TRAGUARDO_OIDC_ROLE_CLAIM: "realm_access.roles",
      TRAGUARDO_OIDC_ROLE_MAP: "controllo=planning_office,oiv=evaluator",
      TRAGUARDO_OIDC_DEFAULT_ROLE: "reader",
    });
    expect(securityFromConfig(config).oidc).toMatchObject({
      issuer: "https://login.ente.it/realms/ente",
      clientSecret: null,
      roleClaim: "realm_access.roles",
      roleMap: { controllo: "planning_office", oiv: "evaluator" },
      defaultRole: "reader",
      allowInsecureRequests: false,
    });
  });

  it("fails fast, in Italian, naming each wrong variable", () => {
    expect(() =>
      loadConfig({
        TRAGUARDO_ADMIN_PASSWORD: "corta",
        TRAGUARDO_OIDC_ISSUER: "https://login.ente.it",
        TRAGUARDO_OIDC_ROLE_MAP: "capi=boss",
        TRAGUARDO_SMTP_URL: "http://posta.ente.it",
        TRAGUARDO_REMINDER_DAYS: "7,domani",
      }),
    ).toThrow(
      [
        "Configurazione non valida:",
        "- TRAGUARDO_ADMIN_PASSWORD: TRAGUARDO_ADMIN_PASSWORD: almeno 12 caratteri",
        "- TRAGUARDO_SMTP_URL: TRAGUARDO_SMTP_URL deve iniziare con smtp:// o smtps://",
        "- TRAGUARDO_REMINDER_DAYS: TRAGUARDO_REMINDER_DAYS: numeri interi di giorni separati da virgole (es. 7,1)",
      ].join("\n"),
    );
  });

  it("asks for the sender when SMTP is set, and for the whole OpenID Connect triple", () => {
    expect(() => loadConfig({ TRAGUARDO_SMTP_URL: "smtp://posta.ente.it:587" })).toThrow("con TRAGUARDO_SMTP_URL serve il mittente TRAGUARDO_MAIL_FROM");
    expect(() => loadConfig({ TRAGUARDO_OIDC_CLIENT_ID: "traguardo" })).toThrow("servono insieme TRAGUARDO_OIDC_ISSUER, TRAGUARDO_OIDC_CLIENT_ID e TRAGUARDO_OIDC_REDIRECT_URL");
  });
});
