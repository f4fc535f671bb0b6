// The meaning checks of a definition: every field named exists in the event model, every code is one the
// model knows, every breakdown can be computed. Errors carry the path inside the definition, so a user who
// writes `lep_cod:` reads "numerator.require.has.where.lep_cod: campo inesistente".
import {
  EVENT_TYPES,
  FILTERABLE_EVENT_FIELDS,
  FILTERABLE_PERSON_FIELDS,
  type FieldSpec,
} from "../event-model";
import { findTargetGroup } from "../target-groups";
import { toIsoDate } from "../../domain/italian";
import type {
  Anchor,
  Condition,
  Dimension,
  EventSelector,
  FieldTest,
  Filter,
  IndicatorDefinition,
  Scalar,
  UnitSet,
  When,
} from "./definition-schema";

export interface DefinitionProblem {
  /** where in the definition, e.g. "numerator.require.any[2].has.event". */
  path: string;
  message: string;
}

const COMBINATORS = new Set(["any_of", "all_of", "not"]);

export function checkDefinition(definition: IndicatorDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  const unitSets: { path: string; set: UnitSet }[] = [];
  if (definition.measure === "rate") {
    unitSets.push({ path: "denominator", set: definition.denominator });
    const numerator = definition.numerator;
    if ("of" in numerator) {
      if (numerator.where) {
        if (definition.unit === "persons") {
          report(
            "numerator.where",
            "con unit: persons il numeratore non può cambiare l'evento di riferimento: usare require con has",
          );
        } else if (!definition.denominator.anchor) {
          report("numerator.where", "il denominatore non ha un evento di riferimento (anchor) da restringere");
        }
        checkFilter(numerator.where, "numerator.where", FILTERABLE_EVENT_FIELDS, "degli eventi", report);
      }
      if (numerator.persons) checkFilter(numerator.persons, "numerator.persons", FILTERABLE_PERSON_FIELDS, "delle persone", report);
      if (numerator.require) checkCondition(numerator.require, "numerator.require", definition.denominator.anchor, report);
      if (numerator.require && definition.unit === "events") {
        report("numerator.require", "require vale solo per unit: persons (condizioni sul percorso della persona)");
      }
    } else {
      unitSets.push({ path: "numerator", set: numerator });
    }
  } else {
    unitSets.push({ path: "", set: definition });
  }

  for (const { path, set } of unitSets) {
    const at = (field: string) => (path ? `${path}.${field}` : field);
    if (set.anchor) checkAnchor(set.anchor, at("anchor"), report);
    if (set.persons) checkFilter(set.persons, at("persons"), FILTERABLE_PERSON_FIELDS, "delle persone", report);
    if (set.require) {
      if (definition.unit === "events") {
        report(at("require"), "require vale solo per unit: persons (condizioni sul percorso della persona)");
      }
      checkCondition(set.require, at("require"), set.anchor, report);
    }
    if (definition.unit === "events" && !set.anchor) {
      report(at("anchor"), "con unit: events serve l'evento da contare (anchor)");
    }
  }

  if (definition.measure === "duration") {
    if (definition.unit !== "persons") report("unit", "una durata si misura sul percorso delle persone: usare unit: persons");
    if (!definition.anchor) report("anchor", "una durata parte da un evento di riferimento (anchor)");
    checkSelector(definition.until, "until", report);
  }

  for (const [i, groupId] of (definition.target_groups ?? []).entries()) {
    if (!findTargetGroup(groupId)) report(`target_groups[${i}]`, `gruppo target «${groupId}» inesistente`);
  }

  checkBreakdowns(definition, report);
  return problems;
}

function checkBreakdowns(definition: IndicatorDefinition, report: (path: string, message: string) => void) {
  const anchored =
    definition.measure === "rate"
      ? Boolean(definition.denominator.anchor) &&
        ("of" in definition.numerator || Boolean(definition.numerator.anchor))
      : Boolean(definition.anchor);
  const sameAnchor =
    definition.measure !== "rate" ||
    "of" in definition.numerator ||
    JSON.stringify(definition.numerator.anchor) === JSON.stringify(definition.denominator.anchor);
  (definition.breakdowns ?? []).forEach((breakdown, i) => {
    const dimensions: Dimension[] = Array.isArray(breakdown) ? breakdown : [breakdown];
    if (new Set(dimensions).size !== dimensions.length) report(`breakdowns[${i}]`, "dimensione ripetuta");
    if (dimensions.includes("month") && (!anchored || !sameAnchor)) {
      report(
        `breakdowns[${i}]`,
        "la disaggregazione per mese richiede che numeratore e denominatore abbiano lo stesso evento di riferimento (anchor)",
      );
    }
    if (dimensions.includes("structure")) {
      report(`breakdowns[${i}]`, "la disaggregazione per struttura si chiede al calcolo (mappa CPI → struttura), non nella definizione");
    }
  });
}

function checkAnchor(anchor: Anchor, path: string, report: (path: string, message: string) => void) {
  checkSelector(anchor, path, report);
  for (const key of ["from", "to"] as const) {
    const date = anchor[key];
    if (date && !isCalendarDate(date)) report(`${path}.${key}`, `data inesistente «${date}»`);
  }
  if (anchor.from && anchor.to && anchor.from > anchor.to) report(path, "from è successivo a to");
}

function checkSelector(selector: EventSelector, path: string, report: (path: string, message: string) => void) {
  const names = Array.isArray(selector.event) ? selector.event : [selector.event];
  names.forEach((name, i) => {
    if (!(name in EVENT_TYPES)) {
      const where = Array.isArray(selector.event) ? `${path}.event[${i}]` : `${path}.event`;
      report(where, `tipo di evento «${name}» inesistente (ammessi: ${Object.keys(EVENT_TYPES).join(", ")})`);
    }
  });
  if (selector.where) checkFilter(selector.where, `${path}.where`, FILTERABLE_EVENT_FIELDS, "degli eventi", report);
}

function checkCondition(
  condition: Condition,
  path: string,
  anchor: Anchor | undefined,
  report: (path: string, message: string) => void,
) {
  if ("has" in condition) {
    checkSelector(condition.has, `${path}.has`, report);
    checkWhen(condition.has.when, `${path}.has.when`, anchor, report);
  } else if ("all" in condition) {
    condition.all.forEach((c, i) => checkCondition(c, `${path}.all[${i}]`, anchor, report));
  } else if ("any" in condition) {
    condition.any.forEach((c, i) => checkCondition(c, `${path}.any[${i}]`, anchor, report));
  } else {
    checkCondition(condition.not, `${path}.not`, anchor, report);
  }
}

function checkWhen(when: When | undefined, path: string, anchor: Anchor | undefined, report: (path: string, message: string) => void) {
  if (when === undefined || typeof when === "string") return;
  if (("within_days_after_anchor" in when || "within_days_before_anchor" in when) && !anchor) {
    report(path, "un intervallo relativo all'evento di riferimento richiede un anchor");
  }
  if ("from" in when || "to" in when) {
    const range = when as { from?: string; to?: string };
    for (const key of ["from", "to"] as const) {
      const date = range[key];
      if (date && !isCalendarDate(date)) report(`${path}.${key}`, `data inesistente «${date}»`);
    }
  }
}

function checkFilter(
  filter: Filter,
  path: string,
  fields: Record<string, FieldSpec>,
  whose: string,
  report: (path: string, message: string) => void,
) {
  for (const [key, test] of Object.entries(filter)) {
    if (test === undefined) continue;
    if (COMBINATORS.has(key)) {
      if (key === "not") checkFilter(test as Filter, `${path}.not`, fields, whose, report);
      else (test as Filter[]).forEach((f, i) => checkFilter(f, `${path}.${key}[${i}]`, fields, whose, report));
      continue;
    }
    const spec = fields[key];
    if (!spec) {
      report(`${path}.${key}`, `campo «${key}» inesistente tra i campi ${whose} (disponibili: ${Object.keys(fields).join(", ")})`);
      continue;
    }
    checkFieldTest(test as FieldTest, spec, `${path}.${key}`, key, report);
  }
}

function checkFieldTest(
  test: FieldTest,
  spec: FieldSpec,
  path: string,
  field: string,
  report: (path: string, message: string) => void,
) {
  const checkValue = (v: Scalar, at: string) => {
    const problem = valueProblem(v, spec);
    if (problem) report(at, `${field}: ${problem}`);
  };
  if (Array.isArray(test)) {
    test.forEach((v, i) => checkValue(v, `${path}[${i}]`));
    return;
  }
  if (typeof test !== "object") {
    checkValue(test, path);
    return;
  }
  for (const [op, operand] of Object.entries(test)) {
    if (operand === undefined) continue;
    if (op === "is_null") continue;
    if (op === "in" || op === "not_in") (operand as Scalar[]).forEach((v, i) => checkValue(v, `${path}.${op}[${i}]`));
    else if (op === "eq" || op === "ne") checkValue(operand as Scalar, `${path}.${op}`);
    else if (spec.type.kind !== "integer") report(`${path}.${op}`, `${field}: il confronto «${op}» vale solo per i campi numerici`);
  }
}

function valueProblem(v: Scalar, spec: FieldSpec): string | null {
  switch (spec.type.kind) {
    case "code": {
      const code = String(v);
      return code in spec.type.codes ? null : `codice «${code}» inesistente (ammessi: ${Object.keys(spec.type.codes).join(", ")})`;
    }
    case "boolean":
      return typeof v === "boolean" ? null : `atteso true o false, trovato «${String(v)}»`;
    case "integer":
      return typeof v === "number" && Number.isInteger(v) ? null : `atteso un numero intero, trovato «${String(v)}»`;
    default:
      return typeof v === "string" ? null : `atteso un testo, trovato «${String(v)}»`;
  }
}

function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number);
  return toIsoDate(y!, m!, d!) === iso;
}
