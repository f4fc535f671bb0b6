// Which files may support a monitoring value, and the media type each is stored and served with. The type comes
// from the extension, never from what the browser says, and the first bytes must agree with it: a file named
// .pdf that is not a PDF is refused, and nothing stored is ever served as HTML or SVG (script in a download).

/** The largest evidence file accepted. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

type Signature = "pdf" | "png" | "jpeg" | "gif" | "webp" | "tiff" | "zip" | "ole" | "text";

const TYPES: Record<string, { mediaType: string; signature: Signature }> = {
  pdf: { mediaType: "application/pdf", signature: "pdf" },
  png: { mediaType: "image/png", signature: "png" },
  jpg: { mediaType: "image/jpeg", signature: "jpeg" },
  jpeg: { mediaType: "image/jpeg", signature: "jpeg" },
  gif: { mediaType: "image/gif", signature: "gif" },
  webp: { mediaType: "image/webp", signature: "webp" },
  tif: { mediaType: "image/tiff", signature: "tiff" },
  tiff: { mediaType: "image/tiff", signature: "tiff" },
  docx: { mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", signature: "zip" },
  xlsx: { mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", signature: "zip" },
  pptx: { mediaType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", signature: "zip" },
  odt: { mediaType: "application/vnd.oasis.opendocument.text", signature: "zip" },
  ods: { mediaType: "application/vnd.oasis.opendocument.spreadsheet", signature: "zip" },
  odp: { mediaType: "application/vnd.oasis.opendocument.presentation", signature: "zip" },
  doc: { mediaType: "application/msword", signature: "ole" },
  xls: { mediaType: "application/vnd.ms-excel", signature: "ole" },
  ppt: { mediaType: "application/vnd.ms-powerpoint", signature: "ole" },
  csv: { mediaType: "text/csv", signature: "text" },
  txt: { mediaType: "text/plain", signature: "text" },
};

/** For the file picker: ".pdf,.png,…". */
export const EVIDENCE_EXTENSIONS = Object.keys(TYPES).map((e) => `.${e}`);

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

function matches(signature: Signature, bytes: Uint8Array): boolean {
  switch (signature) {
    case "pdf":
      return startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2d); // %PDF-
    case "png":
      return startsWith(bytes, 0x89, 0x50, 0x4e, 0x47);
    case "jpeg":
      return startsWith(bytes, 0xff, 0xd8, 0xff);
    case "gif":
      return startsWith(bytes, 0x47, 0x49, 0x46, 0x38);
    case "webp":
      return startsWith(bytes, 0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45;
    case "tiff":
      return startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) || startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a);
    case "zip":
      return startsWith(bytes, 0x50, 0x4b, 0x03, 0x04);
    case "ole":
      return startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0);
    case "text":
      // CSV and text from Excel: UTF-8 or Windows-1252, never NUL bytes (a binary renamed .csv has them)
      return !bytes.subarray(0, 4096).includes(0);
  }
}

export type EvidenceTypeCheck = { ok: true; mediaType: string } | { ok: false; message: string };

/** The media type to store for this file, or why it is refused (Italian, naming the file). */
export function checkEvidenceType(fileName: string, content: Uint8Array): EvidenceTypeCheck {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const type = TYPES[extension];
  if (!type) {
    return {
      ok: false,
      message: `«${fileName}»: tipo di file non ammesso; sono ammessi PDF, immagini (PNG, JPEG, GIF, WebP, TIFF), documenti Office e OpenDocument, CSV e testo`,
    };
  }
  if (content.byteLength === 0) return { ok: false, message: `«${fileName}»: il file è vuoto` };
  if (!matches(type.signature, content)) {
    return { ok: false, message: `«${fileName}»: il contenuto non corrisponde a un file .${extension}` };
  }
  return { ok: true, mediaType: type.mediaType };
}

/** "10 MB", for messages. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString("it-IT", { maximumFractionDigits: 1 })} MB`;
}
