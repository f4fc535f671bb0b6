// The audit trail as CSV for Excel in Italy: ";" separated, UTF-8 with BOM, CRLF. Cells that a spreadsheet would
// read as a formula are prefixed with an apostrophe (OWASP "CSV injection").
import type { AuditEvent } from "./audit-log";

const HEADER = [
  "id",
  "data e ora (UTC)",
  "utente",
  "id account",
  "indirizzo IP",
  "azione",
  "tipo di elemento",
  "elemento",
  "organizzazione",
  "piano",
  "periodo",
  "struttura",
  "prima",
  "dopo",
  "nota",
];

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "string" ? value : value instanceof Date ? value.toISOString() : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function auditEventsToCsv(events: readonly AuditEvent[]): string {
  const lines = [HEADER.join(";")];
  for (const e of events) {
    lines.push(
      [
        e.id,
        e.at,
        e.actorLabel,
        e.actorId,
        e.ip,
        e.action,
        e.itemType,
        e.itemId,
        e.organisationId,
        e.planId,
        e.periodId,
        e.structureId,
        e.before,
        e.after,
        e.note,
      ]
        .map((v) => cell(typeof v === "number" ? String(v) : v))
        .join(";"),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
