// Opens the generated Word file as Word would: a zip of XML parts.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { renderRelazioneDocx } from "./relazione-docx";
import { buildRelazioneReport } from "./relazione-model";
import { afolWithResults, evaluated, SEED_PERIODS, seedBundle } from "./seed-plans.fixture";

const XML_ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' };
const unescapeXml = (text: string) => text.replace(/&(lt|gt|amp|apos|quot);/g, (e) => XML_ENTITIES[e]!);

async function openDocx(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const part = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const document = await part("word/document.xml");
  /** the text of the document's paragraphs, in order. */
  const paragraphs = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join(""));
  return { zip, document, paragraphs, core: await part("docProps/core.xml"), styles: await part("word/styles.xml") };
}

function headingsOf(document: string, style: string): string[] {
  return [...document.matchAll(new RegExp(`<w:p>(?:(?!</w:p>)[\\s\\S])*?<w:pStyle w:val="${style}"/>[\\s\\S]*?</w:p>`, "g"))].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );
}

describe("Relazione DOCX for AFOL 2022 with results", () => {
  const bundle = afolWithResults();
  const report = buildRelazioneReport({ bundle, evaluation: evaluated(bundle, SEED_PERIODS.afol), generatedOn: "2023-03-31" });
  const opened = renderRelazioneDocx(report).then(openDocx);

  it("document properties and Italian language", async () => {
    const { core, styles } = await opened;
    expect(core).toContain("<dc:title>Relazione sulla performance — Piano Performance 2022 — Rendicontazione 2022</dc:title>");
    expect(core).toContain("<dc:creator>AFOL Metropolitana</dc:creator>");
    expect(styles).toContain('<w:lang w:val="it-IT"/>');
  });

  it("real headings: six chapters, one Titolo 2 per objective (23), and a TOC field over levels 1–2", async () => {
    const { document } = await opened;
    expect(headingsOf(document, "Heading1")).toEqual([
      "1. Sintesi dei risultati",
      "2. Risultati per ambito",
      "3. Risultati per struttura",
      "4. Risultati per obiettivo",
      "5. Performance individuale: pesature",
      "Allegato — Constatazioni di coerenza",
    ]);
    const objectives = headingsOf(document, "Heading2").filter((h) => h.startsWith("Obiettivo "));
    expect(objectives).toHaveLength(23);
    expect(objectives[11]).toBe("Obiettivo 12 — Attuare il Programma GOL");
    expect(document).toMatch(/TOC \\h \\o &quot;1-2&quot;/);
  });

  it("figures are the evaluation's: plan 95,97%; Afolmet 12.1 8.315 vs >7.920 = 104,99%", async () => {
    const { paragraphs } = await opened;
    expect(paragraphs).toContain("Punteggio complessivo al 31/12/2022: 95,97%");
    const at = paragraphs.indexOf("Afolmet 12.1");
    expect(paragraphs.slice(at, at + 8)).toEqual([
      "Afolmet 12.1",
      "persone trattate da Afolmet sul Programma GOL (beneficiarie di assessment con sottoscrizione del PSP) – da giugno 2022",
      "—",
      ">7.920",
      "8.315",
      "104,99%",
      "100,00%",
      "3. secondo le aspettative",
    ]);
  });

  it("tables repeat their header row; charts are PNG images with alternative text", async () => {
    const { document, zip } = await opened;
    expect((document.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(23);
    const media = Object.keys(zip.files).filter((f) => f.startsWith("word/media/"));
    expect(media).toHaveLength(3);
    expect(media.every((f) => f.endsWith(".png"))).toBe(true);
    expect(document).toContain('descr="Punteggio per struttura: Direzione Generale 85,00%; Area Amministrazione 98,33%; Divisione Lavoro 99,32%; Divisione Formazione 98,10%."');
  });

  it("pesature and steps with planned and actual timing", async () => {
    const { paragraphs } = await opened;
    const at = paragraphs.indexOf("Pesature per ruolo");
    expect(paragraphs.slice(at + 7, at + 13)).toEqual(["dg", "35,00%", "50,00%", "15,00%", "100,00%", "corretta (somma 100%)"]);
    const step = paragraphs.indexOf("Implementazione di un sistema di monitoraggio per l'attivazione di un cruscotto di controllo sui servizi erogati e le persone trattate");
    expect(paragraphs.slice(step, step + 3)).toEqual([
      "Implementazione di un sistema di monitoraggio per l'attivazione di un cruscotto di controllo sui servizi erogati e le persone trattate",
      "30 settembre 2022",
      "28 settembre 2022",
    ]);
  });
});

describe("Relazione DOCX for ARTI (seed 004 carries HTML fragments)", () => {
  it("no markup from the seed reaches the document, the annex lists the findings", async () => {
    const bundle = seedBundle("arti");
    const report = buildRelazioneReport({ bundle, evaluation: evaluated(bundle, SEED_PERIODS.arti), generatedOn: "2021-07-15" });
    const { document, paragraphs } = await openDocx(await renderRelazioneDocx(report));
    expect(document).not.toMatch(/&lt;\/?(b|i|p|ul|li)&gt;/);
    expect(paragraphs).toContain("ARTI 1.5.2");
    expect(paragraphs.some((p) => p.includes("77,00%"))).toBe(true);
  });
});
