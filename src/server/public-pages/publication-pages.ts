// The public pages of "Amministrazione trasparente": the list of publications and one page per publication
// with the plan, its results and the downloads. The figures come from the frozen evaluation through the same
// model as the Relazione, so page, PDF and open data say the same thing.
import type { Publication, PublicationSummary } from "../../db/publications";
import { formatPercent } from "../../domain/evaluation/explain";
import { withContext } from "../../io/open-data/dcat-ap-it";
import { html } from "../../io/reports/html";
import { indicatorTable, scoreTable, statusTable } from "../../io/reports/relazione-html";
import { buildRelazioneReport } from "../../io/reports/relazione-model";
import { jsonLdScript, renderPage } from "./page-layout";
import { publicationDataset, publicationDownloads } from "./publication-files";

const DATE_TIME = new Intl.DateTimeFormat("it-IT", {
  timeZone: "Europe/Rome",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** "2021-07-20T10:00:00.000Z" → "20/07/2021, 12:00" (Rome time). */
export function formatPublishedAt(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

/** The Relazione's summary says its annex holds the findings; this page has no annex, the Relazione does. */
function onPublicPage(paragraph: string): string {
  return paragraph.replace(/sono riportate in allegato\.$/, "sono riportate nell'allegato della Relazione (DOCX, PDF).");
}

export function renderPublicationList(publications: readonly PublicationSummary[]): string {
  const main = html`<h1>Piani e risultati pubblicati</h1>
<p class="lead">Piani della performance, monitoraggi e relazioni pubblicati dalle amministrazioni, con i dati in formato aperto.</p>
${
  publications.length === 0
    ? html`<p>Nessuna pubblicazione.</p>`
    : html`<div class="table-responsive"><table class="table">
<caption>Pubblicazioni, dalla più recente</caption>
<thead><tr><th scope="col">Amministrazione</th><th scope="col">Piano e periodo</th><th scope="col" class="text-end">Punteggio complessivo</th><th scope="col">Pubblicato il</th></tr></thead>
<tbody>${publications.map(
        (p) => html`<tr><td>${p.organisationName}</td><th scope="row"><a href="/trasparenza/${encodeURIComponent(p.id)}">${p.title}</a></th><td class="text-end">${p.planScore === null ? "—" : formatPercent(p.planScore)}</td><td>${formatPublishedAt(p.publishedAt)}</td></tr>`,
      )}</tbody></table></div>`
}`;
  return renderPage({ title: "Piani e risultati pubblicati", trail: [], main });
}

export function renderPublicationPage(publication: Publication, baseUrl: string): string {
  const report = buildRelazioneReport({ bundle: publication.bundle, evaluation: publication.evaluation, generatedOn: publication.publishedAt.slice(0, 10) });
  const prefix = `/trasparenza/${encodeURIComponent(publication.id)}`;
  const downloads = publicationDownloads(prefix);
  const main = html`<h1>${report.plan.title}</h1>
<p class="lead">${report.organisation.name}${report.period ? html` — ${report.period.label}` : ""}</p>
<dl class="row">
<dt class="col-sm-3">Piano</dt><dd class="col-sm-9">${report.plan.kind}, ${report.plan.years}</dd>
<dt class="col-sm-3">Approvazione</dt><dd class="col-sm-9">${report.plan.approval}</dd>
<dt class="col-sm-3">Pubblicato il</dt><dd class="col-sm-9">${formatPublishedAt(publication.publishedAt)}</dd>
</dl>
${
  report.period
    ? html`<div class="score-box my-4"><p class="score mb-1">Punteggio complessivo al ${report.period.cutoffDate}: <strong>${report.summary.score}</strong></p><p class="explanation mb-0">${report.summary.scoreExplanation}</p></div>`
    : html`<p>La pubblicazione riporta il piano senza risultati.</p>`
}
<section class="mt-4" aria-labelledby="scarica"><h2 id="scarica">Documenti e dati</h2>
<ul class="downloads">${downloads.map((d) => html`<li><a href="${d.url}" download>${d.label}</a></li>`)}</ul>
</section>
${report.summary.paragraphs.length ? html`<section aria-labelledby="sintesi"><h2 id="sintesi">Sintesi</h2>${report.summary.paragraphs.map((p) => html`<p>${onPublicPage(p)}</p>`)}
${report.summary.objectivesByStatus.length ? html`<div class="table-responsive">${statusTable("Obiettivi per stato di attuazione", report.summary.objectivesByStatus)}</div>` : ""}</section>` : ""}
${report.areas.length ? html`<section aria-labelledby="ambiti"><h2 id="ambiti">Risultati per ambito</h2><div class="table-responsive">${scoreTable("Punteggio per ambito", "Ambito", report.areas)}</div></section>` : ""}
${report.structures.length ? html`<section aria-labelledby="strutture"><h2 id="strutture">Risultati per struttura</h2><div class="table-responsive">${scoreTable("Punteggio per struttura", "Struttura", report.structures)}</div></section>` : ""}
<section aria-labelledby="obiettivi"><h2 id="obiettivi">Obiettivi e indicatori</h2>
${report.objectives.map(
    (o) => html`<section class="mb-4" aria-labelledby="${o.anchor}"><h3 id="${o.anchor}" class="h5">${o.heading}</h3>
<p class="mb-1">Punteggio: <strong>${o.score}</strong> · Stato: ${o.status} · Peso: ${o.weight}${o.structure !== "—" ? html` · Struttura: ${o.structure}` : ""}</p>
${o.expectedResult ? html`<p class="mb-1">Risultato atteso: ${o.expectedResult}</p>` : ""}
${o.indicators.length ? html`<div class="table-responsive">${indicatorTable(`Indicatori — ${o.label}`, o.indicators)}</div>` : html`<p>L'obiettivo non ha indicatori.</p>`}
</section>`,
  )}
</section>`;
  const dataset = publicationDataset(publication, baseUrl);
  const head = html`<link rel="alternate" type="application/ld+json" href="${prefix}/metadati.jsonld">
${jsonLdScript(withContext(dataset))}`;
  return renderPage({ title: `${report.plan.title}${report.period ? ` — ${report.period.label}` : ""}`, trail: [report.plan.title], main, head });
}
