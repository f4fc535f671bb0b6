// When something happened, as Italian offices write it: "30/06/2021 14:05" (Rome time, whatever the browser's zone).
const formatter = new Intl.DateTimeFormat("it-IT", {
  timeZone: "Europe/Rome",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

export function formatDateTime(iso: string | null): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter.format(date).replace(",", "");
}

/** "Maria Rossi <maria.rossi@ente.it>" → "Maria Rossi": the audit label carries the e-mail, the screens need the name. */
export function personName(label: string | null): string {
  if (!label) return "—";
  return label.replace(/\s*<[^>]*>\s*$/, "").trim() || label;
}
