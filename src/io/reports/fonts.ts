// Titillium Web, the typeface of the Italian PA design system (shipped by bootstrap-italia, SIL Open Font
// Licence): embedded in the PDF's HTML so the document looks the same wherever it is printed, and served to
// the public pages. Read once, on first use.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const FONT_DIR = fileURLToPath(new URL("../../../node_modules/bootstrap-italia/dist/fonts/Titillium_Web/", import.meta.url));

/** weight → file; italic only for the body text weight. */
export const TITILLIUM_FACES = [
  { weight: 400, style: "normal", file: "titillium-web-v10-latin-ext_latin-regular.woff2" },
  { weight: 400, style: "italic", file: "titillium-web-v10-latin-ext_latin-italic.woff2" },
  { weight: 600, style: "normal", file: "titillium-web-v10-latin-ext_latin-600.woff2" },
  { weight: 700, style: "normal", file: "titillium-web-v10-latin-ext_latin-700.woff2" },
] as const;

let embedded: string | null = null;

/** @font-face rules with the fonts inlined (data: URLs), for HTML printed without a server. Empty when missing. */
export function embeddedFontCss(): string {
  embedded ??= TITILLIUM_FACES.filter((f) => existsSync(FONT_DIR + f.file))
    .map(
      (f) =>
        `@font-face{font-family:"Titillium Web";font-style:${f.style};font-weight:${f.weight};font-display:block;` +
        `src:url(data:font/woff2;base64,${readFileSync(FONT_DIR + f.file).toString("base64")}) format("woff2")}`,
    )
    .join("\n");
  return embedded;
}

/** @font-face rules pointing at `baseUrl` + file name, for pages served over HTTP. */
export function linkedFontCss(baseUrl: string): string {
  return TITILLIUM_FACES.map(
    (f) => `@font-face{font-family:"Titillium Web";font-style:${f.style};font-weight:${f.weight};font-display:swap;src:url(${baseUrl}${f.file}) format("woff2")}`,
  ).join("\n");
}
