// The Relazione as a Word document the organisation can edit and sign: real headings (Titolo 1–3), a table of
// contents field, tables with a repeated header row, charts as PNG with alternative text, document properties
// and Italian as the language of every run. Same model, same figures as the PDF.
import { readFileSync } from "node:fs";
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";
import { chartToPng, renderRelazioneCharts, type RenderedChart, type RelazioneCharts } from "./charts";
import { FONT_DIR } from "./fonts";
import type { IndicatorRow, ObjectiveSection, RelazioneReport, StatusRow, Tone } from "./relazione-model";

const FONT = "Titillium Web";
const BLUE = "003366";
const TONE_FILL: Record<Tone, string> = { green: "00734A", blue: "0066CC", yellow: "8A6200", orange: "A35200", red: "C2253F", grey: "5D7083" };
/** text width of an A4 page with 2 cm margins, in twentieths of a point. */
const PAGE_WIDTH_TWIPS = 9638;

interface Column {
  header: string;
  /** share of the text width, in percent. */
  width: number;
  numeric?: boolean;
}

type CellValue = string | { text: string; tone?: Tone; bold?: boolean };

function paragraph(text: string, options: { bold?: boolean; size?: number; colour?: string; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; spacingAfter?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: options.align,
    spacing: { after: options.spacingAfter ?? 120 },
    children: [new TextRun({ text, bold: options.bold, size: options.size, color: options.colour })],
  });
}

function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({ heading: levels[level], children: [new TextRun(text)] });
}

function caption(text: string): Paragraph {
  return new Paragraph({ style: "Caption", keepNext: true, children: [new TextRun(text)] });
}

function cell(value: CellValue, column: Column, header = false): TableCell {
  const v = typeof value === "string" ? { text: value } : value;
  const fill = header ? "E8F0F8" : v.tone && v.text !== "—" ? TONE_FILL[v.tone] : undefined;
  return new TableCell({
    width: { size: column.width, type: WidthType.PERCENTAGE },
    shading: fill ? { type: ShadingType.CLEAR, color: "auto", fill } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: v.text.split("\n").map(
      (line) =>
        new Paragraph({
          alignment: column.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { after: 0 },
          children: [new TextRun({ text: line, bold: header || v.bold, size: 17, color: fill && !header ? "FFFFFF" : undefined })],
        }),
    ),
  });
}

function table(title: string, columns: readonly Column[], rows: readonly CellValue[][]): FileChild[] {
  return [
    caption(title),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: columns.map((c) => Math.round((PAGE_WIDTH_TWIPS * c.width) / 100)),
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c) => cell(c.header, c, true)) }),
        ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value, i) => cell(value, columns[i]!)) })),
      ],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

function chartImage(chart: RenderedChart | null): FileChild[] {
  if (!chart) return [];
  // 16 cm wide on the page, whatever the chart's own size
  const width = 605;
  const height = Math.round((chart.height * width) / chart.width);
  return [
    new Paragraph({
      keepNext: true,
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: "png",
          data: chartToPng(chart),
          transformation: { width, height },
          altText: { name: chart.title, title: chart.title, description: chart.description },
        }),
      ],
    }),
    caption(`${chart.title}. I valori sono riportati anche nella tabella.`),
  ];
}

function statusTable(title: string, rows: readonly StatusRow[]): FileChild[] {
  if (rows.length === 0) return [];
  return table(
    title,
    [
      { header: "Stato", width: 60 },
      { header: "Numero", width: 20, numeric: true },
      { header: "Quota", width: 20, numeric: true },
    ],
    rows.map((r) => [{ text: r.label, tone: r.tone }, String(r.count), r.share]),
  );
}

function indicatorRows(rows: readonly IndicatorRow[]): CellValue[][] {
  return rows.map((r) => [
    { text: `${r.label}\n${r.definition}`, bold: false },
    r.baseline,
    r.target,
    r.actual,
    r.achievement,
    r.score,
    { text: r.status, tone: r.tone },
    [r.note, r.explanation].filter(Boolean).join("\n"),
  ]);
}

const INDICATOR_COLUMNS: Column[] = [
  { header: "Indicatore", width: 24 },
  { header: "Valore iniziale", width: 9 },
  { header: "Target", width: 9 },
  { header: "Conseguito", width: 10 },
  { header: "Raggiungimento", width: 9, numeric: true },
  { header: "Punteggio", width: 8, numeric: true },
  { header: "Stato", width: 11 },
  { header: "Note", width: 20 },
];

function objectiveChildren(section: ObjectiveSection): FileChild[] {
  const facts: [string, string | null][] = [
    ["Ambito", section.area],
    ["Struttura responsabile", section.structure],
    ["Peso", section.weight],
    ["Risultato atteso", section.expectedResult],
    ["Descrizione", section.description],
    ["Stakeholder finale", section.stakeholders],
    ["Corresponsabilità", section.coOwners],
    ["Collegamento con la programmazione", section.programmingLinks],
    ["Punteggio", section.score],
    ["Stato", section.status],
  ];
  const children: FileChild[] = [heading(section.heading, 2)];
  for (const [label, value] of facts) {
    if (value === null || value === "—") continue;
    children.push(new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }));
  }
  if (section.scoreExplanation) children.push(paragraph(section.scoreExplanation, { size: 17, colour: "4D4D4D" }));
  if (section.indicators.length) children.push(...table(`Indicatori — ${section.label}`, INDICATOR_COLUMNS, indicatorRows(section.indicators)));
  else children.push(paragraph("L'obiettivo non ha indicatori."));
  if (section.steps.length) {
    children.push(
      ...table(
        "Modalità di attuazione: tempi previsti ed effettivi",
        [
          { header: "Modalità di attuazione", width: 60 },
          { header: "Tempi previsti", width: 20 },
          { header: "Tempi effettivi", width: 20 },
        ],
        section.steps.map((s) => [s.description, s.planned, s.actual]),
      ),
    );
  }
  for (const block of section.cronoprogrammi) {
    children.push(heading(`Cronoprogramma ${block.code}`, 3));
    children.push(paragraph(`Scadenza: ${block.due}.${block.progress ? ` ${block.progress}.` : ""}`));
    children.push(
      ...table(
        `Fasi del cronoprogramma ${block.code} (peso complessivo ${block.weightsTotal})`,
        [
          { header: "Fase", width: 6, numeric: true },
          { header: "Descrizione e output", width: 38 },
          { header: "Inizio previsto", width: 11 },
          { header: "Fine prevista", width: 11 },
          { header: "Struttura responsabile", width: 14 },
          { header: "Peso", width: 8, numeric: true },
          { header: "Fine effettiva", width: 12 },
        ],
        block.phases.map((p) => [p.number, `${p.description}\nOutput: ${p.output}`, p.plannedStart, p.plannedEnd, p.responsible, p.weight, p.actualEnd]),
      ),
    );
  }
  return children;
}

function scoreTable(title: string, first: string, rows: RelazioneReport["areas"]): FileChild[] {
  return table(
    title,
    [
      { header: first, width: 28 },
      { header: "Obiettivi", width: 10, numeric: true },
      { header: "Punteggio", width: 12, numeric: true },
      { header: "Come è calcolato", width: 50 },
    ],
    rows.map((r) => [{ text: r.label, bold: true }, String(r.objectives), r.score, r.explanation]),
  );
}

function cover(report: RelazioneReport): FileChild[] {
  const facts: [string, string][] = [
    ["Piano", `${report.plan.title} (${report.plan.kind}, ${report.plan.years})`],
    ["Approvazione", report.plan.approval],
    ["Periodo", report.period ? `${report.period.label} (${report.period.kind})` : "nessun periodo di monitoraggio"],
    ["Data del documento", report.generatedOn],
  ];
  return [
    new Paragraph({ spacing: { before: 2400, after: 120 }, children: [new TextRun({ text: report.organisation.name, bold: true, size: 28, color: BLUE })] }),
    ...report.organisation.details.map((d) => paragraph(d, { size: 18, spacingAfter: 0 })),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 1600, after: 240 }, children: [new TextRun(report.title)] }),
    paragraph(report.subtitle, { size: 30, spacingAfter: 960 }),
    ...facts.map(([k, v]) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: `${k}: `, bold: true }), new TextRun(v)] })),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function body(report: RelazioneReport, charts: RelazioneCharts): FileChild[] {
  const children: FileChild[] = [];
  let n = 0;
  const chapter = (title: string, pageBreak = true) => {
    n += 1;
    return new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: pageBreak, children: [new TextRun(`${n}. ${title}`)] });
  };
  children.push(chapter("Sintesi dei risultati", false));
  if (report.period) {
    children.push(
      new Paragraph({
        spacing: { after: 200 },
        children: [new TextRun({ text: `Punteggio complessivo al ${report.period.cutoffDate}: `, size: 28 }), new TextRun({ text: report.summary.score, bold: true, size: 40, color: BLUE })],
      }),
    );
  }
  children.push(...report.summary.paragraphs.map((p) => paragraph(p)));
  if (report.summary.scoreExplanation) children.push(paragraph(report.summary.scoreExplanation, { size: 17, colour: "4D4D4D" }));
  children.push(...chartImage(charts.objectivesByStatus));
  children.push(...statusTable("Obiettivi per stato di attuazione", report.summary.objectivesByStatus));
  children.push(...statusTable("Indicatori per stato di attuazione", report.summary.indicatorsByStatus));
  if (report.areas.length) {
    children.push(chapter("Risultati per ambito"), ...chartImage(charts.areas), ...scoreTable("Punteggio per ambito", "Ambito", report.areas));
  }
  if (report.structures.length) {
    children.push(chapter("Risultati per struttura"), ...chartImage(charts.structures), ...scoreTable("Punteggio per struttura", "Struttura", report.structures));
  }
  children.push(chapter("Risultati per obiettivo"));
  for (const section of report.objectives) children.push(...objectiveChildren(section));
  if (report.pesature) {
    children.push(chapter("Performance individuale: pesature"), paragraph(report.pesature.paragraph));
    children.push(
      ...table(
        "Pesature per ruolo",
        [
          { header: "Ruolo", width: 20 },
          { header: "Performance organizzativa", width: 16, numeric: true },
          { header: "Obiettivi individuali", width: 16, numeric: true },
          { header: "Comportamenti", width: 16, numeric: true },
          { header: "Totale indicato", width: 12, numeric: true },
          { header: "Verifica", width: 20 },
        ],
        report.pesature.rows.map((r) => [{ text: r.role, bold: true }, r.organisational, r.individual, r.behaviour, r.total, r.check]),
      ),
    );
  }
  children.push(
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun("Allegato — Constatazioni di coerenza")] }),
    paragraph("Le constatazioni confrontano i valori dichiarati nel documento con quelli ricalcolati (pesi, totali, rapporti, stati)."),
  );
  const findingColumns: Column[] = [
    { header: "Gravità", width: 12 },
    { header: "Elemento", width: 25 },
    { header: "Constatazione", width: 63 },
  ];
  if (report.findings.length) children.push(...table("Constatazioni di coerenza", findingColumns, report.findings.map((f) => [f.severity, f.item, f.message])));
  else children.push(paragraph("Nessuna constatazione."));
  children.push(heading("Avvertenze dell'importazione", 2));
  if (report.importWarnings.length) {
    children.push(...table("Avvertenze rilevate nella lettura del documento di origine", findingColumns, report.importWarnings.map((f) => [f.severity, f.item, f.message])));
  } else children.push(paragraph("Nessuna avvertenza."));
  return children;
}

function embeddedFonts() {
  try {
    return [
      {
        name: FONT,
        data: readFileSync(`${FONT_DIR}titillium-web-v10-latin-ext_latin-regular.ttf`),
        bold: readFileSync(`${FONT_DIR}titillium-web-v10-latin-ext_latin-700.ttf`),
        italic: readFileSync(`${FONT_DIR}titillium-web-v10-latin-ext_latin-italic.ttf`),
      },
    ];
  } catch {
    return []; // fonts missing: Word substitutes its sans-serif
  }
}

export async function renderRelazioneDocx(report: RelazioneReport, options: { charts?: RelazioneCharts } = {}): Promise<Buffer> {
  const charts = options.charts ?? renderRelazioneCharts(report);
  const run = { font: FONT, language: { value: "it-IT" } };
  const document = new Document({
    title: `${report.title} — ${report.subtitle}`,
    subject: report.title,
    creator: report.organisation.name,
    description: `${report.title} di ${report.organisation.name}: ${report.subtitle}. Documento prodotto con Traguardo il ${report.generatedOn}.`,
    keywords: report.keywords.join(", "),
    lastModifiedBy: "Traguardo",
    fonts: embeddedFonts(),
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { ...run, size: 20 }, paragraph: { spacing: { after: 120 } } },
        title: { run: { ...run, size: 56, bold: true, color: BLUE } },
        heading1: { run: { ...run, size: 34, bold: true, color: BLUE }, paragraph: { spacing: { before: 240, after: 160 }, keepNext: true } },
        heading2: { run: { ...run, size: 26, bold: true, color: BLUE }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } },
        heading3: { run: { ...run, size: 22, bold: true, color: BLUE }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
        caption: { run: { ...run, size: 18, bold: true, color: BLUE }, paragraph: { spacing: { before: 120, after: 60 } } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${report.title} — ${report.organisation.name} — pagina `, size: 14 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 14 }),
                  new TextRun({ text: " di ", size: 14 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 14 }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...cover(report),
          // not a heading: the table of contents must not list itself
          new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: "Indice", bold: true, size: 34, color: BLUE })] }),
          new TableOfContents("Indice", { hyperlink: true, headingStyleRange: "1-2" }),
          new Paragraph({ children: [new PageBreak()] }),
          ...body(report, charts),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
