// How Traguardo reads a target the user types, with the import grammar (src/domain/target-grammar.ts) and the
// indicator as context: "> 7.920" → "più di 7.920", "entro luglio 2022" → "entro il 31/07/2022". Shown under
// the target field so the user sees what the evaluation will compute with before saving.
import type { Indicator, Target } from "@domain/model";
import { contextOf } from "@domain/resolve-targets";
import type { ParsedTarget } from "@domain/target";
import { parseTarget } from "@domain/target-grammar";
import { formatDate, formatNumber } from "../../format/figures";

export interface TargetReading {
  /** i18n key and values of the reading. */
  key: string;
  values: Record<string, string>;
  /** the engine can compute achievement with it (not qualitative, not a relative target without reference). */
  measurable: boolean;
}

const COMPARATOR_KEYS = { ">": "more", ">=": "atLeast", "<": "less", "<=": "atMost", "=": "exactly" } as const;

function amount(value: number, isPercent: boolean, unit: string | null): string {
  const figure = formatNumber(value, Number.isInteger(value) ? 0 : 2);
  return `${figure}${isPercent ? "%" : ""}${unit ? ` ${unit}` : ""}`;
}

export function readParsedTarget(parsed: ParsedTarget): TargetReading {
  switch (parsed.kind) {
    case "threshold":
      return { key: `editor.reading.${COMPARATOR_KEYS[parsed.comparator]}`, values: { amount: amount(parsed.value, parsed.isPercent, parsed.unit) }, measurable: true };
    case "deadline":
      return { key: parsed.qualifier ? "editor.reading.deadlineWith" : "editor.reading.deadline", values: { date: formatDate(parsed.due), qualifier: parsed.qualifier ?? "" }, measurable: true };
    case "relative": {
      const change = parsed.changePercent !== null ? `${parsed.changePercent > 0 ? "+" : ""}${formatNumber(parsed.changePercent, 0)}%` : `${(parsed.changeAbsolute ?? 0) > 0 ? "+" : ""}${formatNumber(parsed.changeAbsolute ?? 0, 0)}`;
      if (parsed.resolvedValue === null) return { key: "editor.reading.relativeNoReference", values: { change }, measurable: false };
      return {
        key: `editor.reading.relative`,
        values: {
          change,
          reference: formatNumber(parsed.referenceValue ?? 0, Number.isInteger(parsed.referenceValue) ? 0 : 2),
          year: parsed.referenceYear === null ? "" : String(parsed.referenceYear),
          resolved: amount(parsed.resolvedValue, false, parsed.unit),
        },
        measurable: true,
      };
    }
    case "previous-value":
      return {
        key: parsed.referenceYear === null ? "editor.reading.previousYear" : "editor.reading.previousValue",
        values: { comparison: COMPARATOR_KEYS[parsed.comparator], year: String(parsed.referenceYear ?? "") },
        measurable: true,
      };
    case "composite":
      return { key: "editor.reading.composite", values: { parts: parsed.parts.map((p) => amount(p.value, p.isPercent, p.unit)).join(" · ") }, measurable: true };
    case "qualitative":
      return { key: "editor.reading.qualitative", values: { reason: parsed.reason }, measurable: false };
  }
}

/** Parses a target's text as the import does, with its indicator's baseline, definition and unit. */
export function parseTargetFor(indicator: Pick<Indicator, "id" | "code" | "definition" | "unit" | "baselineText" | "baselineValue" | "baselineYear"> | undefined, target: Pick<Target, "id" | "indicatorId" | "text" | "yearFrom">): ParsedTarget {
  return parseTarget(target.text, contextOf(indicator, target));
}
