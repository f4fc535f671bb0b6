// Messages of reports, open data and publication in Amministrazione trasparente.
// Italian first; English has the same keys (a test checks it).
export const it = {
  publishing: {
    title: "Pubblicazione",
    intro:
      "Scarica i documenti del piano per il periodo scelto, con le cifre della valutazione, oppure pubblicali in Amministrazione trasparente.",
    choosePeriod: "Periodo dei documenti",
    noPeriods: "Il piano non ha periodi di monitoraggio: i documenti riportano il piano senza risultati.",
    download: "Scarica",
    format: "Formato",
    sections: {
      relazione: "Relazione sulla performance",
      workbook: "Tabelle di monitoraggio",
      openData: "Dati aperti",
    },
    relazione: {
      description:
        "Copertina, sintesi dei risultati con grafici, punteggi per ambito e struttura, una sezione per obiettivo con indicatori, tempi e cronoprogrammi, e in allegato le constatazioni di coerenza.",
      docx: "Word (DOCX), modificabile, con titoli veri e indice: il documento da completare e firmare.",
      pdf: "PDF accessibile (con tag e segnalibri), pronto da pubblicare.",
      includeIndividual: "Includi la sintesi della performance individuale (pesature per ruolo)",
      noIndividual: "Il piano non ha pesature per ruolo: la Relazione riguarda la sola performance organizzativa.",
    },
    workbook: {
      layouts: {
        "arti-monitoraggio":
          "La tabella di monitoraggio con le stesse sedici colonne dell'Allegato A (valore conseguito, note, valutazione sintetica), il totale dei pesi come formula e un foglio per cronoprogramma.",
        "afol-piano":
          "Il piano nel formato AFOL: un foglio per blocco con PROGRAMMAZIONE e RENDICONTAZIONE compilata (tempi effettivi, risultati, punteggio) e il foglio Pesature con i totali come formule.",
        "anpal-rapporto":
          "La tabella degli indicatori di risultato per Missione e Programma e le tabelle di bilancio, con subtotali per fonte e totali come formule.",
      },
      monitoring: "Tabelle di monitoraggio nel formato del piano",
      template: "Modello XLSX di Traguardo",
      templateDescription:
        "Il piano intero nel modello documentato (un foglio per tipo di dato, con il foglio Leggimi): si modifica e si reimporta.",
      numbers: "Numeri e date sono valori veri con formato italiano, non testo.",
    },
    openData: {
      csv: "Dati aperti (CSV)",
      csvDescription:
        "Una riga per indicatore: obiettivo, target, valore conseguito, raggiungimento e stato. UTF-8, virgola come separatore, punto decimale.",
      dictionary: "Dizionario dei dati (CSV)",
      dictionaryDescription: "Una riga per colonna del CSV con tipo, obbligatorietà e descrizione.",
      json: "Dati aperti (JSON)",
      jsonDescription: "Gli stessi dati annidati: piano, obiettivi, indicatori, target e risultati.",
      schema: "JSON Schema",
      schemaDescription: "Lo schema che il file JSON rispetta, per validarlo.",
      dcat: "Metadati DCAT-AP_IT (JSON-LD)",
      dcatDescription:
        "Descrivono il dataset pubblicato (editore, licenza CC BY 4.0, distribuzioni) per dati.gov.it: esistono per ogni pubblicazione.",
      dcatLatest: "Metadati dell'ultima pubblicazione",
      dcatNone: "Disponibili dopo la prima pubblicazione.",
      catalog: "Catalogo di tutte le pubblicazioni",
    },
    publish: {
      title: "Pubblica in Amministrazione trasparente",
      description:
        "La pubblicazione congela il piano e i suoi risultati per il periodo: le modifiche successive non cambiano ciò che è pubblicato. Registra chi pubblica e quando.",
      action: "Pubblica…",
      notAllowed: "Pubblicano l'ufficio pianificazione e controllo e l'amministratore.",
      confirmTitle: "Pubblicare «{{plan}}»?",
      confirmPeriod: "Periodo: {{period}}",
      confirmNoPeriod: "Il piano non ha periodi: sarà pubblicato senza risultati.",
      confirmFrozen:
        "Saranno congelati: {{objectives}} obiettivi, {{indicators}} indicatori con target e valori come sono ora, punteggi e stati della valutazione.",
      confirmScore: "Punteggio complessivo che sarà pubblicato: {{score}}.",
      confirmPublic: "La pagina pubblica e i file saranno leggibili da chiunque, senza accesso. Non si possono modificare né cancellare.",
      confirm: "Pubblica",
      publishing: "Pubblicazione in corso…",
      failed: "Pubblicazione non riuscita",
      done: "Pubblicato: «{{title}}».",
      openPublic: "Apri la pagina pubblica",
    },
    list: {
      title: "Pubblicazioni del piano",
      empty: "Il piano non è ancora stato pubblicato.",
      caption: "Pubblicazioni del piano, dalla più recente",
      when: "Pubblicata il",
      period: "Periodo",
      score: "Punteggio",
      by: "Pubblicata da",
      page: "Pagina pubblica",
      open: "Apri la pagina pubblica",
      files: "File",
      withoutPeriod: "senza periodo",
    },
  },
};

export const en: typeof it = {
  publishing: {
    title: "Publication",
    intro: "Download the plan's documents for the chosen period, with the evaluation's figures, or publish them in Amministrazione trasparente.",
    choosePeriod: "Period of the documents",
    noPeriods: "The plan has no monitoring periods: the documents show the plan without results.",
    download: "Download",
    format: "Format",
    sections: {
      relazione: "Performance report (Relazione sulla performance)",
      workbook: "Monitoring tables",
      openData: "Open data",
    },
    relazione: {
      description:
        "Cover, summary of results with charts, scores by area and structure, one section per objective with indicators, timing and cronoprogrammi, and the consistency findings as an annex.",
      docx: "Word (DOCX), editable, with real headings and a table of contents: the document to complete and sign.",
      pdf: "Accessible PDF (tagged, with bookmarks), ready to publish.",
      includeIndividual: "Include the individual performance summary (weightings by role)",
      noIndividual: "The plan has no weightings by role: the report covers organisational performance only.",
    },
    workbook: {
      layouts: {
        "arti-monitoraggio":
          "The monitoring table with the same sixteen columns as Annex A (achieved value, notes, summary assessment), the weights' total as a formula and one sheet per cronoprogramma.",
        "afol-piano":
          "The plan in AFOL's layout: one sheet per block with PROGRAMMAZIONE and a filled-in RENDICONTAZIONE (actual timing, results, score) and the Pesature sheet with totals as formulas.",
        "anpal-rapporto":
          "The result-indicator table by Mission and Programme and the budget tables, with subtotals by funding source and totals as formulas.",
      },
      monitoring: "Monitoring tables in the plan's own layout",
      template: "Traguardo XLSX template",
      templateDescription: "The whole plan in the documented template (one sheet per kind of data, with a Read-me sheet): edit it and import it again.",
      numbers: "Numbers and dates are real values with Italian formats, not text.",
    },
    openData: {
      csv: "Open data (CSV)",
      csvDescription: "One row per indicator: objective, target, achieved value, achievement and status. UTF-8, comma-separated, dot as decimal mark.",
      dictionary: "Data dictionary (CSV)",
      dictionaryDescription: "One row per CSV column with its type, whether it is required and a description.",
      json: "Open data (JSON)",
      jsonDescription: "The same data, nested: plan, objectives, indicators, targets and results.",
      schema: "JSON Schema",
      schemaDescription: "The schema the JSON file follows, to validate it.",
      dcat: "DCAT-AP_IT metadata (JSON-LD)",
      dcatDescription: "Describe the published dataset (publisher, CC BY 4.0 licence, distributions) for dati.gov.it: there is one per publication.",
      dcatLatest: "Metadata of the latest publication",
      dcatNone: "Available after the first publication.",
      catalog: "Catalogue of all publications",
    },
    publish: {
      title: "Publish in Amministrazione trasparente",
      description:
        "Publishing freezes the plan and its results for the period: later edits do not change what was published. It records who published and when.",
      action: "Publish…",
      notAllowed: "The planning and control office and administrators publish.",
      confirmTitle: "Publish “{{plan}}”?",
      confirmPeriod: "Period: {{period}}",
      confirmNoPeriod: "The plan has no periods: it will be published without results.",
      confirmFrozen: "This freezes {{objectives}} objectives and {{indicators}} indicators with their targets and values as they are now, and the evaluation's scores and statuses.",
      confirmScore: "Overall score to be published: {{score}}.",
      confirmPublic: "The public page and its files will be readable by anyone, without signing in. They cannot be changed or deleted.",
      confirm: "Publish",
      publishing: "Publishing…",
      failed: "Publishing failed",
      done: "Published: “{{title}}”.",
      openPublic: "Open the public page",
    },
    list: {
      title: "Publications of the plan",
      empty: "The plan has not been published yet.",
      caption: "Publications of the plan, newest first",
      when: "Published on",
      period: "Period",
      score: "Score",
      by: "Published by",
      page: "Public page",
      open: "Open the public page",
      files: "Files",
      withoutPeriod: "no period",
    },
  },
};
