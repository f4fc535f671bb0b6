// Which date places a unit in the period, said in Italian for the people who read a computed value: the
// provenance of a monitoring value and the "Dati di servizio" page show it next to the definition.
import { formatItalianDate } from "../../domain/italian";
import { EVENT_TYPES, FILTERABLE_EVENT_FIELDS, type EventType } from "../event-model";
import type { Anchor, Filter, IndicatorDefinition, UnitSet } from "./definition-schema";

export function describePeriodBasis(definition: IndicatorDefinition): string {
  const set: UnitSet = definition.measure === "rate" ? definition.denominator : definition;
  const anchor = set.anchor;
  if (!anchor) return "nessuna data: conta la popolazione presente nei dati a fine periodo";
  const event = describeAnchorEvent(anchor);
  const window = describeWindow(anchor);
  if (definition.unit === "events") return `data dell'evento: ${event}${window}`;
  return `data del primo evento della persona nel periodo: ${event}${window}`;
}

function describeAnchorEvent(anchor: Anchor): string {
  const events: string[] = Array.isArray(anchor.event) ? anchor.event : [anchor.event];
  const label = events.map((e) => EVENT_TYPES[e as EventType] ?? e).join(" o ");
  const where = anchor.where ? describeFilter(anchor.where) : "";
  return where ? `${label}, ${where}` : label;
}

function describeWindow(anchor: Anchor): string {
  if (anchor.from && anchor.to) return `, tra il ${formatItalianDate(anchor.from)} e il ${formatItalianDate(anchor.to)}`;
  if (anchor.from) return `, dal ${formatItalianDate(anchor.from)}`;
  if (anchor.to) return `, fino al ${formatItalianDate(anchor.to)}`;
  return "";
}

// Only the simple filters anchors use in practice ("lep_code: C", "operator_kind: cpi"); anything richer is
// summarised rather than mis-described.
function describeFilter(filter: Filter): string {
  const parts = Object.entries(filter).map(([field, test]) => {
    const spec = FILTERABLE_EVENT_FIELDS[field];
    const label = spec?.label ?? field;
    const codeLabel = (code: unknown) => {
      const codes = spec?.type.kind === "code" ? spec.type.codes : null;
      const text = codes?.[String(code)];
      if (!text) return String(code);
      // LEP are known by their letter ("LEP C"), the other codes by their label
      return field === "lep_code" ? `${String(code)} (${text.toLowerCase()})` : text.toLowerCase();
    };
    if (Array.isArray(test)) return `${label}: ${test.map(codeLabel).join(", ")}`;
    if (test !== null && typeof test === "object") return `${label} con condizioni`;
    return `${label}: ${codeLabel(test)}`;
  });
  return parts.join("; ");
}
