// Streaming CSV for service-data exports: ";" (Italian Excel), "," or tab separated, quoted fields with "" escapes
// and line breaks, UTF-8 with or without BOM or Windows-1252. Every record keeps the line it starts on, so a
// rejected row is reported as "riga 1.234" of the file the user has.
import type { Readable } from "node:stream";

export interface CsvRecord {
  /** 1-based physical line where the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

export type CsvEncoding = "utf-8" | "utf-8-bom" | "windows-1252";

/** Incremental RFC 4180 parser: feed text, get the records completed so far. */
export class CsvParser {
  private field = "";
  private fields: string[] = [];
  private isQuoted = false;
  private wasQuoteInQuoted = false;
  private line = 1;
  private recordLine = 1;
  private isAfterCarriageReturn = false;

  constructor(readonly separator: string) {}

  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const sep = this.separator;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (this.isAfterCarriageReturn) {
        this.isAfterCarriageReturn = false;
        if (c === "\n") continue; // the \n of a \r\n already ended the record
      }
      if (this.isQuoted) {
        if (this.wasQuoteInQuoted) {
          this.wasQuoteInQuoted = false;
          if (c === '"') {
            this.field += '"';
            continue;
          }
          this.isQuoted = false; // the quote closed the field: fall through to handle c unquoted
        } else if (c === '"') {
          this.wasQuoteInQuoted = true;
          continue;
        } else {
          if (c === "\n") this.line++;
          this.field += c;
          continue;
        }
      }
      if (c === sep) {
        this.fields.push(this.field);
        this.field = "";
      } else if (c === "\n" || c === "\r") {
        this.isAfterCarriageReturn = c === "\r";
        this.fields.push(this.field);
        out.push({ line: this.recordLine, fields: this.fields });
        this.fields = [];
        this.field = "";
        this.line++;
        this.recordLine = this.line;
      } else if (c === '"' && this.field === "") {
        this.isQuoted = true;
      } else {
        this.field += c;
      }
    }
    return out;
  }

  /** Completes the last record when the file does not end with a newline. */
  end(): CsvRecord[] {
    if (this.isQuoted && !this.wasQuoteInQuoted) {
      throw new Error(`virgolette non chiuse nel record che inizia alla riga ${this.recordLine}`);
    }
    if (this.field === "" && this.fields.length === 0) return [];
    this.fields.push(this.field);
    const record = { line: this.recordLine, fields: this.fields };
    this.fields = [];
    this.field = "";
    return [record];
  }
}

/** The separator used most in the header line, outside quotes. */
export function detectSeparator(headerLine: string): string {
  const counts = new Map<string, number>([
    [";", 0],
    [",", 0],
    ["\t", 0],
  ]);
  let isQuoted = false;
  for (const c of headerLine) {
    if (c === '"') isQuoted = !isQuoted;
    else if (!isQuoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

export function detectEncoding(head: Uint8Array): CsvEncoding {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new Error('Il file è in UTF-16 ("Testo Unicode"): salvarlo come "CSV UTF-8" e caricarlo di nuovo.');
  }
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8-bom";
  try {
    // stream: true tolerates a multi-byte character cut at the end of the sample.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

// Node decodes "windows-1252" as Latin-1 for 0x80–0x9F (nodejs/node#56542): map the printable ones back.
const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}

export interface CsvBatch {
  header: string[];
  records: CsvRecord[];
  /** bytes consumed so far, for progress. */
  bytesRead: number;
  encoding: CsvEncoding;
  separator: string;
}

/** Reads a byte stream into batches of records; the header is returned with every batch, not as a record. */
export async function* readCsvBatches(stream: Readable, batchSize = 50_000): AsyncGenerator<CsvBatch> {
  let decoder: TextDecoder | null = null;
  let encoding: CsvEncoding = "utf-8";
  let parser: CsvParser | null = null;
  let pendingText = "";
  let header: string[] | null = null;
  let pending: CsvRecord[] = [];
  let bytesRead = 0;
  let hasSeenNonAscii = false;

  const take = (records: CsvRecord[]) => {
    for (const record of records) {
      if (!header) header = record.fields.map((f) => f.trim());
      else if (!(record.fields.length === 1 && record.fields[0]!.trim() === "")) pending.push(record);
    }
  };

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let bytes: Uint8Array = chunk;
    if (!decoder) {
      encoding = detectEncoding(bytes.subarray(0, 65_536));
      if (encoding === "utf-8-bom") bytes = bytes.subarray(3);
      decoder = new TextDecoder(encoding === "windows-1252" ? "windows-1252" : "utf-8", { fatal: encoding !== "windows-1252" });
    }
    bytesRead += chunk.length;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      // The sample looked like UTF-8 because it was plain ASCII; the first accented letter came later and is
      // not UTF-8: the file is Windows-1252, and everything read so far reads the same in both.
      if (encoding !== "utf-8" || hasSeenNonAscii) {
        throw new Error(`caratteri non validi in UTF-8 verso il byte ${bytesRead}: salvare il file come CSV UTF-8`);
      }
      encoding = "windows-1252";
      decoder = new TextDecoder("windows-1252");
      text = decoder.decode(bytes, { stream: true });
    }
    if (!hasSeenNonAscii && bytes.some((b) => b >= 0x80)) hasSeenNonAscii = true;
    if (encoding === "windows-1252") text = fixWindows1252(text);
    if (!parser) {
      pendingText += text;
      const newline = pendingText.search(/[\r\n]/);
      if (newline < 0) continue;
      parser = new CsvParser(detectSeparator(pendingText.slice(0, newline)));
      text = pendingText;
      pendingText = "";
    }
    take(parser.push(text));
    if (pending.length >= batchSize && header) {
      yield { header, records: pending, bytesRead, encoding, separator: parser.separator };
      pending = [];
    }
  }
  if (!parser) {
    if (!pendingText.trim()) throw new Error("il file è vuoto");
    parser = new CsvParser(detectSeparator(pendingText));
    take(parser.push(pendingText));
  }
  take(parser.end());
  if (!header) throw new Error("il file è vuoto");
  yield { header, records: pending, bytesRead, encoding, separator: parser.separator };
}
