// From an uploaded file to a validated plan: pick the layout, parse, read the targets, validate against the model.
// Pure: bytes in, { ok, bundle | errors } out; writing to the database is a separate step (savePlanBundle).
import { PlanBundle } from "../../domain/model";
import { resolveTargets } from "../../domain/resolve-targets";
import { decodeText, UnsupportedEncodingError } from "../decode-text";
import { importPlanTemplate } from "../xlsx-template/import-template";
import { afolPianoImporter } from "./afol-piano";
import { anpalRapportoImporter } from "./anpal-rapporto";
import { artiMonitoraggioImporter } from "./arti-monitoraggio";
import { lombardiaObiettiviImporter } from "./lombardia-obiettivi";
import type { ImportError, TextImporter } from "./types";

export const TEXT_IMPORTERS: readonly TextImporter[] = [
  afolPianoImporter,
  artiMonitoraggioImporter,
  anpalRapportoImporter,
  lombardiaObiettiviImporter,
];

export type PlanImportResult =
  | { ok: true; bundle: PlanBundle; layout: string }
  | { ok: false; errors: ImportError[]; layout: string | null };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** Validates what an importer produced and fills in the parsed targets. */
function finish(candidate: unknown, layout: string): PlanImportResult {
  const parsed = PlanBundle.safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      layout,
      errors: parsed.error.issues.map((issue) => ({ location: issue.path.join("."), message: issue.message })),
    };
  }
  return { ok: true, layout, bundle: PlanBundle.parse(resolveTargets(parsed.data)) };
}

export function importText(text: string, fileName: string): PlanImportResult {
  const importer = TEXT_IMPORTERS.find((candidate) => candidate.detect(text));
  if (!importer) {
    const known = TEXT_IMPORTERS.map((i) => i.description).join("; ");
    return {
      ok: false,
      layout: null,
      errors: [{ location: fileName, message: `Formato del documento non riconosciuto. Formati supportati: ${known}; modello XLSX di Traguardo.` }],
    };
  }
  const result = importer.parse(text, fileName);
  if (!result.ok) return { ok: false, layout: importer.layout, errors: result.errors };
  return finish(result.bundle, importer.layout);
}

/** Any supported file: the Traguardo XLSX template or one of the text layouts (UTF-8 or Windows-1252). */
export async function importFile(bytes: Uint8Array, fileName: string): Promise<PlanImportResult> {
  if (bytes.length === 0) return { ok: false, layout: null, errors: [{ location: fileName, message: "Il file è vuoto" }] };
  if (isZip(bytes)) {
    const result = await importPlanTemplate(Buffer.from(bytes));
    if (!result.ok) return { ok: false, layout: "xlsx", errors: result.errors };
    return finish(result.bundle, "xlsx");
  }
  try {
    return importText(decodeText(bytes).text, fileName);
  } catch (error) {
    if (error instanceof UnsupportedEncodingError) return { ok: false, layout: null, errors: [{ location: fileName, message: error.message }] };
    throw error;
  }
}
