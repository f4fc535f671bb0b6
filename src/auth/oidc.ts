// Sign-in through an OpenID Connect provider (Keycloak, Entra ID, a SPID/CIE broker) with openid-client v6:
// authorization code with PKCE, state bound to the browser by a cookie, nonce checked in the ID token.
// The PKCE verifier and nonce wait in the database, so no server secret is needed to keep them.
import { and, eq, lt } from "drizzle-orm";
import * as client from "openid-client";
import type { Database } from "../db/connect";
import { accounts, oidcSignInRequests } from "../db/schema-auth";
import { recordAudit, SYSTEM_ACTOR } from "../audit/audit-log";
import { createAccount, findAccountByOidcSubject, getAccount, normaliseEmail, type Account } from "./accounts";
import { roleFromClaims } from "./oidc-claims";
import type { OidcSettings } from "./settings";

/** A sign-in started more than this long ago is refused (the person took too long at the provider). */
const SIGN_IN_TIMEOUT_MS = 10 * 60_000;

const configurations = new Map<string, Promise<client.Configuration>>();

/** Discovery once per provider and client; a failed discovery is retried at the next sign-in. */
export function oidcConfiguration(settings: OidcSettings): Promise<client.Configuration> {
  const key = `${settings.issuer}|${settings.clientId}`;
  let configuration = configurations.get(key);
  if (!configuration) {
    configuration = client.discovery(
      new URL(settings.issuer),
      settings.clientId,
      settings.clientSecret ?? undefined,
      settings.clientSecret ? undefined : client.None(),
      settings.allowInsecureRequests ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    configuration.catch(() => configurations.delete(key));
    configurations.set(key, configuration);
  }
  return configuration;
}

/** The provider's address to send the browser to, and the state to keep in a cookie. */
export async function startOidcSignIn(db: Database, settings: OidcSettings, now = new Date()): Promise<{ url: URL; state: string }> {
  const configuration = await oidcConfiguration(settings);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  await db.delete(oidcSignInRequests).where(lt(oidcSignInRequests.createdAt, new Date(now.getTime() - SIGN_IN_TIMEOUT_MS)));
  await db.insert(oidcSignInRequests).values({ state, nonce, codeVerifier, createdAt: now });
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: settings.redirectUrl,
    scope: settings.scopes,
    response_type: "code",
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  return { url, state };
}

export class OidcSignInError extends Error {
  readonly statusCode = 400;
}

/**
 * Completes the sign-in: `query` is the callback's query string, `browserState` the state kept in the cookie.
 * Returns the account (created at the first sign-in, role refreshed from the claims at every sign-in).
 */
export async function finishOidcSignIn(
  db: Database,
  settings: OidcSettings,
  query: string,
  browserState: string | undefined,
  now = new Date(),
): Promise<Account> {
  const params = new URLSearchParams(query);
  const state = params.get("state");
  if (params.get("error")) {
    throw new OidcSignInError(`Il fornitore di identità ha rifiutato l'accesso: ${params.get("error_description") ?? params.get("error")}`);
  }
  if (!state || !browserState || state !== browserState) {
    throw new OidcSignInError("Accesso non valido: lo stato della richiesta non corrisponde (riavviare l'accesso)");
  }
  const [pending] = await db.delete(oidcSignInRequests).where(eq(oidcSignInRequests.state, state)).returning();
  if (!pending || now.getTime() - pending.createdAt.getTime() > SIGN_IN_TIMEOUT_MS) {
    throw new OidcSignInError("Accesso scaduto o già usato: riavviare l'accesso");
  }
  const configuration = await oidcConfiguration(settings);
  const callbackUrl = new URL(settings.redirectUrl);
  callbackUrl.search = params.toString();
  let claims: client.IDToken | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch (error) {
    throw new OidcSignInError(`Accesso tramite il fornitore di identità non riuscito: ${(error as Error).message}`);
  }
  if (!claims) throw new OidcSignInError("Il fornitore di identità non ha restituito un ID token");
  return accountForClaims(db, settings, claims as unknown as Record<string, unknown>);
}

async function accountForClaims(db: Database, settings: OidcSettings, claims: Record<string, unknown>): Promise<Account> {
  const issuer = String(claims.iss);
  const subject = String(claims.sub);
  const email = typeof claims.email === "string" ? normaliseEmail(claims.email) : null;
  const displayName =
    (typeof claims.name === "string" && claims.name.trim()) ||
    [claims.given_name, claims.family_name].filter((p) => typeof p === "string").join(" ").trim() ||
    email ||
    subject;
  const role = roleFromClaims(claims, settings);
  const existing = await findAccountByOidcSubject(db, issuer, subject);
  if (existing) {
    if (!existing.active) throw new OidcSignInError("Account disattivato: rivolgersi all'amministratore");
    if (role && role !== existing.role) {
      // the provider is the source of truth for roles of federated accounts
      await db.transaction(async (tx) => {
        await tx.update(accounts).set({ role, updatedAt: new Date() }).where(eq(accounts.id, existing.id));
        await recordAudit(tx, SYSTEM_ACTOR, {
          action: "update",
          itemType: "account",
          itemId: existing.id,
          organisationId: existing.organisationId,
          before: { role: existing.role },
          after: { role },
          note: `ruolo aggiornato dalle attestazioni del fornitore di identità (${settings.roleClaim})`,
        });
      });
    }
    return (await getAccount(db, existing.id))!;
  }
  if (!role) {
    throw new OidcSignInError(`Nessun ruolo di Traguardo per questa identità: l'attestazione «${settings.roleClaim}» non contiene gruppi previsti`);
  }
  if (!email) throw new OidcSignInError("Il fornitore di identità non ha comunicato l'e-mail (ambito «email»)");
  const [sameEmail] = await db.select().from(accounts).where(eq(accounts.email, email));
  if (sameEmail) {
    // an existing local account is linked only when the provider vouches for the address
    if (claims.email_verified !== true || sameEmail.oidcSubject) {
      throw new OidcSignInError(`Esiste già un account con l'e-mail ${email}: l'amministratore deve collegarlo`);
    }
    await db.transaction(async (tx) => {
      await tx.update(accounts).set({ oidcIssuer: issuer, oidcSubject: subject, updatedAt: new Date() }).where(and(eq(accounts.id, sameEmail.id)));
      await recordAudit(tx, SYSTEM_ACTOR, {
        action: "update",
        itemType: "account",
        itemId: sameEmail.id,
        organisationId: sameEmail.organisationId,
        after: { oidcIssuer: issuer },
        note: "account collegato al fornitore di identità (e-mail verificata)",
      });
    });
    return (await getAccount(db, sameEmail.id))!;
  }
  return createAccount(
    db,
    { email, displayName, role, organisationId: settings.organisationId, oidc: { issuer, subject } },
    { ...SYSTEM_ACTOR, label: `accesso federato (${issuer})` },
  );
}
