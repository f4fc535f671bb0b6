// Fills `parsed` of every target of a bundle from its text, with its indicator as context, and warns about
// targets the engine cannot compute on its own. Importers leave `parsed` null (one grammar for all layouts);
// this step runs after them. Pure: returns a new bundle, the input is not changed.
import { parseBaseline } from "./baseline";
import type { ImportWarning, Indicator, Target } from "./model";
import type { ParsedTarget } from "./target";
import { parseTarget, type TargetContext } from "./target-grammar";

type IndicatorInput = Pick<Indicator, "id" | "code" | "definition"> &
  Partial<Pick<Indicator, "unit" | "baselineText" | "baselineValue" | "baselineYear">>;
type TargetInput = Pick<Target, "id" | "indicatorId" | "text"> &
  Partial<Pick<Target, "label" | "yearFrom" | "parsed">>;
type WarningInput = Pick<ImportWarning, "itemType" | "code" | "message"> & Partial<Pick<ImportWarning, "itemId" | "location">>;

/** The parts of a PlanBundle (or PlanBundleInput) this step reads and writes. */
export interface BundleWithTargets {
  indicators?: IndicatorInput[];
  targets?: TargetInput[];
  warnings?: WarningInput[];
}

export const QUALITATIVE_TARGET = "qualitative-target";
export const TARGET_WITHOUT_REFERENCE = "target-without-reference";

export interface ResolveTargetsOptions {
  /** parse again targets that already have `parsed` (by default they are kept: a user may have corrected them). */
  reparse?: boolean;
}

export function resolveTargets<B extends BundleWithTargets>(bundle: B, options: ResolveTargetsOptions = {}): B {
  const indicators = new Map((bundle.indicators ?? []).map((indicator) => [indicator.id, indicator]));
  const warnings = [...(bundle.warnings ?? [])];
  const warned = new Set(warnings.map((w) => `${w.code}|${w.itemId ?? ""}`));
  const warn = (warning: ImportWarning) => {
    const key = `${warning.code}|${warning.itemId ?? ""}`;
    if (warned.has(key)) return; // a second run adds nothing
    warned.add(key);
    warnings.push(warning);
  };

  const targets = (bundle.targets ?? []).map((target) => {
    if (target.parsed != null && !options.reparse) return target;
    const indicator = indicators.get(target.indicatorId);
    const parsed = parseTarget(target.text, contextOf(indicator, target));
    for (const warning of warningsFor(parsed, target, indicator)) warn(warning);
    return { ...target, parsed };
  });

  return { ...bundle, targets, warnings };
}

/** The indicator's baseline as stored, or as read from its text when the importer left the figure empty. */
export function contextOf(indicator: IndicatorInput | undefined, target: TargetInput): TargetContext {
  const written = indicator?.baselineValue == null ? parseBaseline(indicator?.baselineText) : null;
  return {
    year: target.yearFrom ?? null,
    baselineValue: indicator?.baselineValue ?? written?.value ?? null,
    baselineYear: indicator?.baselineYear ?? written?.year ?? null,
    definition: indicator?.definition ?? null,
    unit: indicator?.unit ?? null,
  };
}

function warningsFor(parsed: ParsedTarget, target: TargetInput, indicator: IndicatorInput | undefined): ImportWarning[] {
  const subject = `Indicatore ${indicator?.code ?? target.indicatorId}`;
  const location = target.label ? `colonna "${target.label}"` : null;
  if (parsed.kind === "qualitative") {
    return [
      {
        itemType: "target",
        itemId: target.id,
        code: QUALITATIVE_TARGET,
        message: `${subject}: il target "${target.text}" non è misurabile (${parsed.reason}); sarà valutato a giudizio se non viene corretto.`,
        location,
      },
    ];
  }
  if (parsed.kind === "relative" && parsed.resolvedValue == null) {
    return [
      {
        itemType: "target",
        itemId: target.id,
        code: TARGET_WITHOUT_REFERENCE,
        message: `${subject}: il target "${target.text}" è una variazione ma manca il valore di riferimento${
          parsed.referenceYear != null ? ` del ${parsed.referenceYear}` : ""
        }: indicare il valore iniziale per calcolare il valore da raggiungere.`,
        location,
      },
    ];
  }
  return [];
}
