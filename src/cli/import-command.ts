// `traguardo import`: a document read by the importers and written as one audited change, as an import through
// the API is — the audit trail names the command line as the actor ("cli"), and the same state rules apply (an
// approved plan or one with closed periods is not replaced).
import type { Database } from "../db/connect";
import type { PlanBundle } from "../domain/model";
import { importFile } from "../io/import";
import { ConflictError } from "../auth/errors";
import type { Actor } from "../audit/audit-log";
import { savePlanAudited } from "../workflow/plan-changes";

/** Who acts when the command line writes: no account, no address. */
export const CLI_ACTOR: Actor = { accountId: null, label: "cli", ip: null };

export type CliImportResult =
  | { ok: true; planId: string; layout: string; bundle: PlanBundle }
  | { ok: false; errors: { location: string | null; message: string }[] };

export async function importDocument(db: Database, bytes: Uint8Array, fileName: string): Promise<CliImportResult> {
  const result = await importFile(bytes, fileName);
  if (!result.ok) return { ok: false, errors: result.errors.map((e) => ({ location: e.location ?? null, message: e.message })) };
  try {
    const planId = await savePlanAudited(db, result.bundle, CLI_ACTOR, "import");
    return { ok: true, planId, layout: result.layout, bundle: result.bundle };
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, errors: [{ location: null, message: error.message }] };
    throw error;
  }
}
