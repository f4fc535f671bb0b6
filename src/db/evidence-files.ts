// Evidence files of monitoring values: the bytes (bytea) and what describes them. Lists never read the content;
// only a download does.
import { createHash, randomUUID } from "node:crypto";
import { and, asc, eq, type SQL } from "drizzle-orm";
import type { Database } from "./connect";
import { evidenceFiles } from "./schema-evaluation";

/** An evidence file as lists show it (no content). */
export interface EvidenceFile {
  id: string;
  organisationId: string;
  planId: string;
  indicatorId: string;
  periodId: string;
  assigneeId: string | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  /** ISO instant. */
  uploadedAt: string;
  uploadedBy: string;
  uploadedByLabel: string;
}

export interface NewEvidenceFile {
  organisationId: string;
  planId: string;
  indicatorId: string;
  periodId: string;
  assigneeId?: string | null;
  fileName: string;
  mediaType: string;
  content: Uint8Array;
  uploadedBy: string;
  uploadedByLabel: string;
}

const described = {
  id: evidenceFiles.id,
  organisationId: evidenceFiles.organisationId,
  planId: evidenceFiles.planId,
  indicatorId: evidenceFiles.indicatorId,
  periodId: evidenceFiles.periodId,
  assigneeId: evidenceFiles.assigneeId,
  fileName: evidenceFiles.fileName,
  mediaType: evidenceFiles.mediaType,
  sizeBytes: evidenceFiles.sizeBytes,
  sha256: evidenceFiles.sha256,
  uploadedAt: evidenceFiles.uploadedAt,
  uploadedBy: evidenceFiles.uploadedBy,
  uploadedByLabel: evidenceFiles.uploadedByLabel,
};

function toEvidence(row: Omit<EvidenceFile, "uploadedAt"> & { uploadedAt: Date }): EvidenceFile {
  return { ...row, uploadedAt: row.uploadedAt.toISOString() };
}

export function sha256Hex(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

export async function insertEvidenceFile(db: Pick<Database, "insert">, file: NewEvidenceFile): Promise<EvidenceFile> {
  const [row] = await db
    .insert(evidenceFiles)
    .values({
      ...file,
      id: randomUUID(),
      assigneeId: file.assigneeId ?? null,
      sizeBytes: file.content.byteLength,
      sha256: sha256Hex(file.content),
    })
    .returning(described);
  return toEvidence(row!);
}

/** Files of a plan, optionally of one indicator and/or period, oldest first. */
export async function findEvidenceFiles(db: Database, filter: { planId: string; indicatorId?: string; periodId?: string }): Promise<EvidenceFile[]> {
  const conditions: SQL[] = [eq(evidenceFiles.planId, filter.planId)];
  if (filter.indicatorId) conditions.push(eq(evidenceFiles.indicatorId, filter.indicatorId));
  if (filter.periodId) conditions.push(eq(evidenceFiles.periodId, filter.periodId));
  const rows = await db
    .select(described)
    .from(evidenceFiles)
    .where(and(...conditions))
    .orderBy(asc(evidenceFiles.uploadedAt), asc(evidenceFiles.fileName));
  return rows.map(toEvidence);
}

/** One file's description, or null. Ids are UUIDs, unique across organisations. */
export async function getEvidenceFile(db: Database, id: string): Promise<EvidenceFile | null> {
  const [row] = await db.select(described).from(evidenceFiles).where(eq(evidenceFiles.id, id));
  return row ? toEvidence(row) : null;
}

/** The stored bytes of a file, or null. */
export async function readEvidenceContent(db: Database, id: string): Promise<Uint8Array | null> {
  const [row] = await db.select({ content: evidenceFiles.content }).from(evidenceFiles).where(eq(evidenceFiles.id, id));
  return row ? row.content : null;
}

export async function deleteEvidenceFile(db: Pick<Database, "delete">, organisationId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(evidenceFiles)
    .where(and(eq(evidenceFiles.organisationId, organisationId), eq(evidenceFiles.id, id)))
    .returning({ id: evidenceFiles.id });
  return deleted.length > 0;
}
