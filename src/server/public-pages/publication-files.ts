// The files of a publication, made from its frozen plan and evaluation (never from the live plan): the five
// report formats and the DCAT-AP_IT metadata. Shared by the API (/api/publications/:id/…) and the public pages
// (/trasparenza/:id/…).
import type { Publication } from "../../db/publications";
import { dcatDataset, withContext, type Distribution } from "../../io/open-data/dcat-ap-it";
import { buildOpenDataDocument } from "../../io/open-data/open-data-document";
import type { PdfPrinter } from "../../io/reports/pdf-printer";
import { formatOfFile, REPORT_FILES, REPORT_FORMATS, renderReport, type ReportFile } from "../../io/reports/render-report";

export const METADATA_FILE = "metadati.jsonld";
export const PUBLICATION_FILES = [...REPORT_FORMATS.map((f) => REPORT_FILES[f].name), METADATA_FILE] as const;

export interface Download {
  file: string;
  label: string;
  url: string;
}

const DCAT_FORMATS = { docx: "DOCX", pdf: "PDF", xlsx: "XLSX", csv: "CSV", json: "JSON" } as const;

/** The downloads of a publication under `prefix` ("/trasparenza/<id>" or "/api/publications/<id>"). */
export function publicationDownloads(prefix: string): Download[] {
  return [
    ...REPORT_FORMATS.map((f) => ({ file: REPORT_FILES[f].name, label: REPORT_FILES[f].label, url: `${prefix}/${REPORT_FILES[f].name}` })),
    { file: METADATA_FILE, label: "Metadati DCAT-AP_IT (JSON-LD)", url: `${prefix}/${METADATA_FILE}` },
  ];
}

export function publicPageUrl(baseUrl: string, publicationId: string): string {
  return `${baseUrl}/trasparenza/${encodeURIComponent(publicationId)}`;
}

/** The DCAT-AP_IT dataset of a publication, pointing at its public downloads. */
export function publicationDataset(publication: Publication, baseUrl: string): Record<string, unknown> {
  const page = publicPageUrl(baseUrl, publication.id);
  const doc = buildOpenDataDocument(publication.bundle, publication.evaluation, { id: publication.id, publishedAt: publication.publishedAt });
  const distributions: Distribution[] = REPORT_FORMATS.map((f) => ({
    format: DCAT_FORMATS[f],
    title: REPORT_FILES[f].label,
    downloadUrl: `${page}/${REPORT_FILES[f].name}`,
    conformsTo: f === "csv" ? `${baseUrl}/trasparenza/dizionario.csv` : f === "json" ? `${baseUrl}/trasparenza/open-data.schema.json` : undefined,
  }));
  return dcatDataset({ doc, pageUrl: page, distributions, issued: publication.publishedAt, email: publication.bundle.organisation.email });
}

export async function renderPublicationFile(
  publication: Publication,
  file: string,
  options: { printer: PdfPrinter; baseUrl: string },
): Promise<ReportFile | null> {
  if (file === METADATA_FILE) {
    return {
      bytes: Buffer.from(`${JSON.stringify(withContext(publicationDataset(publication, options.baseUrl)), null, 2)}\n`),
      contentType: "application/ld+json; charset=utf-8",
      fileName: `${publication.planId.replace(/[^A-Za-z0-9._-]+/g, "-")}-${METADATA_FILE}`,
    };
  }
  const format = formatOfFile(file);
  if (!format) return null;
  return renderReport({ bundle: publication.bundle, evaluation: publication.evaluation }, format, {
    printer: options.printer,
    // the document carries the date of its publication, so every download of it is the same document
    generatedOn: publication.publishedAt.slice(0, 10),
    publication: { id: publication.id, publishedAt: publication.publishedAt },
  });
}
