import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { CsvParser, detectEncoding, detectSeparator, readCsvBatches } from "./csv-records";

async function readAll(bytes: Uint8Array | string, chunkSize = 7) {
  const buffer = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : Buffer.from(bytes);
  const chunks: Buffer[] = [];
  for (let i = 0; i < buffer.length; i += chunkSize) chunks.push(buffer.subarray(i, i + chunkSize));
  const batches = [];
  for await (const batch of readCsvBatches(Readable.from(chunks), 2)) batches.push(batch);
  return { header: batches[0]!.header, records: batches.flatMap((b) => b.records), last: batches.at(-1)! };
}

describe("CsvParser", () => {
  it("campi tra virgolette con ; e a capo: il record resta sulla riga dove inizia", () => {
    const parser = new CsvParser(";");
    const records = [...parser.push('a;b\n1;"x;y"\n2;"riga\nseconda"\n3;"c""d"\n'), ...parser.end()];
    expect(records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "x;y"] },
      { line: 3, fields: ["2", "riga\nseconda"] },
      { line: 5, fields: ["3", 'c"d'] },
    ]);
  });

  it("fine riga Windows (\\r\\n) anche spezzata tra due blocchi, e ultima riga senza a capo", () => {
    const parser = new CsvParser(",");
    const records = [...parser.push("a,b\r"), ...parser.push("\n1,2\r\n3,4"), ...parser.end()];
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ["a", "b"]],
      [2, ["1", "2"]],
      [3, ["3", "4"]],
    ]);
  });

  it("virgolette non chiuse: errore con la riga di inizio", () => {
    const parser = new CsvParser(";");
    parser.push('a;b\n1;"aperto\n');
    expect(() => parser.end()).toThrow("virgolette non chiuse nel record che inizia alla riga 2");
  });
});

describe("separatore e codifica", () => {
  it("il separatore più usato nell'intestazione, fuori dalle virgolette", () => {
    expect(detectSeparator("event_id;person_id;event_date")).toBe(";");
    expect(detectSeparator('"a;b",c,d')).toBe(",");
    expect(detectSeparator("a\tb\tc")).toBe("\t");
  });

  it("UTF-8 con BOM, UTF-8, Windows-1252, UTF-16 rifiutato", () => {
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toBe("utf-8-bom");
    expect(detectEncoding(Buffer.from("città", "utf8"))).toBe("utf-8");
    expect(detectEncoding(Uint8Array.from([0x63, 0x69, 0x74, 0x74, 0xe0, 0x3b]))).toBe("windows-1252");
    expect(() => detectEncoding(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]))).toThrow(/UTF-16/);
  });

  it("un file Excel in Windows-1252 con BOM assente: «Città» e «€» letti giusti, a blocchi di 7 byte", async () => {
    const latin = Buffer.concat([Buffer.from("office_code;office_name\nC01;Citt"), Buffer.from([0xe0, 0x20, 0x80]), Buffer.from("\n")]);
    const { records, last } = await readAll(latin);
    expect(last.encoding).toBe("windows-1252");
    expect(records).toEqual([{ line: 2, fields: ["C01", "Città €"] }]);
  });

  it("BOM UTF-8 tolto dall'intestazione; righe vuote saltate; numeri di riga fisici", async () => {
    const { header, records } = await readAll("\ufeffa;b\n1;2\n\n3;4\n");
    expect(header).toEqual(["a", "b"]);
    expect(records.map((r) => r.line)).toEqual([2, 4]);
  });

  it("un file vuoto è un errore", async () => {
    await expect(readAll("")).rejects.toThrow("il file è vuoto");
  });
});
