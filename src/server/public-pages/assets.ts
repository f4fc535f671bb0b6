// The public pages' style: Bootstrap Italia's CSS and the Titillium Web fonts, served from node_modules
// (read once), and a few rules of our own for the status badges and the score.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FONT_DIR, linkedFontCss, TITILLIUM_FACES } from "../../io/reports/fonts";
import { ASSETS_PREFIX } from "./page-layout";

const BOOTSTRAP_CSS = fileURLToPath(new URL("../../../node_modules/bootstrap-italia/dist/css/bootstrap-italia.min.css", import.meta.url));

let bootstrap: Buffer | null = null;

export function bootstrapItaliaCss(): Buffer {
  bootstrap ??= readFileSync(BOOTSTRAP_CSS);
  return bootstrap;
}

export const FONT_FILES: readonly string[] = TITILLIUM_FACES.map((f) => f.file);

export function fontFile(name: string): Buffer | null {
  return FONT_FILES.includes(name) ? readFileSync(FONT_DIR + name) : null;
}

/** Colours with white text at 4.5:1 or more, as in the Relazione. */
export function trasparenzaCss(): string {
  return `${linkedFontCss(`${ASSETS_PREFIX}/fonts/`)}
.skip-link{position:absolute;left:1rem;top:1rem;z-index:1000;background:#fff;padding:.5rem 1rem}
.status{display:inline-block;padding:.1rem .5rem;border-radius:.25rem;color:#fff;font-weight:600;font-size:.875rem}
.tone-green{background:#00734a}.tone-blue{background:#0066cc}.tone-yellow{background:#8a6200}
.tone-orange{background:#a35200}.tone-red{background:#c2253f}.tone-grey{background:#5d7083}
.definition{display:block;font-weight:400;color:#4d4d4d}
.explanation{font-size:.875rem;color:#4d4d4d}
.score-box{border-left:.25rem solid #0066cc;padding:.75rem 1rem;background:#f2f7fc}
.score{font-size:1.25rem}.score strong{font-size:2rem;color:#003366}
caption{caption-side:top;color:#003366;font-weight:600}
td.num,th.num{text-align:right;white-space:nowrap}
`;
}
