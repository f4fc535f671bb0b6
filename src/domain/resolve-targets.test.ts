import { describe, expect, it } from "vitest";
import { PlanBundle, type PlanBundleInput } from "./model";
import { QUALITATIVE_TARGET, TARGET_WITHOUT_REFERENCE, resolveTargets } from "./resolve-targets";

// Indicators and targets as the AFOL and ARTI importers write them (seeds 000 and 004): `parsed` left null.
function buildBundle(): PlanBundleInput {
  const planId = "afol-2022";
  const indicator = (id: string, code: string, definition: string, baseline: { text?: string; value?: number; year?: number } = {}) => ({
    id,
    planId,
    code,
    definition,
    baselineText: baseline.text ?? null,
    baselineValue: baseline.value ?? null,
    baselineYear: baseline.year ?? null,
  });
  const target = (indicatorId: string, text: string, yearFrom = 2022, label = "Target") => ({
    id: `${indicatorId}:t-${yearFrom}`,
    indicatorId,
    label,
    yearFrom,
    yearTo: yearFrom,
    text,
  });
  return {
    organisation: { id: "afol-metropolitana", name: "AFOL Metropolitana" },
    plan: { id: planId, organisationId: "afol-metropolitana", title: "Piano Performance 2022", kind: "performance_plan", yearFrom: 2022, yearTo: 2022 },
    indicators: [
      indicator("i6-3", "6.3", "incrementare le iniziative progettuali realizzate in partnership con i Soci"),
      // the importer kept the text but not the figure: the step reads it
      indicator("i14-2", "14.2", "imprese contattate dal servizio marketing (% rispetto a 2021)", { text: "Dato 2021 3.769" }),
      indicator("i15-1", "15.1", "accessi fisici e digitali ai CPI", { text: "Nel 2021: 124.075", value: 124075, year: 2021 }),
      indicator("i16-2", "16.2", "% di digitalizzazione delle certificazioni evase dai CPI"),
      indicator("i16-5", "16.5", "riduzione dei tempi medi di risposta in merito alle richieste di accesso agli atti"),
      indicator("i20-5", "20.5", "webinar di orientamento professionale", { text: "2021: 12 webinar 178 utenti" }),
      indicator("arti-3.1", "3.1", "Numero di imprese che si sono rivolte ai servizi/numero di imprese nell'anno precedente", {
        text: "91,33% dato 2020",
        value: 91.33,
        year: 2020,
      }),
    ],
    targets: [
      target("i6-3", "+20% rispetto al 2021 (29)"),
      target("i14-2", "+20%"),
      target("i15-1", "+5%"),
      target("i16-2", ">70"),
      target("i16-5", "Almeno 5 giorni"),
      target("i20-5", ">50 webinar >1.000 utenti"),
      target("arti-3.1", "90,00%", 2021, "Valore target 2021"),
      target("arti-3.1", ">= dato finale anno precedente", 2022, "Valore target 2022 - 2023"),
      target("arti-3.1", "-", 2023, "Valore target 2022 - 2023"),
    ],
  };
}

const parsedOf = (bundle: PlanBundleInput, targetId: string) => bundle.targets!.find((t) => t.id === targetId)!.parsed;

describe("resolveTargets", () => {
  it("AFOL 6.3: '+20% rispetto al 2021 (29)' → 29 × 1,20 = 34,8", () => {
    expect(parsedOf(resolveTargets(buildBundle()), "i6-3:t-2022")).toMatchObject({ kind: "relative", referenceValue: 29, resolvedValue: 34.8 });
  });

  it("AFOL 14.2: '+20%' with baseline text 'Dato 2021 3.769' (no figure stored) → 3.769 × 1,20 = 4.522,8", () => {
    expect(parsedOf(resolveTargets(buildBundle()), "i14-2:t-2022")).toMatchObject({
      kind: "relative",
      referenceYear: 2021,
      referenceValue: 3769,
      resolvedValue: 4522.8,
    });
  });

  it("AFOL 15.1: '+5%' with baseline 124.075 (2021) → 130.278,75", () => {
    expect(parsedOf(resolveTargets(buildBundle()), "i15-1:t-2022")).toMatchObject({ kind: "relative", resolvedValue: 130278.75 });
  });

  it("AFOL 16.2: '>70' is a percentage because the definition starts with '%'", () => {
    expect(parsedOf(resolveTargets(buildBundle()), "i16-2:t-2022")).toEqual({
      kind: "threshold",
      comparator: ">",
      value: 70,
      isPercent: true,
      unit: null,
    });
  });

  it("AFOL 16.5: 'Almeno 5 giorni' under 'riduzione dei tempi…' is a cut of 5 days, unresolved without a 2021 figure", () => {
    const bundle = resolveTargets(buildBundle());
    expect(parsedOf(bundle, "i16-5:t-2022")).toMatchObject({ kind: "relative", comparator: "<=", changeAbsolute: -5, unit: "giorni", resolvedValue: null });
    expect(bundle.warnings).toContainEqual({
      itemType: "target",
      itemId: "i16-5:t-2022",
      code: TARGET_WITHOUT_REFERENCE,
      message:
        'Indicatore 16.5: il target "Almeno 5 giorni" è una variazione ma manca il valore di riferimento del 2021: indicare il valore iniziale per calcolare il valore da raggiungere.',
      location: 'colonna "Target"',
    });
  });

  it("AFOL 20.5: '>50 webinar >1.000 utenti' → two parts, 50 webinar and 1.000 utenti", () => {
    expect(parsedOf(resolveTargets(buildBundle()), "i20-5:t-2022")).toMatchObject({
      kind: "composite",
      parts: [
        { comparator: ">", value: 50, unit: "webinar" },
        { comparator: ">", value: 1000, unit: "utenti" },
      ],
    });
  });

  it("ARTI 3.1: 2021 '90,00%' → at least 90%; 2022 '>= dato finale anno precedente' → previous value", () => {
    const bundle = resolveTargets(buildBundle());
    expect(parsedOf(bundle, "arti-3.1:t-2021")).toEqual({ kind: "threshold", comparator: ">=", value: 90, isPercent: true, unit: null });
    expect(parsedOf(bundle, "arti-3.1:t-2022")).toEqual({ kind: "previous-value", comparator: ">=", referenceYear: null });
  });

  it("a qualitative target ('-') gets a 'qualitative-target' warning naming the indicator code and the text", () => {
    const bundle = resolveTargets(buildBundle());
    expect(parsedOf(bundle, "arti-3.1:t-2023")).toEqual({ kind: "qualitative", reason: "nessun target indicato" });
    expect(bundle.warnings).toContainEqual({
      itemType: "target",
      itemId: "arti-3.1:t-2023",
      code: QUALITATIVE_TARGET,
      message: 'Indicatore 3.1: il target "-" non è misurabile (nessun target indicato); sarà valutato a giudizio se non viene corretto.',
      location: 'colonna "Valore target 2022 - 2023"',
    });
  });

  it("fills every target and warns exactly twice (16.5 without reference, ARTI '-') — the result passes PlanBundle.parse", () => {
    const bundle = resolveTargets(buildBundle());
    expect(bundle.targets!.every((t) => t.parsed != null)).toBe(true);
    expect(bundle.warnings!.map((w) => `${w.code} ${w.itemId}`)).toEqual([
      `${TARGET_WITHOUT_REFERENCE} i16-5:t-2022`,
      `${QUALITATIVE_TARGET} arti-3.1:t-2023`,
    ]);
    expect(() => PlanBundle.parse(bundle)).not.toThrow();
  });

  it("is pure: the input bundle is not changed", () => {
    const input = buildBundle();
    const copy = structuredClone(input);
    resolveTargets(input);
    expect(input).toEqual(copy);
  });

  it("running twice adds no warning and changes nothing", () => {
    const once = resolveTargets(buildBundle());
    expect(resolveTargets(once)).toEqual(once);
    expect(resolveTargets(once, { reparse: true })).toEqual(once);
  });

  it("keeps a target already parsed (corrected by a user) unless asked to reparse", () => {
    const input = buildBundle();
    const corrected = { kind: "threshold", comparator: ">=", value: 5, isPercent: false, unit: "giorni" } as const;
    input.targets![4] = { ...input.targets![4]!, parsed: corrected };
    expect(parsedOf(resolveTargets(input), "i16-5:t-2022")).toEqual(corrected);
    expect(parsedOf(resolveTargets(input, { reparse: true }), "i16-5:t-2022")).toMatchObject({ kind: "relative" });
  });

  it("works on a validated PlanBundle too, and on a bundle without targets", () => {
    const validated = PlanBundle.parse(buildBundle());
    expect(resolveTargets(validated).targets.filter((t) => t.parsed?.kind === "relative")).toHaveLength(4);
    const empty = resolveTargets({ ...buildBundle(), targets: [] });
    expect(empty.targets).toEqual([]);
    expect(empty.warnings).toEqual([]);
  });

  it("a target whose indicator is missing is still parsed, and the warning names the indicator id", () => {
    const input: PlanBundleInput = { ...buildBundle(), targets: [{ id: "t-x", indicatorId: "ghost", text: "bimestrale" }] };
    const bundle = resolveTargets(input);
    expect(bundle.targets![0]!.parsed?.kind).toBe("qualitative");
    expect(bundle.warnings![0]!.message).toMatch(/^Indicatore ghost: il target "bimestrale" non è misurabile/);
    expect(bundle.warnings![0]!.location).toBeNull();
  });
});
