// Uploaded text files from Italian offices come out of Excel and Word in one of three encodings:
// UTF-8, UTF-8 with a byte-order mark (Excel's "CSV UTF-8"), or Windows-1252 (Excel's plain "CSV" and
// Word's "Testo normale" on Italian Windows). We turn the bytes into one normalised string so importers
// never see a BOM, a carriage return or a mis-decoded "Ã¨" where the file said "è".

export type TextEncodingName = "utf-8" | "utf-8-bom" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeText(bytes: Uint8Array): DecodedText {
  rejectUtf16(bytes);
  if (startsWith(bytes, UTF8_BOM)) {
    // A BOM promises UTF-8; bytes that break the promise are replaced rather than reinterpreted.
    return { text: normaliseNewlines(new TextDecoder("utf-8").decode(bytes.subarray(3))), encoding: "utf-8-bom" };
  }
  const utf8 = tryDecodeUtf8(bytes);
  if (utf8 !== null) return { text: normaliseNewlines(utf8), encoding: "utf-8" };
  // Any byte sequence is valid Windows-1252, so this is the fallback. Italian text written in it
  // ("è" = 0xE8 followed by a space) is almost never valid UTF-8, which is why trying UTF-8 first is safe.
  return { text: normaliseNewlines(decodeWindows1252(bytes)), encoding: "windows-1252" };
}

// Node ≥ 20.18.3 decodes "windows-1252" as Latin-1, so 0x92 comes out as the control U+0092 instead of "’"
// (nodejs/node#56542, #60888). We map the C1 range ourselves; on a fixed Node the map finds nothing to do.
// Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned in Windows-1252 and stay U+0081… as the WHATWG standard says.
const WINDOWS_1252_C1: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š",
  0x8b: "‹", 0x8c: "Œ", 0x8e: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—",
  0x98: "˜", 0x99: "™", 0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252")
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c1) => WINDOWS_1252_C1[c1.charCodeAt(0)] ?? c1);
}

function tryDecodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The file is in an encoding we do not read; the message tells the user how to save it instead. */
export class UnsupportedEncodingError extends Error {
  override name = "UnsupportedEncodingError";
}

// Excel's "Testo Unicode" is UTF-16: decoding it as Windows-1252 would silently interleave NUL characters
// in every word, so we stop with a message the user can act on.
function rejectUtf16(bytes: Uint8Array): void {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new UnsupportedEncodingError(
      "Il file è in UTF-16 (\"Testo Unicode\"): salvarlo come \"CSV UTF-8\" o come testo UTF-8 e caricarlo di nuovo.",
    );
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** Windows line ends (CRLF) and old Mac ones (lone CR) both become LF. */
function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
