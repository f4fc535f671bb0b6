// The seeds carry HTML fragments (<b>, <p>, <ul><li>, <i>). We keep their text, never their markup:
// paragraphs and list items become lines, everything else is dropped by sanitize-html.
import sanitizeHtml from "sanitize-html";

export function htmlToPlainText(fragment: string): string {
  const marked = fragment
    .replace(/<\s*li[^>]*>/gi, "\n- ")
    .replace(/<\s*(br|\/p|\/ul|\/ol|\/li|p)[^>]*>/gi, "\n");
  const stripped = sanitizeHtml(marked, { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(stripped)
    .replace(/[ \t]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line, i, lines) => line !== "" || (i > 0 && lines[i - 1] !== ""))
    .join("\n")
    .trim();
}

function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
