// Evidence files on the ARTI monitoring at 30/06/2021 (seed 004): ARTI 1.5.2 (188,94%) belongs to the Direzione,
// ARTI 4.4.1 to the RPCT.
import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/connect";
import { savePlanBundle } from "../../db/plan-store";
import { createTestDatabase, testDatabaseKinds } from "../../db/test-database";
import { seedBundle } from "../../io/reports/seed-plans.fixture";
import { ensureWorkflow, updateWorkflow } from "../../workflow/monitoring-store";
import { buildApp } from "../app";
import { MAX_EVIDENCE_BYTES } from "../evidence-types";
import { signIn, type SignedIn } from "../test-auth";

const PLAN = "arti-2021";
const ORG = "arti-toscana";
const PERIOD = "arti-2021:30-06-2021";
const DIREZIONE_INDICATOR = "arti-2021:obj-1.5:ind-2"; // ARTI 1.5.2
const RPCT_INDICATOR = "arti-2021:obj-4.4:ind-1";
const PDF = Buffer.concat([Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from("\n%%EOF\n")]);

function upload(fields: Record<string, string>, file: { name: string; content: Buffer } | null) {
  const boundary = "----prova-allegato";
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(file.content, Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, payload: Buffer.concat(parts) };
}

describe.each(testDatabaseKinds())("evidence files on %s", (kind) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let office: SignedIn;
  let direzione: SignedIn;
  let rpct: SignedIn;
  let reader: SignedIn;

  const post = (who: SignedIn, fields: Record<string, string>, file: { name: string; content: Buffer } | null) => {
    const body = upload(fields, file);
    return app.inject({ method: "POST", url: `/api/plans/${PLAN}/evidence`, payload: body.payload, headers: { ...who.headers, ...body.headers } });
  };
  const audit = async (itemId: string) =>
    (await app.inject({ method: "GET", url: `/api/audit?planId=${PLAN}&itemType=evidence&itemId=${itemId}`, headers: office.headers })).json() as {
      action: string;
      actorId: string;
      note: string;
    }[];

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await savePlanBundle(handle.db, seedBundle("arti"));
    app = await buildApp({ database: handle });
    office = await signIn(app, "planning_office", { organisationId: ORG });
    direzione = await signIn(app, "structure_head", { organisationId: ORG, structures: [{ organisationId: ORG, structureId: "arti-toscana:direzione" }] });
    rpct = await signIn(app, "structure_head", { organisationId: ORG, structures: [{ organisationId: ORG, structureId: "arti-toscana:rpct" }] });
    reader = await signIn(app, "reader", { organisationId: ORG });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("ARTI 1.5.2: the Direzione attaches a PDF; the list shows it with its SHA-256; the download gives the same bytes, type and name; the upload is audited", async () => {
    const res = await post(direzione, { indicatorId: DIREZIONE_INDICATOR, periodId: PERIOD }, { name: "Colloqui giugno 2021.pdf", content: PDF });
    expect(res.statusCode).toBe(201);
    const stored = res.json();
    const sha256 = createHash("sha256").update(PDF).digest("hex");
    expect(stored).toMatchObject({ planId: PLAN, indicatorId: DIREZIONE_INDICATOR, periodId: PERIOD, fileName: "Colloqui giugno 2021.pdf", mediaType: "application/pdf", sizeBytes: PDF.length, sha256, uploadedBy: direzione.account.id });

    const list = await app.inject({ method: "GET", url: `/api/plans/${PLAN}/evidence?indicatorId=${encodeURIComponent(DIREZIONE_INDICATOR)}&periodId=${encodeURIComponent(PERIOD)}`, headers: office.headers });
    expect(list.json()).toEqual([stored]);

    const download = await app.inject({ method: "GET", url: `/api/evidence/${stored.id}/download`, headers: office.headers });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(createHash("sha256").update(download.rawPayload).digest("hex")).toBe(sha256);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["content-disposition"]).toBe(`attachment; filename="Colloqui giugno 2021.pdf"; filename*=UTF-8''Colloqui%20giugno%202021.pdf`);
    expect(download.headers["x-content-type-options"]).toBe("nosniff");

    const [record] = await audit(stored.id);
    expect(record).toMatchObject({ action: "create", actorId: direzione.account.id });
    expect(record!.note).toContain(sha256);
  });

  it("the head of the RPCT may not attach to the Direzione's ARTI 1.5.2 (403, logged), nor read its draft evidence; a reader neither", async () => {
    const refused = await post(rpct, { indicatorId: DIREZIONE_INDICATOR, periodId: PERIOD }, { name: "verbale.pdf", content: PDF });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toContain("non può allegare né eliminare documenti per i valori di «Direzione»");
    const forbidden = (await app.inject({ method: "GET", url: `/api/audit?planId=${PLAN}&action=forbidden&itemType=evidence`, headers: office.headers })).json();
    expect(forbidden[0]).toMatchObject({ actorId: rpct.account.id });

    const own = await post(rpct, { indicatorId: RPCT_INDICATOR, periodId: PERIOD }, { name: "relazione-rpct.pdf", content: PDF });
    expect(own.statusCode).toBe(201);

    const draft = (await app.inject({ method: "GET", url: `/api/plans/${PLAN}/evidence?indicatorId=${encodeURIComponent(DIREZIONE_INDICATOR)}`, headers: rpct.headers })).json();
    expect(draft).toEqual([]);
    const [direzioneFile] = (await app.inject({ method: "GET", url: `/api/plans/${PLAN}/evidence?indicatorId=${encodeURIComponent(DIREZIONE_INDICATOR)}`, headers: office.headers })).json();
    expect((await app.inject({ method: "GET", url: `/api/evidence/${direzioneFile.id}/download`, headers: rpct.headers })).statusCode).toBe(403);
    expect((await app.inject({ method: "GET", url: `/api/evidence/${direzioneFile.id}/download`, headers: reader.headers })).statusCode).toBe(403);
    const readerAttach = await post(reader, { indicatorId: RPCT_INDICATOR, periodId: PERIOD }, { name: "verbale.pdf", content: PDF });
    expect(readerAttach.statusCode).toBe(403);
  });

  it(`a file over ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB is refused with 413 in Italian; a wrong type or a renamed file with 400 naming the file; missing fields with 400 naming them`, async () => {
    const big = Buffer.alloc(MAX_EVIDENCE_BYTES + 1, 0x20);
    big.write("%PDF-1.4");
    const tooLarge = await post(office, { indicatorId: RPCT_INDICATOR, periodId: PERIOD }, { name: "scansione.pdf", content: big });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error).toBe("Il file «scansione.pdf» supera la dimensione massima di 10 MB per un allegato");

    const exe = await post(office, { indicatorId: RPCT_INDICATOR, periodId: PERIOD }, { name: "programma.exe", content: Buffer.from("MZ") });
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error).toContain("«programma.exe»: tipo di file non ammesso");
    const renamed = await post(office, { indicatorId: RPCT_INDICATOR, periodId: PERIOD }, { name: "falso.pdf", content: Buffer.from("<html><script>alert(1)</script></html>") });
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json()).toMatchObject({ error: "«falso.pdf»: il contenuto non corrisponde a un file .pdf", fields: [{ path: "body.file" }] });

    const missing = await post(office, { indicatorId: RPCT_INDICATOR }, null);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields.map((f: { path: string }) => f.path)).toEqual(["body.periodId", "body.file"]);
    const unknown = await post(office, { indicatorId: "arti-2021:nessuno", periodId: PERIOD }, { name: "verbale.pdf", content: PDF });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields).toEqual([{ path: "body.indicatorId", message: "l'indicatore «arti-2021:nessuno» non esiste nel piano" }]);
  });

  it("once the RPCT's period is closed nobody attaches or deletes files, not even the office (409); validated files become readable by a reader", async () => {
    const [file] = (await app.inject({ method: "GET", url: `/api/plans/${PLAN}/evidence?indicatorId=${encodeURIComponent(RPCT_INDICATOR)}`, headers: office.headers })).json();
    const key = { organisationId: ORG, planId: PLAN, periodId: PERIOD, structureId: "arti-toscana:rpct" };
    await ensureWorkflow(handle.db, key);
    await updateWorkflow(handle.db, key, { state: "closed" });

    const closed = await post(office, { indicatorId: RPCT_INDICATOR, periodId: PERIOD }, { name: "tardivo.pdf", content: PDF });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error).toBe(
      "I valori di «Responsabile Prevenzione Corruzione e Trasparenza (RPCT)» per «Monitoraggio intermedio al 30/06/2021» sono in stato «chiuso»: gli allegati non si possono cambiare (è necessaria una riapertura motivata)",
    );
    expect((await app.inject({ method: "DELETE", url: `/api/evidence/${file.id}`, headers: rpct.headers })).statusCode).toBe(409);
    const readable = await app.inject({ method: "GET", url: `/api/evidence/${file.id}/download`, headers: reader.headers });
    expect(readable.statusCode).toBe(200);

    await updateWorkflow(handle.db, key, { state: "draft" });
    const removed = await app.inject({ method: "DELETE", url: `/api/evidence/${file.id}`, headers: rpct.headers });
    expect(removed.statusCode).toBe(204);
    expect((await app.inject({ method: "GET", url: `/api/evidence/${file.id}/download`, headers: office.headers })).statusCode).toBe(404);
    expect((await audit(file.id)).map((r) => r.action)).toEqual(["delete", "create"]);
  });
});
