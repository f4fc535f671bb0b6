// Messages of plan editing forms (areas, objectives, indicators, targets, phases) and evidence files.
// Italian first; English has the same keys (a test checks it).
export const it = {
  editor: {
    title: "Modifica del piano",
  },
};

export const en: typeof it = {
  editor: {
    title: "Edit the plan",
  },
};
