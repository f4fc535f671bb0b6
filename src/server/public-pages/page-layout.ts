// The frame of the public pages: Bootstrap Italia's header and footer, a skip link, Italian as the page's
// language. Everything inside comes through the `html` tag, so texts from plans are always escaped.
import { html, trustedHtml, type SafeHtml } from "../../io/reports/html";

export const ASSETS_PREFIX = "/trasparenza/assets";

export interface PageParts {
  title: string;
  /** breadcrumb after "Amministrazione trasparente"; empty on the list page. */
  trail: string[];
  main: SafeHtml;
  /** extra elements for <head> (alternate links, JSON-LD). */
  head?: SafeHtml;
}

/** JSON inside <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonLdScript(data: unknown): SafeHtml {
  return trustedHtml(`<script type="application/ld+json">${JSON.stringify(data).replace(/</g, "\\u003c")}</script>`);
}

export function renderPage(parts: PageParts): string {
  const crumbs = [{ label: "Amministrazione trasparente", href: "/trasparenza" }, ...parts.trail.map((label) => ({ label, href: null }))];
  return html`<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title} — Amministrazione trasparente</title>
<link rel="stylesheet" href="${ASSETS_PREFIX}/bootstrap-italia.min.css">
<link rel="stylesheet" href="${ASSETS_PREFIX}/trasparenza.css">
${parts.head ?? ""}
</head>
<body>
<a class="visually-hidden-focusable skip-link" href="#contenuto">Vai al contenuto</a>
<header class="it-header-wrapper">
<div class="it-header-center-wrapper"><div class="container"><div class="it-header-center-content-wrapper"><div class="it-brand-wrapper">
<a href="/trasparenza"><div class="it-brand-text"><div class="it-brand-title">Amministrazione trasparente</div><div class="it-brand-tagline">Piani della performance e risultati</div></div></a>
</div></div></div></div>
</header>
<div class="container">
<nav aria-label="Percorso di navigazione" class="breadcrumb-container mt-3"><ol class="breadcrumb">
${crumbs.map((c, i) =>
    c.href && i < crumbs.length - 1
      ? html`<li class="breadcrumb-item"><a href="${c.href}">${c.label}</a><span class="separator">/</span></li>`
      : html`<li class="breadcrumb-item active" aria-current="page">${c.label}</li>`,
  )}
</ol></nav>
</div>
<main id="contenuto" class="container mb-5" tabindex="-1">
${parts.main}
</main>
<footer class="it-footer"><div class="it-footer-main"><div class="container py-4">
<p class="text-white mb-1">Dati pubblicati ai sensi del D.Lgs. 33/2013, in formato aperto con licenza <a class="text-white" href="https://creativecommons.org/licenses/by/4.0/deed.it">CC BY 4.0</a>.</p>
<p class="text-white mb-0"><a class="text-white" href="/trasparenza/catalogo.jsonld">Catalogo DCAT-AP_IT</a> · <a class="text-white" href="/trasparenza/dizionario.csv">Dizionario dei dati (CSV)</a> · <a class="text-white" href="/trasparenza/open-data.schema.json">JSON Schema</a></p>
</div></div></footer>
</body>
</html>`.value;
}
