// Metadata of the published open data in DCAT-AP_IT (the Italian profile of DCAT-AP, AgID), as JSON-LD:
// a dataset per publication with its distributions (CSV, JSON, XLSX, PDF, DOCX), and the catalogue of all
// publications, so dati.gov.it and other harvesters can find them. Licence CC BY 4.0 unless told otherwise.
import type { OpenDataDocument } from "./open-data-schema";

export const DCAT_CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  dcatapit: "http://dati.gov.it/onto/dcatapit#",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;

const EU = "http://publications.europa.eu/resource/authority";

export const CC_BY_40 = {
  "@id": "https://w3id.org/italia/controlled-vocabulary/licences/A21_CCBY40",
  "@type": ["dcatapit:LicenseDocument", "dct:LicenseDocument"],
  "foaf:name": "Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)",
};

export type DistributionFormat = "CSV" | "JSON" | "XLSX" | "PDF" | "DOCX";

const MEDIA_TYPES: Record<DistributionFormat, string> = {
  CSV: "text/csv",
  JSON: "application/json",
  XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  PDF: "application/pdf",
  DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

export interface Distribution {
  format: DistributionFormat;
  title: string;
  downloadUrl: string;
  /** JSON Schema or data dictionary the file conforms to. */
  conformsTo?: string;
}

export interface DatasetInput {
  doc: OpenDataDocument;
  /** the public page of the publication: the dataset's identity and landing page. */
  pageUrl: string;
  distributions: Distribution[];
  /** ISO date-time of the publication. */
  issued: string;
  email?: string | null;
  licence?: typeof CC_BY_40;
}

const text = (value: string) => ({ "@value": value, "@language": "it" });
const date = (iso: string) => ({ "@value": iso.slice(0, 10), "@type": "xsd:date" });

function agent(doc: OpenDataDocument) {
  return {
    "@type": ["dcatapit:Agent", "foaf:Agent"],
    "dct:identifier": doc.organisation.taxCode ?? doc.organisation.id,
    "foaf:name": doc.organisation.name,
  };
}

/** The dataset node (without @context), to embed in a catalogue or wrap with `withContext`. */
export function dcatDataset(input: DatasetInput): Record<string, unknown> {
  const { doc } = input;
  const period = doc.period ? ` — ${doc.period.label}` : "";
  const licence = input.licence ?? CC_BY_40;
  return {
    "@id": input.pageUrl,
    "@type": ["dcatapit:Dataset", "dcat:Dataset"],
    "dct:identifier": `${doc.organisation.taxCode ?? doc.organisation.id}:${doc.publication?.id ?? doc.plan.id}`,
    "dct:title": text(`${doc.plan.title}${period} — obiettivi, indicatori e risultati`),
    "dct:description": text(
      `Obiettivi, indicatori, target e risultati del piano «${doc.plan.title}» di ${doc.organisation.name}` +
        (doc.period ? ` al ${doc.period.cutoffDate.split("-").reverse().join("/")}` : "") +
        ", pubblicati in Amministrazione trasparente (D.Lgs. 33/2013).",
    ),
    "dct:issued": date(input.issued),
    "dct:modified": date(input.issued),
    "dct:language": { "@id": `${EU}/language/ITA` },
    "dcat:theme": { "@id": `${EU}/data-theme/GOVE` },
    "dct:accrualPeriodicity": { "@id": `${EU}/frequency/ANNUAL` },
    "dct:temporal": {
      "@type": "dct:PeriodOfTime",
      "dcat:startDate": date(`${doc.plan.yearFrom}-01-01`),
      "dcat:endDate": date(`${doc.plan.yearTo}-12-31`),
    },
    "dct:publisher": agent(doc),
    "dct:rightsHolder": agent(doc),
    "dcat:contactPoint": {
      "@type": ["dcatapit:Organization", "vcard:Organization"],
      "vcard:fn": doc.organisation.name,
      ...(input.email ? { "vcard:hasEmail": { "@id": `mailto:${input.email}` } } : {}),
    },
    "dcat:keyword": ["piano della performance", "obiettivi", "indicatori", "amministrazione trasparente"].map(text),
    "dcat:landingPage": { "@id": input.pageUrl },
    "dcat:distribution": input.distributions.map((d) => ({
      "@id": d.downloadUrl,
      "@type": ["dcatapit:Distribution", "dcat:Distribution"],
      "dct:title": text(d.title),
      "dct:format": { "@id": `${EU}/file-type/${d.format}` },
      "dcat:mediaType": MEDIA_TYPES[d.format],
      "dcat:accessURL": { "@id": input.pageUrl },
      "dcat:downloadURL": { "@id": d.downloadUrl },
      "dct:license": licence,
      ...(d.conformsTo ? { "dct:conformsTo": { "@id": d.conformsTo } } : {}),
    })),
  };
}

export function withContext(node: Record<string, unknown>): Record<string, unknown> {
  return { "@context": DCAT_CONTEXT, ...node };
}

/** The catalogue of every publication, for harvesters. */
export function dcatCatalog(input: { catalogUrl: string; homepage: string; title: string; issued: string | null; datasets: Record<string, unknown>[]; publisherName: string }): Record<string, unknown> {
  return withContext({
    "@id": input.catalogUrl,
    "@type": ["dcatapit:Catalog", "dcat:Catalog"],
    "dct:title": text(input.title),
    "dct:description": text("Piani della performance e risultati pubblicati in Amministrazione trasparente."),
    "dct:publisher": { "@type": ["dcatapit:Agent", "foaf:Agent"], "foaf:name": input.publisherName },
    ...(input.issued ? { "dct:modified": date(input.issued) } : {}),
    "dct:language": { "@id": `${EU}/language/ITA` },
    "foaf:homepage": { "@id": input.homepage },
    "dcat:dataset": input.datasets,
  });
}
