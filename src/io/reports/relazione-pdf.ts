// The Relazione as PDF: our HTML with the fonts inlined, printed by Chromium as a tagged PDF.
import { embeddedFontCss } from "./fonts";
import type { PdfPrinter } from "./pdf-printer";
import { renderRelazioneHtml } from "./relazione-html";
import type { RelazioneReport } from "./relazione-model";

export async function renderRelazionePdf(report: RelazioneReport, printer: PdfPrinter): Promise<Buffer> {
  const html = renderRelazioneHtml(report, { fontCss: embeddedFontCss() });
  return printer.print(html, { footer: `${report.title} — ${report.organisation.name}${report.period ? ` — ${report.period.label}` : ""}` });
}
