import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBundle } from "../io/reports/seed-plans.fixture";
import type { DatabaseHandle } from "./connect";
import { deleteEvidenceFile, findEvidenceFiles, getEvidenceFile, insertEvidenceFile, readEvidenceContent } from "./evidence-files";
import { deletePlan, savePlanBundle } from "./plan-store";
import { createTestDatabase, testDatabaseKinds } from "./test-database";

// every byte value, so that an encoding slip (text instead of bytea, escaping) shows
const CONTENT = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));

describe.each(testDatabaseKinds())("evidence files in the database on %s", (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await savePlanBundle(handle.db, seedBundle("arti"));
  });
  afterAll(() => handle.close());

  const file = (indicatorId: string, fileName: string) => ({
    organisationId: "arti-toscana",
    planId: "arti-2021",
    indicatorId,
    periodId: "arti-2021:30-06-2021",
    fileName,
    mediaType: "application/octet-stream",
    content: CONTENT,
    uploadedBy: "prova",
    uploadedByLabel: "Prova",
  });

  it("stores the bytes as they were (512 bytes, every value), with size and SHA-256; lists never carry the content", async () => {
    const stored = await insertEvidenceFile(handle.db, file("arti-2021:obj-1.5:ind-2", "a.bin"));
    expect(stored).toMatchObject({ sizeBytes: 512, sha256: createHash("sha256").update(CONTENT).digest("hex"), assigneeId: null });
    expect(Buffer.from((await readEvidenceContent(handle.db, stored.id))!).equals(CONTENT)).toBe(true);
    expect(await getEvidenceFile(handle.db, stored.id)).toEqual(stored);
    await insertEvidenceFile(handle.db, file("arti-2021:obj-4.4:ind-1", "b.bin"));
    expect((await findEvidenceFiles(handle.db, { planId: "arti-2021" })).map((f) => f.fileName)).toEqual(["a.bin", "b.bin"]);
    expect((await findEvidenceFiles(handle.db, { planId: "arti-2021", indicatorId: "arti-2021:obj-4.4:ind-1" })).map((f) => f.fileName)).toEqual(["b.bin"]);
    expect("content" in (await findEvidenceFiles(handle.db, { planId: "arti-2021" }))[0]!).toBe(false);
  });

  it("deletes one file; the files go with their plan", async () => {
    const [first] = await findEvidenceFiles(handle.db, { planId: "arti-2021" });
    expect(await deleteEvidenceFile(handle.db, "arti-toscana", first!.id)).toBe(true);
    expect(await deleteEvidenceFile(handle.db, "arti-toscana", first!.id)).toBe(false);
    expect(await findEvidenceFiles(handle.db, { planId: "arti-2021" })).toHaveLength(1);
    await deletePlan(handle.db, "arti-2021");
    expect(await findEvidenceFiles(handle.db, { planId: "arti-2021" })).toEqual([]);
  });
});
