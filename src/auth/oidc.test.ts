// Sign-in through OpenID Connect against a real provider (oidc-provider) started on 127.0.0.1: the browser's trip
// is followed by hand (our app → provider → our callback), the provider's login is answered for a test person.
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import Provider from "oidc-provider";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/connect";
import { createTestDatabase } from "../db/test-database";
import { auditEvents } from "../db/schema-auth";
import { buildApp } from "../server/app";
import type { OidcSettings } from "./settings";

const REDIRECT = "http://127.0.0.1:3999/api/auth/oidc/callback";
const SECRET = "segreto-del-client-di-prova";

interface Person {
  sub: string;
  email: string;
  name: string;
  groups: string[];
}

describe("OpenID Connect sign-in against oidc-provider on loopback", () => {
  let server: Server;
  let issuer: string;
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let person: Person = { sub: "p-1", email: "giulia.verdi@ente.it", name: "Giulia Verdi", groups: ["controllo-gestione"] };

  beforeAll(async () => {
    server = createServer();
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const provider = new Provider(issuer, {
      clients: [{ client_id: "traguardo", client_secret: SECRET, redirect_uris: [REDIRECT], grant_types: ["authorization_code"], response_types: ["code"] }],
      claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
      findAccount: async (_ctx, sub) => ({
        accountId: sub,
        claims: async () => ({ sub, email: person.email, email_verified: true, name: person.name, groups: person.groups }),
      }),
      conformIdTokenClaims: false,
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      cookies: { keys: ["chiave-dei-cookie-di-prova"] },
    });
    const callback = provider.callback();
    server.on("request", async (req, res) => {
      if (!req.url?.startsWith("/interaction/")) return callback(req, res);
      // the person "types" their credentials: the provider's login and consent are granted at once
      const details = await provider.interactionDetails(req, res);
      const grant = new provider.Grant({ accountId: person.sub, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { login: { accountId: person.sub }, consent: { grantId } }, { mergeWithLastSubmission: false });
    });

    const oidc: OidcSettings = {
      issuer,
      clientId: "traguardo",
      clientSecret: SECRET,
      redirectUrl: REDIRECT,
      scopes: "openid email profile",
      roleClaim: "groups",
      roleMap: { "controllo-gestione": "planning_office", oiv: "evaluator" },
      defaultRole: null,
      organisationId: "arti-toscana",
      allowInsecureRequests: true,
    };
    handle = await createTestDatabase("pglite");
    app = await buildApp({ database: handle, security: { oidc } });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
    server.close();
  });

  /** The browser: from our login route to the provider and back; returns the callback's query and the state cookie. */
  async function travel(): Promise<{ query: string; stateCookie: string }> {
    const start = await app.inject({ method: "GET", url: "/api/auth/oidc/login" });
    expect(start.statusCode).toBe(302);
    const stateCookie = String(start.headers["set-cookie"]).split(";")[0]!;
    const jar = new Map<string, string>();
    let url = String(start.headers.location);
    expect(url.startsWith(`${issuer}/auth?`)).toBe(true);
    expect(new URL(url).searchParams.get("code_challenge_method")).toBe("S256");
    for (let hop = 0; hop < 10 && !url.startsWith(REDIRECT); hop++) {
      const res = await fetch(url, { redirect: "manual", headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") } });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(";");
        const [name, ...value] = pair!.split("=");
        jar.set(name!, value.join("="));
      }
      const next = res.headers.get("location");
      if (!next) throw new Error(`il fornitore ha risposto ${res.status} senza rimandare: ${await res.text()}`);
      url = new URL(next, url).href;
    }
    return { query: url.slice(REDIRECT.length + 1), stateCookie };
  }

  const callback = (query: string, cookie: string) =>
    app.inject({ method: "GET", url: `/api/auth/oidc/callback?${query}`, headers: { cookie } });

  it("first sign-in of Giulia Verdi (group controllo-gestione) creates a planning office account of ARTI and a session", async () => {
    const { query, stateCookie } = await travel();
    const res = await callback(query, stateCookie);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe("/");
    const session = String([res.headers["set-cookie"]].flat().find((c) => String(c).includes("traguardo-session"))).split(";")[0]!;
    const me = await app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie: session } });
    expect(me.statusCode).toBe(200);
    expect(me.json().account).toMatchObject({
      email: "giulia.verdi@ente.it",
      displayName: "Giulia Verdi",
      role: "planning_office",
      organisationId: "arti-toscana",
      federated: true,
      hasPassword: false,
    });
    const signIns = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "sign-in"));
    expect(signIns.at(-1)!.note).toBe(`OpenID Connect (${issuer})`);
  });

  it("a callback cannot be used twice, nor without the browser's state cookie", async () => {
    const { query, stateCookie } = await travel();
    const noCookie = await callback(query, "");
    expect(noCookie.statusCode).toBe(400);
    expect(noCookie.json().error).toBe("Accesso non valido: lo stato della richiesta non corrisponde (riavviare l'accesso)");
    expect((await callback(query, stateCookie)).statusCode).toBe(302);
    const replay = await callback(query, stateCookie);
    expect(replay.statusCode).toBe(400);
    expect(replay.json().error).toBe("Accesso scaduto o già usato: riavviare l'accesso");
  });

  it("at the next sign-in the role follows the provider's groups (now «oiv» → evaluator), audited", async () => {
    person = { ...person, groups: ["oiv"] };
    const { query, stateCookie } = await travel();
    const res = await callback(query, stateCookie);
    const session = String([res.headers["set-cookie"]].flat().find((c) => String(c).includes("traguardo-session"))).split(";")[0]!;
    const me = await app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie: session } });
    expect(me.json().account.role).toBe("evaluator");
    const updates = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "update"));
    expect(updates.at(-1)).toMatchObject({ itemType: "account", before: { role: "planning_office" }, after: { role: "evaluator" } });
  });

  it("an identity whose groups map to no role is refused, and the refusal is audited", async () => {
    person = { sub: "p-2", email: "ospite@ente.it", name: "Ospite", groups: ["mensa"] };
    const { query, stateCookie } = await travel();
    const res = await callback(query, stateCookie);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe("Nessun ruolo di Traguardo per questa identità: l'attestazione «groups» non contiene gruppi previsti");
    const failed = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "sign-in-failed"));
    expect(failed.at(-1)!.note).toContain("Nessun ruolo di Traguardo");
  });

  it("without OpenID settings the OIDC routes answer 404", async () => {
    const plain = await buildApp({ database: handle });
    expect((await plain.inject({ method: "GET", url: "/api/auth/oidc/login" })).statusCode).toBe(404);
    await plain.close();
  });
});
