// Messages of the evaluation screens: findings, status overrides, individual performance, resource allocation, budget tables, what-if.
// Italian first; English has the same keys (a test checks it).
export const it = {
  evaluation: {
    title: "Valutazione",
  },
};

export const en: typeof it = {
  evaluation: {
    title: "Evaluation",
  },
};
