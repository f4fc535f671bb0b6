// Messages of indicators computed from service-delivery data (analytics) and their provenance.
// Italian first; English has the same keys (a test checks it).
export const it = {
  serviceData: {
    title: "Dati di servizio",
    intro:
      "Gli indicatori collegati ai dati di servizio dei Centri per l'Impiego (DID, patti di servizio, LEP, GOL, assunzioni) prendono il valore del monitoraggio da un calcolo sui dati, con la sua provenienza. Un valore inserito a mano non viene mai sostituito senza una decisione.",
    toMonitoring: "Vai al monitoraggio",
    recompute: {
      label: "Periodo da ricalcolare",
      button: "Ricalcola",
      running: "Calcolo in corso…",
      done: "Calcolo dal {{from}} al {{to}}: {{created}} valori nuovi, {{updated}} aggiornati, {{unchanged}} invariati, {{review}} da rivedere.",
    },
    bindings: {
      heading: "Indicatori collegati",
      caption: "Indicatori collegati ai dati di servizio e valori del periodo {{period}}",
      none: "Nessun indicatore del piano è collegato ai dati di servizio.",
      indicator: "Indicatore",
      definition: "Definizione e data che colloca nel periodo",
      value: "Valore ({{period}})",
      provenance: "Provenienza",
      actions: "Azioni",
      remove: "Scollega",
      notComputed: "non ancora calcolato",
      target: "Target: {{target}}",
      allCpi: "Tutti i CPI presenti nei dati",
      someCpi_one: "{{count}} CPI considerato",
      someCpi_other: "{{count}} CPI considerati",
    },
    provenance: {
      basis: "Data che colloca nel periodo: {{basis}}",
      dataset: "Insieme di dati {{dataset}}",
      computedAt: "Calcolato il {{at}}",
      computedValue: "Valore calcolato: {{value}}",
      ratio: "Numeratore {{numerator}} su denominatore {{denominator}}",
    },
    badge: {
      computed: "calcolato",
      awaitingReview: "calcolato diverso",
    },
    review: {
      heading: "Valori calcolati da rivedere",
      intro: "Per questi indicatori esiste un valore inserito a mano diverso da quello calcolato dai dati: il valore manuale resta finché qualcuno non decide.",
      manual: "Valore manuale",
      computed: "Valore calcolato",
      accept: "Accetta il calcolato",
      keep: "Mantieni il manuale",
    },
    add: {
      heading: "Collega un indicatore",
      indicator: "Indicatore del piano",
      definition: "Definizione sui dati di servizio",
      choose: "Scegliere…",
      submit: "Collega",
    },
  },
};

export const en: typeof it = {
  serviceData: {
    title: "Service data",
    intro:
      "Indicators bound to the service data of the public employment offices (DID, service pacts, LEP, GOL, hirings) take their monitoring value from a computation over the data, with its provenance. A value typed by hand is never replaced without a decision.",
    toMonitoring: "Go to monitoring",
    recompute: {
      label: "Period to recompute",
      button: "Recompute",
      running: "Computing…",
      done: "Computed from {{from}} to {{to}}: {{created}} new values, {{updated}} updated, {{unchanged}} unchanged, {{review}} to review.",
    },
    bindings: {
      heading: "Bound indicators",
      caption: "Indicators bound to service data and their values for {{period}}",
      none: "No indicator of this plan is bound to service data.",
      indicator: "Indicator",
      definition: "Definition and the date that places an event in the period",
      value: "Value ({{period}})",
      provenance: "Provenance",
      actions: "Actions",
      remove: "Unbind",
      notComputed: "not computed yet",
      target: "Target: {{target}}",
      allCpi: "Every employment office in the data",
      someCpi_one: "{{count}} employment office counted",
      someCpi_other: "{{count}} employment offices counted",
    },
    provenance: {
      basis: "Date that places it in the period: {{basis}}",
      dataset: "Data set {{dataset}}",
      computedAt: "Computed on {{at}}",
      computedValue: "Computed value: {{value}}",
      ratio: "Numerator {{numerator}} over denominator {{denominator}}",
    },
    badge: {
      computed: "computed",
      awaitingReview: "computed differs",
    },
    review: {
      heading: "Computed values to review",
      intro: "These indicators have a value typed by hand that differs from the one computed from the data: the manual value stays until someone decides.",
      manual: "Manual value",
      computed: "Computed value",
      accept: "Accept the computed value",
      keep: "Keep the manual value",
    },
    add: {
      heading: "Bind an indicator",
      indicator: "Plan indicator",
      definition: "Definition over service data",
      choose: "Choose…",
      submit: "Bind",
    },
  },
};
