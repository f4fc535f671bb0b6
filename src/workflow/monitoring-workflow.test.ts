// The monitoring workflow over HTTP on the ARTI monitoring at 30/06/2021 (seed 004): the RPCT enters ARTI 4.4.1,
// submits, the office returns, validates, corrects, closes, reopens; every step checked and audited.
import type { FastifyInstance, InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/connect";
import { savePlanBundle } from "../db/plan-store";
import { createTestDatabase } from "../db/test-database";
import { importText } from "../io/import";
import { readSeed, SEED_FILES } from "../io/seeds";
import { buildApp } from "../server/app";
import { injectAs, signIn, type SignedIn } from "../server/test-auth";

const PLAN = "arti-2021";
const PERIOD = "arti-2021:30-06-2021";
const RPCT = "arti-toscana:rpct";
const DIREZIONE = "arti-toscana:direzione";
const M441 = "arti-2021:obj-4.4:ind-1:30-06-2021"; // ARTI 4.4.1, "Attuazione misure sulla trasparenza", RPCT
const M152 = "arti-2021:obj-1.5:ind-2:30-06-2021"; // ARTI 1.5.2, 37.787 colloqui / 20.000 previsti, Direzione
const workflow = `/api/plans/${PLAN}/periods/${encodeURIComponent(PERIOD)}/workflow`;
const measurement = (id: string) => `/api/plans/${PLAN}/measurements/${encodeURIComponent(id)}`;

describe("monitoring workflow (ARTI 30/06/2021)", () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let office: SignedIn;
  let rpct: SignedIn;
  let direzione: SignedIn;
  let reader: SignedIn;
  const as = (who: SignedIn, options: InjectOptions) => injectAs(app, who, options);

  async function read(who: SignedIn, id: string) {
    const res = await as(who, { method: "GET", url: measurement(id) });
    expect(res.statusCode).toBe(200);
    return res.json() as Record<string, unknown> & { updatedAt: string };
  }
  async function write(who: SignedIn, id: string, changes: Record<string, unknown>) {
    const { id: _id, ...current } = await read(office, id);
    return as(who, { method: "PUT", url: measurement(id), payload: { ...current, ...changes } });
  }
  const state = async (key: string) =>
    ((await as(office, { method: "GET", url: workflow })).json() as { structureId: string; state: string }[]).find((w) => w.structureId === key)?.state;

  beforeAll(async () => {
    handle = await createTestDatabase("pglite");
    const arti = importText(readSeed("arti"), SEED_FILES.arti);
    if (!arti.ok) throw new Error("seed ARTI non importato");
    await savePlanBundle(handle.db, arti.bundle);
    app = await buildApp({ database: handle });
    office = await signIn(app, "planning_office", { organisationId: "arti-toscana" });
    rpct = await signIn(app, "structure_head", { organisationId: "arti-toscana", structures: [{ organisationId: "arti-toscana", structureId: RPCT }] });
    direzione = await signIn(app, "structure_head", { organisationId: "arti-toscana", structures: [{ organisationId: "arti-toscana", structureId: DIREZIONE }] });
    reader = await signIn(app, "reader", { organisationId: "arti-toscana" });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("lists the two structures owning ARTI indicators, both open: Direzione (16 values) and RPCT (2)", async () => {
    const res = await as(rpct, { method: "GET", url: workflow });
    expect(res.statusCode).toBe(200);
    expect(res.json().map((w: { structureId: string; state: string; values: number }) => [w.structureId, w.state, w.values])).toEqual([
      [DIREZIONE, "open", 16],
      [RPCT, "open", 2],
    ]);
  });

  it("a head changes a value of their structure (draft), not one of another structure (403, logged)", async () => {
    const own = await write(rpct, M441, { value: 30, valueText: "30,00%", note: null, assessmentLevel: null, assessmentText: null });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ value: 30, origin: "manual" });
    expect(await state(RPCT)).toBe("draft");

    const other = await write(rpct, M152, { note: "non mia" });
    expect(other.statusCode).toBe(403);
    expect(other.json().error).toContain("Direzione");
    const denied = await as(office, { method: "GET", url: `/api/audit?planId=${PLAN}&action=forbidden` });
    expect(denied.json()[0]).toMatchObject({ actorId: rpct.account.id, itemType: "measurement", itemId: M152, ip: "127.0.0.1" });
  });

  it("the RPCT's draft is hidden from the head of Direzione and from readers, not from the office", async () => {
    expect((await as(direzione, { method: "GET", url: measurement(M441) })).statusCode).toBe(403);
    const list = (await as(direzione, { method: "GET", url: `/api/plans/${PLAN}/measurements` })).json() as { id: string }[];
    expect(list.map((m) => m.id)).not.toContain(M441);
    expect(list).toHaveLength(17);
    const bundle = (await as(reader, { method: "GET", url: `/api/plans/${PLAN}` })).json();
    expect(bundle.measurements.map((m: { id: string }) => m.id)).not.toContain(M441);
    expect((await as(office, { method: "GET", url: measurement(M441) })).statusCode).toBe(200);
  });

  it("ARTI 4.4.1 at 30% on 30/06/2021 is «5. in ritardo» (49,59% expected): no submission without a note", async () => {
    const refused = await as(rpct, { method: "POST", url: `${workflow}/${RPCT}/submit` });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toBe(
      `Impossibile inviare il monitoraggio di «Responsabile Prevenzione Corruzione e Trasparenza (RPCT)»: valori in stato critico senza nota: ARTI 4.4.1 (5. in ritardo, misurazione «${M441}»)`,
    );
    expect((await write(rpct, M441, { note: "Pubblicazioni rinviate per il cambio del portale" })).statusCode).toBe(200);
    const submitted = await as(rpct, { method: "POST", url: `${workflow}/${RPCT}/submit` });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ state: "submitted", submittedBy: `${rpct.account.displayName} <${rpct.account.email}>` });
  });

  it("after submission the head can no longer change values (409); a head cannot validate (403)", async () => {
    const late = await write(rpct, M441, { value: 31 });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toContain("inviato");
    expect((await as(rpct, { method: "POST", url: `${workflow}/${RPCT}/validate` })).statusCode).toBe(403);
  });

  it("the office returns with a reason (required), the head corrects and submits again", async () => {
    expect((await as(office, { method: "POST", url: `${workflow}/${RPCT}/return`, payload: { reason: " " } })).statusCode).toBe(400);
    const returned = await as(office, { method: "POST", url: `${workflow}/${RPCT}/return`, payload: { reason: "Indicare la fonte del dato" } });
    expect(returned.json()).toMatchObject({ state: "returned", returnReason: "Indicare la fonte del dato" });
    expect((await write(rpct, M441, { source: "Sezione Amministrazione trasparente" })).statusCode).toBe(200);
    expect((await as(rpct, { method: "POST", url: `${workflow}/${RPCT}/submit` })).json().state).toBe("submitted");
  });

  it("a stale version is refused: two edits from the same read, the second gets 409", async () => {
    const { id: _id, ...current } = await read(office, M152);
    const first = await as(office, { method: "PUT", url: measurement(M152), payload: { ...current, note: "prima" } });
    expect(first.statusCode).toBe(200);
    expect(first.json().updatedAt).not.toBe(current.updatedAt);
    const second = await as(office, { method: "PUT", url: measurement(M152), payload: { ...current, note: "seconda" } });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toContain("modificata da altri");
    const { updatedAt: _u, ...withoutVersion } = current;
    const missing = await as(office, { method: "PUT", url: measurement(M152), payload: withoutVersion });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields[0].path).toBe("body.updatedAt");
  });

  it("bulk validation validates every submitted structure; later changes by the office show as changes since validation", async () => {
    const bulk = await as(office, { method: "POST", url: `${workflow}/validate`, payload: {} });
    expect(bulk.statusCode).toBe(200);
    expect(bulk.json().map((w: { structureId: string; state: string }) => [w.structureId, w.state])).toEqual([[RPCT, "validated"]]);
    expect((await write(rpct, M441, { value: 35 })).statusCode).toBe(409);
    expect((await write(office, M441, { value: 35, valueText: "35,00%" })).statusCode).toBe(200);
    const changes = (await as(office, { method: "GET", url: `${workflow}/${RPCT}/changes` })).json();
    expect(changes.changes).toEqual([
      {
        measurementId: M441,
        indicatorId: "arti-2021:obj-4.4:ind-1",
        kind: "changed",
        fields: [
          { field: "value", before: 30, after: 35 },
          { field: "valueText", before: "30,00%", after: "35,00%" },
        ],
      },
    ]);
    expect(changes.events[0]).toMatchObject({ action: "update", itemId: M441, actorLabel: `${office.account.displayName} <${office.account.email}>` });
    // validated values are no longer drafts: the head of Direzione reads them now
    expect((await as(direzione, { method: "GET", url: measurement(M441) })).statusCode).toBe(200);
  });

  it("a closed period refuses every change; only a reopening with a reason (logged) lets values change again", async () => {
    expect((await as(office, { method: "POST", url: `${workflow}/${RPCT}/close` })).json().state).toBe("closed");
    const locked = await write(office, M441, { value: 40 });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error).toContain("riapertura motivata");
    expect((await as(office, { method: "POST", url: `${workflow}/${RPCT}/reopen`, payload: {} })).statusCode).toBe(400);
    const reopened = await as(office, { method: "POST", url: `${workflow}/${RPCT}/reopen`, payload: { reason: "Errore nel dato di giugno" } });
    expect(reopened.json()).toMatchObject({ state: "draft", reopenReason: "Errore nel dato di giugno", closedAt: null });
    expect((await write(rpct, M441, { value: 40, valueText: "40,00%" })).statusCode).toBe(200);
    const trail = (await as(office, { method: "GET", url: `/api/audit?planId=${PLAN}&itemType=workflow` })).json();
    expect(trail.map((e: { action: string }) => e.action)).toEqual(["reopen", "close", "validate", "submit", "return", "forbidden", "submit"]);
    // the refused validation by the head is in the trail too
    expect(trail[5]).toMatchObject({ actorId: rpct.account.id, itemId: `${PERIOD}|${RPCT}` });
    expect(trail[0]).toMatchObject({ note: "Errore nel dato di giugno", before: { state: "closed" }, after: { state: "draft" } });
  });

  it("a transition from the wrong state is a 409 naming the states it needs (Direzione is a draft since the office's edit)", async () => {
    const res = await as(office, { method: "POST", url: `${workflow}/${DIREZIONE}/validate` });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toBe("Impossibile validare il monitoraggio di «Direzione»: è in compilazione (si può da: inviato)");
  });
});
