import { describe, expect, it } from "vitest";
import { escapeHtml, html, trustedHtml } from "./html";

describe("html", () => {
  it("escapes text from files: the seed's <b>100,00%</b> stays text", () => {
    expect(html`<td>${"<b>100,00%</b>"}</td>`.value).toBe("<td>&lt;b&gt;100,00%&lt;/b&gt;</td>");
  });
  it("escapes quotes for attributes and ampersands", () => {
    expect(escapeHtml(`Fiera "FTL" & l'altra`)).toBe("Fiera &quot;FTL&quot; &amp; l&#39;altra");
  });
  it("keeps nested fragments and arrays, drops null and false", () => {
    const rows = ["a<", "b"].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${rows}${null}${false}${trustedHtml("<hr>")}</ul>`.value).toBe("<ul><li>a&lt;</li><li>b</li><hr></ul>");
  });
});
