// The Relazione as one accessible HTML document, printed to PDF by Chromium: real headings (they become the
// PDF's outline and tags), tables with captions and header cells, charts as images with their text alternative
// and the same figures in a table. Every text goes through the `html` tag, so nothing from a file becomes markup.
import { renderRelazioneCharts, type RenderedChart, type RelazioneCharts } from "./charts";
import { html, trustedHtml, type SafeHtml } from "./html";
import type { CronoprogrammaBlock, FindingRow, IndicatorRow, ObjectiveSection, RelazioneReport, ScoreRow, StatusRow } from "./relazione-model";

export interface RelazioneHtmlOptions {
  /** @font-face rules (embeddedFontCss() for the PDF). */
  fontCss?: string;
  charts?: RelazioneCharts;
}

interface Chapter {
  id: string;
  title: string;
  body: SafeHtml;
}

const PRINT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
* { box-sizing: border-box; }
html { font-family: "Titillium Web", "DejaVu Sans", sans-serif; font-size: 10pt; color: #1a1a1a; line-height: 1.35; }
body { margin: 0; }
h1, h2, h3, h4 { color: #003366; line-height: 1.2; break-after: avoid; }
h1 { font-size: 26pt; margin: 0 0 8mm; }
h2 { font-size: 17pt; margin: 0 0 4mm; padding-bottom: 1.5mm; border-bottom: 0.6mm solid #0066cc; }
h3 { font-size: 13pt; margin: 7mm 0 2mm; }
h4 { font-size: 11pt; margin: 4mm 0 1.5mm; }
p { margin: 0 0 2.5mm; }
a { color: #0059b3; }
.cover { min-height: 240mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
.cover .organisation { font-size: 14pt; font-weight: 600; color: #003366; margin-bottom: 24mm; }
.cover .subtitle { font-size: 15pt; margin-bottom: 14mm; }
.cover dl { display: grid; grid-template-columns: 42mm 1fr; gap: 2mm 4mm; font-size: 11pt; }
.cover dt { font-weight: 600; }
.cover dd { margin: 0; }
nav.toc { break-after: page; }
nav.toc ol { list-style: none; padding-left: 0; font-size: 11pt; }
nav.toc ol ol { padding-left: 6mm; font-size: 10pt; }
nav.toc li { margin: 1.5mm 0; }
.chapter { break-before: page; }
.chapter:first-of-type { break-before: auto; }
.objective { break-before: auto; margin-top: 6mm; }
.score { font-size: 15pt; margin: 3mm 0 4mm; }
.score strong { font-size: 22pt; color: #003366; }
dl.facts { display: grid; grid-template-columns: 40mm 1fr; gap: 1mm 4mm; margin: 0 0 3mm; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 5mm; font-size: 8.5pt; }
caption { text-align: left; font-weight: 600; font-size: 9.5pt; padding-bottom: 1.5mm; color: #003366; }
th, td { border: 0.25mm solid #b1b1b3; padding: 1.2mm 1.5mm; vertical-align: top; text-align: left; }
thead th { background: #e8f0f8; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
/* long monitoring notes: a row may continue on the next page rather than leave its header alone */
table.indicators tr { break-inside: auto; }
td.num, th.num { text-align: right; white-space: nowrap; }
.status { display: inline-block; padding: 0.3mm 1.5mm; border-radius: 1mm; color: #fff; font-weight: 600; }
.tone-green { background: #00734a; } .tone-blue { background: #0066cc; } .tone-yellow { background: #8a6200; }
.tone-orange { background: #a35200; } .tone-red { background: #c2253f; } .tone-grey { background: #5d7083; }
figure { margin: 3mm 0 4mm; break-inside: avoid; }
figure .chart svg { max-width: 100%; height: auto; }
figcaption { font-size: 8.5pt; color: #4d4d4d; }
.explanation { font-size: 8.5pt; color: #4d4d4d; }
.definition { display: block; color: #4d4d4d; font-weight: 400; }
table.indicators th[scope=row] { width: 24%; }
table.indicators td:last-child { width: 32%; }
thead th.num { white-space: normal; }
`;

function statusBadge(label: string, tone: string): SafeHtml {
  if (label === "—") return html`—`;
  return html`<span class="status tone-${tone}">${label}</span>`;
}

function figure(chart: RenderedChart | null, id: string): SafeHtml {
  if (!chart) return html``;
  // inline, so the chart's text uses the document's font; role="img" makes it one image with its description
  return html`<figure aria-labelledby="${id}"><div class="chart" role="img" aria-label="${chart.description}">${trustedHtml(chart.svg)}</div><figcaption id="${id}">${chart.title}. I valori sono riportati anche nella tabella.</figcaption></figure>`;
}

export function statusTable(caption: string, rows: readonly StatusRow[]): SafeHtml {
  return html`<table class="table"><caption>${caption}</caption>
<thead><tr><th scope="col">Stato</th><th scope="col" class="num">Numero</th><th scope="col" class="num">Quota</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><td>${statusBadge(r.label, r.tone)}</td><td class="num">${r.count}</td><td class="num">${r.share}</td></tr>`)}</tbody></table>`;
}

export function scoreTable(caption: string, first: string, rows: readonly ScoreRow[]): SafeHtml {
  return html`<table class="table"><caption>${caption}</caption>
<thead><tr><th scope="col">${first}</th><th scope="col" class="num">Obiettivi</th><th scope="col" class="num">Punteggio</th><th scope="col">Come è calcolato</th></tr></thead>
<tbody>${rows.map(
    (r) => html`<tr><th scope="row">${r.label}</th><td class="num">${r.objectives}</td><td class="num">${r.score}</td><td class="explanation">${r.explanation}</td></tr>`,
  )}</tbody></table>`;
}

export function indicatorTable(caption: string, rows: readonly IndicatorRow[]): SafeHtml {
  return html`<table class="table indicators"><caption>${caption}</caption>
<thead><tr><th scope="col">Indicatore</th><th scope="col">Valore iniziale</th><th scope="col">Target</th><th scope="col">Conseguito</th><th scope="col" class="num">Raggiungimento</th><th scope="col" class="num">Punteggio</th><th scope="col">Stato</th><th scope="col">Note</th></tr></thead>
<tbody>${rows.map(
    (r) => html`<tr><th scope="row">${r.label}<span class="definition">${r.definition}</span></th><td>${r.baseline}</td><td>${r.target}</td><td>${r.actual}</td><td class="num">${r.achievement}</td><td class="num">${r.score}</td><td>${statusBadge(r.status, r.tone)}</td><td>${r.note}${r.explanation ? html`<span class="explanation definition">${r.explanation}</span>` : ""}</td></tr>`,
  )}</tbody></table>`;
}

function stepsTable(section: ObjectiveSection): SafeHtml {
  if (section.steps.length === 0) return html``;
  return html`<table class="table"><caption>Modalità di attuazione: tempi previsti ed effettivi</caption>
<thead><tr><th scope="col">Modalità di attuazione</th><th scope="col">Tempi previsti</th><th scope="col">Tempi effettivi</th></tr></thead>
<tbody>${section.steps.map((s) => html`<tr><td>${s.description}</td><td>${s.planned}</td><td>${s.actual}</td></tr>`)}</tbody></table>`;
}

function cronoprogrammaTable(block: CronoprogrammaBlock): SafeHtml {
  return html`<h4>Cronoprogramma ${block.code}</h4>
<p>Scadenza: ${block.due}.${block.progress ? html` ${block.progress}.` : ""}</p>
<table class="table"><caption>Fasi del cronoprogramma ${block.code} (peso complessivo ${block.weightsTotal})</caption>
<thead><tr><th scope="col">Fase</th><th scope="col">Descrizione e output</th><th scope="col">Inizio previsto</th><th scope="col">Fine prevista</th><th scope="col">Struttura responsabile</th><th scope="col" class="num">Peso</th><th scope="col">Fine effettiva</th></tr></thead>
<tbody>${block.phases.map(
    (p) => html`<tr><td class="num">${p.number}</td><td>${p.description}<span class="definition">Output: ${p.output}</span></td><td>${p.plannedStart}</td><td>${p.plannedEnd}</td><td>${p.responsible}</td><td class="num">${p.weight}</td><td>${p.actualEnd}</td></tr>`,
  )}</tbody></table>`;
}

function objectiveFacts(section: ObjectiveSection): SafeHtml {
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
  ];
  return html`<dl class="facts">${facts
    .filter(([, v]) => v !== null && v !== "—")
    .map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}<dt>Stato</dt><dd>${statusBadge(section.status, section.tone)}</dd></dl>`;
}

export function objectiveBody(section: ObjectiveSection): SafeHtml {
  return html`${objectiveFacts(section)}
${section.scoreExplanation ? html`<p class="explanation">${section.scoreExplanation}</p>` : ""}
${section.indicators.length ? indicatorTable(`Indicatori — ${section.label}`, section.indicators) : html`<p>L'obiettivo non ha indicatori.</p>`}
${stepsTable(section)}
${section.cronoprogrammi.map(cronoprogrammaTable)}`;
}

function findingsTable(caption: string, rows: readonly FindingRow[]): SafeHtml {
  if (rows.length === 0) return html`<p>Nessuna constatazione.</p>`;
  return html`<table class="table"><caption>${caption}</caption>
<thead><tr><th scope="col">Gravità</th><th scope="col">Elemento</th><th scope="col">Constatazione</th></tr></thead>
<tbody>${rows.map((f) => html`<tr><td>${f.severity}</td><td>${f.item}</td><td>${f.message}</td></tr>`)}</tbody></table>`;
}

function chapters(report: RelazioneReport, charts: RelazioneCharts): Chapter[] {
  const list: Chapter[] = [];
  list.push({
    id: "sintesi",
    title: "Sintesi dei risultati",
    body: html`${report.period ? html`<p class="score">Punteggio complessivo al ${report.period.cutoffDate}: <strong>${report.summary.score}</strong></p>` : ""}
${report.summary.paragraphs.map((p) => html`<p>${p}</p>`)}
${report.summary.scoreExplanation ? html`<p class="explanation">${report.summary.scoreExplanation}</p>` : ""}
${figure(charts.objectivesByStatus, "fig-stato")}
${report.summary.objectivesByStatus.length ? statusTable("Obiettivi per stato di attuazione", report.summary.objectivesByStatus) : ""}
${report.summary.indicatorsByStatus.length ? statusTable("Indicatori per stato di attuazione", report.summary.indicatorsByStatus) : ""}`,
  });
  if (report.areas.length) {
    list.push({ id: "ambiti", title: "Risultati per ambito", body: html`${figure(charts.areas, "fig-ambiti")}${scoreTable("Punteggio per ambito", "Ambito", report.areas)}` });
  }
  if (report.structures.length) {
    list.push({
      id: "strutture",
      title: "Risultati per struttura",
      body: html`${figure(charts.structures, "fig-strutture")}${scoreTable("Punteggio per struttura", "Struttura", report.structures)}`,
    });
  }
  list.push({
    id: "obiettivi",
    title: "Risultati per obiettivo",
    body: html`${report.objectives.map(
      (o) => html`<section class="objective" id="${o.anchor}" aria-labelledby="${o.anchor}-titolo"><h3 id="${o.anchor}-titolo">${o.heading}</h3>${objectiveBody(o)}</section>`,
    )}`,
  });
  if (report.pesature) {
    list.push({
      id: "performance-individuale",
      title: "Performance individuale: pesature",
      body: html`<p>${report.pesature.paragraph}</p>
<table class="table"><caption>Pesature per ruolo</caption>
<thead><tr><th scope="col">Ruolo</th><th scope="col" class="num">Performance organizzativa</th><th scope="col" class="num">Obiettivi individuali</th><th scope="col" class="num">Comportamenti</th><th scope="col" class="num">Totale indicato</th><th scope="col">Verifica</th></tr></thead>
<tbody>${report.pesature.rows.map(
        (r) => html`<tr><th scope="row">${r.role}</th><td class="num">${r.organisational}</td><td class="num">${r.individual}</td><td class="num">${r.behaviour}</td><td class="num">${r.total}</td><td>${r.check}</td></tr>`,
      )}</tbody></table>`,
    });
  }
  list.push({
    id: "allegato-coerenza",
    title: "Allegato — Constatazioni di coerenza",
    body: html`<p>Le constatazioni confrontano i valori dichiarati nel documento con quelli ricalcolati (pesi, totali, rapporti, stati).</p>
${findingsTable("Constatazioni di coerenza", report.findings)}
<h3>Avvertenze dell'importazione</h3>
${report.importWarnings.length ? findingsTable("Avvertenze rilevate nella lettura del documento di origine", report.importWarnings) : html`<p>Nessuna avvertenza.</p>`}`,
  });
  return list;
}

export function renderRelazioneHtml(report: RelazioneReport, options: RelazioneHtmlOptions = {}): string {
  const charts = options.charts ?? renderRelazioneCharts(report);
  const list = chapters(report, charts);
  const numbered = (c: Chapter, i: number) => (c.id.startsWith("allegato") ? c.title : `${i + 1}. ${c.title}`);
  const coverFacts: [string, string][] = [
    ["Piano", `${report.plan.title} (${report.plan.kind}, ${report.plan.years})`],
    ["Approvazione", report.plan.approval],
    ["Periodo", report.period ? `${report.period.label} (${report.period.kind})` : "nessun periodo di monitoraggio"],
    ["Data del documento", report.generatedOn],
  ];
  return html`<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>${report.title} — ${report.organisation.name} — ${report.subtitle}</title>
<meta name="author" content="${report.organisation.name}">
<meta name="description" content="${report.title}: ${report.subtitle}">
<meta name="keywords" content="${report.keywords.join(", ")}">
<meta name="generator" content="Traguardo">
<style>${trustedHtml(options.fontCss ?? "")}${trustedHtml(PRINT_CSS)}</style>
</head>
<body>
<header class="cover">
<p class="organisation">${report.organisation.name}${report.organisation.details.length ? html`<br><span style="font-weight:400;font-size:10pt">${report.organisation.details.join(" · ")}</span>` : ""}</p>
<h1>${report.title}</h1>
<p class="subtitle">${report.subtitle}</p>
<dl>${coverFacts.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
</header>
<nav class="toc" aria-labelledby="indice"><h2 id="indice">Indice</h2>
<ol>${list.map((c, i) => html`<li><a href="#${c.id}">${numbered(c, i)}</a>${c.id === "obiettivi" ? html`<ol>${report.objectives.map((o) => html`<li><a href="#${o.anchor}">${o.heading}</a></li>`)}</ol>` : ""}</li>`)}</ol>
</nav>
<main>
${list.map((c, i) => html`<section class="chapter" id="${c.id}" aria-labelledby="${c.id}-titolo"><h2 id="${c.id}-titolo">${numbered(c, i)}</h2>
${c.body}</section>`)}
</main>
</body>
</html>`.value;
}
