// The two sign-in limits answer 429 with an Italian message, never a 500: wrong passwords per address and e-mail
// (counted from the audit trail), and the flood limit per address (@fastify/rate-limit) whose refusal goes
// through the error handler and the route's response schema.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/connect";
import { createTestDatabase, testDatabaseKinds } from "../../db/test-database";
import { checkSignInLimit, retryMessage } from "../../auth/sign-in-limits";
import { buildApp } from "../app";

describe.each(testDatabaseKinds())("sign-in limits on %s", (kind) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const login = (email: string, remoteAddress = "127.0.0.1") =>
    app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password: "non è la password giusta" }, remoteAddress });

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    // 2 wrong passwords per e-mail; 20 sign-ins per address in 15 minutes
    app = await buildApp({ database: handle, security: { signInAttempts: 2 } });
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it("the flood limit (10 × 2 attempts per address) answers 429 in Italian with Retry-After, for any e-mail; another address is not blocked", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 20; i++) codes.push((await login(`persona${i}@ente.it`, "10.0.0.1")).statusCode);
    expect(codes).toEqual(Array(20).fill(401));
    const flooded = await login("ancora-un-altro@ente.it", "10.0.0.1");
    expect(flooded.statusCode).toBe(429);
    expect(flooded.headers["content-type"]).toContain("application/json");
    expect(flooded.json()).toEqual({ error: "Troppe richieste: riprovare tra 15 minuti" });
    expect(Number(flooded.headers["retry-after"])).toBeGreaterThan(800);
    expect((await login("persona0@ente.it", "10.0.0.2")).statusCode).toBe(401);
  });

  it("wrong passwords for one e-mail: the third attempt gets 429 in Italian", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) codes.push((await login("bersaglio@ente.it", "10.0.0.3")).statusCode);
    expect(codes).toEqual([401, 401, 429]);
    expect((await login("bersaglio@ente.it", "10.0.0.3")).json()).toEqual({ error: "Troppi tentativi di accesso: riprovare tra 15 minuti" });
  });

  it("the wait is said in proper Italian: «1 minuto», not «1 minuti»", async () => {
    const now = new Date();
    const limit = await checkSignInLimit(handle.db, { email: "bersaglio@ente.it", ip: "10.0.0.3" }, { attempts: 2, windowMinutes: 15 }, new Date(now.getTime() + 14.5 * 60_000));
    expect(limit).toEqual({ blocked: true, retryInMinutes: 1 });
    expect(retryMessage("Troppi tentativi di accesso", limit.retryInMinutes)).toBe("Troppi tentativi di accesso: riprovare tra 1 minuto");
    expect(retryMessage("Troppe richieste", 14.2)).toBe("Troppe richieste: riprovare tra 15 minuti");
  });
});
