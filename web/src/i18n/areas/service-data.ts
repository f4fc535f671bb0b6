// Messages of indicators computed from service-delivery data (analytics) and their provenance.
// Italian first; English has the same keys (a test checks it).
export const it = {
  serviceData: {
    title: "Dati di servizio",
  },
};

export const en: typeof it = {
  serviceData: {
    title: "Service data",
  },
};
