// Messages of the monitoring workflow, audit trail, notifications, "Le mie performance" and user administration.
// Italian first; English has the same keys (a test checks it).
export const it = {
  workflow: {
    title: "Approvazione",
  },
};

export const en: typeof it = {
  workflow: {
    title: "Approval",
  },
};
