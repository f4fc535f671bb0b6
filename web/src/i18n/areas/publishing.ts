// Messages of reports, open data and publication in Amministrazione trasparente.
// Italian first; English has the same keys (a test checks it).
export const it = {
  publishing: {
    title: "Pubblicazione",
  },
};

export const en: typeof it = {
  publishing: {
    title: "Publication",
  },
};
