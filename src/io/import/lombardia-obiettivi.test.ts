import { describe, expect, it } from "vitest";
import { PlanBundle } from "../../domain/model";
import { decodeText } from "../decode-text";
import { readSeed } from "../seeds";
import { lombardiaObiettiviImporter, parseResourceShare } from "./lombardia-obiettivi";
import type { ImportError, ImportResult } from "./types";

const seed = readSeed("lombardia");
const FILE = "003_c6eff009a6b7c3fc.txt";

function bundleOf(result: ImportResult) {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return PlanBundle.parse(result.bundle);
}
function errorsOf(result: ImportResult): ImportError[] {
  if (result.ok) throw new Error("expected errors, the import succeeded");
  return result.errors;
}
const imported = bundleOf(lombardiaObiettiviImporter.parse(seed, FILE));

/** The seed with line `n` (1-based, as an editor shows it) replaced; `null` deletes it. */
function withLine(text: string, n: number, replacement: string | null): string {
  const lines = text.split("\n");
  expect(lines[n - 1]).toBeDefined();
  lines.splice(n - 1, 1, ...(replacement === null ? [] : [replacement]));
  return lines.join("\n");
}

describe("lombardiaObiettiviImporter.detect", () => {
  it("recognises seed 003 and no other seed", () => {
    expect(lombardiaObiettiviImporter.detect(seed)).toBe(true);
    for (const other of ["afol", "anpal", "arti"] as const) {
      expect(lombardiaObiettiviImporter.detect(readSeed(other))).toBe(false);
    }
    expect(lombardiaObiettiviImporter.detect("")).toBe(false);
  });

  it("still recognises the layout when one «Quota di risorse» line is missing, so parse can say which", () => {
    expect(lombardiaObiettiviImporter.detect(withLine(seed, 31, null))).toBe(true);
  });
});

describe("lombardiaObiettiviImporter.parse on seed 003", () => {
  it("passes PlanBundle.parse and is deterministic (same ids on re-import)", () => {
    const again = bundleOf(lombardiaObiettiviImporter.parse(seed, FILE));
    expect(again).toEqual(imported);
  });

  it("plan lombardia-2026 «Obiettivi strategici per l'anno 2026», 2026–2026, assigned by Regione Lombardia", () => {
    expect(imported.organisation).toMatchObject({ id: "regione-lombardia", name: "Regione Lombardia", kind: "region" });
    expect(imported.plan).toMatchObject({
      id: "lombardia-2026",
      organisationId: "regione-lombardia",
      kind: "objectives_assigned",
      title: "Obiettivi strategici per l'anno 2026",
      yearFrom: 2026,
      yearTo: 2026,
      assignedById: "regione-lombardia",
      sourceFile: FILE,
      sourceLayout: "lombardia-obiettivi",
    });
  });

  it("plan description is the introduction as plain text, from «Gli obiettivi assegnati» to «…Città Metropolitana:»", () => {
    const description = imported.plan.description!;
    expect(description.startsWith("Gli obiettivi assegnati a Province e Città Metropolitana")).toBe(true);
    expect(description).toContain("a cura dell'Osservatorio del Mercato del Lavoro");
    expect(description).toContain("- Customer Satisfaction;");
    expect(description.endsWith("obiettivo strategico per il 2026 per Province e Città Metropolitana:")).toBe(true);
    expect(description).not.toContain("Obiettivo 1");
    expect(description).not.toMatch(/\n{3}/);
  });

  it("12 assignees: the 11 Lombard Provinces and the Città Metropolitana di Milano, children of the Region", () => {
    const assignees = imported.relatedOrganisations;
    expect(assignees).toHaveLength(12);
    expect(imported.plan.assigneeIds).toEqual(assignees.map((o) => o.id));
    expect(assignees.filter((o) => o.kind === "province").map((o) => o.name)).toEqual([
      "Provincia di Bergamo",
      "Provincia di Brescia",
      "Provincia di Como",
      "Provincia di Cremona",
      "Provincia di Lecco",
      "Provincia di Lodi",
      "Provincia di Mantova",
      "Provincia di Monza e della Brianza",
      "Provincia di Pavia",
      "Provincia di Sondrio",
      "Provincia di Varese",
    ]);
    expect(assignees.filter((o) => o.kind === "metropolitan_city")).toEqual([
      expect.objectContaining({ id: "citta-metropolitana-milano", name: "Città Metropolitana di Milano" }),
    ]);
    expect(assignees.every((o) => o.parentId === "regione-lombardia")).toBe(true);
    expect(new Set(assignees.map((o) => o.id)).size).toBe(12);
  });

  it("warns that the assignees were added from the institutional order, not read from the text (riga 5)", () => {
    const warning = imported.warnings.find((w) => w.code === "assignees-added");
    expect(warning).toMatchObject({ itemType: "plan", itemId: "lombardia-2026", location: "riga 5" });
    expect(warning!.message).toContain("«Province e Città Metropolitana» senza elencarle");
    expect(warning!.message).toContain("non dal testo");
  });

  it("3 objectives coded 1–3 with their titles as written", () => {
    expect(imported.objectives.map((o) => [o.id, o.code, o.title, o.position])).toEqual([
      ["lombardia-2026:obj-1", "1", "EFFICIENTAMENTO DELLA PRESA IN CARICO E DELL'ATTIVAZIONE DEGLI UTENTI", 0],
      ["lombardia-2026:obj-2", "2", "MAGGIOR EFFICACIA DELLA GESTIONE DEI SERVIZI FORMATIVI", 1],
      ["lombardia-2026:obj-3", "3", "PROMOZIONE DI INIZIATIVE DI ANIMAZIONE TERRITORIALE", 2],
    ]);
    expect(imported.objectives.every((o) => o.planId === "lombardia-2026" && o.weight === null)).toBe(true);
  });

  it("resource shares: obj 1 «minimo 40%» → min 40, obj 2 «massimo 20%» → max 20, obj 3 «minimo 20%» → min 20", () => {
    expect(imported.objectives.map((o) => [o.resourceShareText, o.resourceShareMin, o.resourceShareMax])).toEqual([
      ["minimo 40%", 40, null],
      ["massimo 20%", null, 20],
      ["minimo 20%", 20, null],
    ]);
  });

  it("dimensions to observe: 4, 2 and 1, without the list's «;» and «.»", () => {
    const [first, second, third] = imported.objectives;
    expect(imported.objectives.map((o) => o.dimensions.length)).toEqual([4, 2, 1]);
    expect(first!.dimensions[0]).toBe("Incremento della presa in carico dei percettori di strumenti di sostegno al reddito");
    expect(first!.dimensions[3]).toBe(
      "Efficientamento della capacità dei CPI di valorizzare l'offerta di servizi a lavoro messa a disposizione dagli operatori accreditati",
    );
    expect(second!.dimensions[1]).toBe(
      "Aumento dei percorsi formativi rivolti ai disoccupati che includono competenze considerate strategiche per il mercato del lavoro, come emerse dagli strumenti di analisi messi a disposizione da Regione Lombardia",
    );
    expect(third!.dimensions).toEqual([
      "Iniziative di animazione territoriale attivate con il coinvolgimento di imprese, soggetti del terzo settore e/o altri stakeholder del territorio",
    ]);
  });

  it("each objective's description is its paragraph, without the «Quota di risorse» line", () => {
    const descriptions = imported.objectives.map((o) => o.description!);
    expect(descriptions[0]!.startsWith("Regione Lombardia intende incrementare la capacità di presa in carico")).toBe(true);
    expect(descriptions[0]!.endsWith("trovino una effettiva e tempestiva attivazione.")).toBe(true);
    expect(descriptions[1]!.startsWith("Regione Lombardia ritiene fondamentale")).toBe(true);
    expect(descriptions[2]!.endsWith("attrarre le persone disoccupate o inattive.")).toBe(true);
    expect(descriptions.some((d) => d.includes("Quota di risorse") || d.includes("Dimensioni"))).toBe(false);
  });

  it("6 system indicators hang from the group node «Indicatori di sistema», measured by the Osservatorio", () => {
    expect(imported.nodes).toEqual([
      expect.objectContaining({ id: "lombardia-2026:indicatori-sistema", kind: "group", title: "Indicatori di sistema" }),
    ]);
    expect(imported.indicators.map((i) => [i.code, i.definition, i.direction])).toEqual([
      ["IS1", "Tasso di abbandono dal percorso di attivazione", "decrease"],
      ["IS2", "Customer Satisfaction", "increase"],
      ["IS3", "Attinenza dei percorsi formativi alle competenze richieste dal mercato", "increase"],
      ["IS4", "Efficacia nella gestione dei tirocini extracurriculari", "increase"],
      ["IS5", "Qualità del placement", "increase"],
      ["IS6", "Capacità di gestione delle vacancies messe a disposizione dalle imprese", "increase"],
    ]);
    for (const indicator of imported.indicators) {
      expect(indicator.objectiveId).toBeNull();
      expect(indicator.nodeId).toBe("lombardia-2026:indicatori-sistema");
      expect(indicator.dataSource).toBe("Osservatorio del Mercato del Lavoro");
      expect(indicator.baselineValue).toBeNull();
    }
  });

  it("invents no targets: none in the bundle, and a «no-targets» warning per objective and for the system indicators", () => {
    expect(imported.targets).toEqual([]);
    const noTargets = imported.warnings.filter((w) => w.code === "no-targets");
    expect(noTargets.map((w) => [w.itemId, w.location])).toEqual([
      ["lombardia-2026:obj-1", "riga 16"],
      ["lombardia-2026:obj-2", "riga 29"],
      ["lombardia-2026:obj-3", "riga 40"],
      ["lombardia-2026:indicatori-sistema", "righe 7–12"],
    ]);
    expect(noTargets[0]!.message).toContain("quota di risorse («minimo 40%») e 4 dimensioni da osservare");
    expect(noTargets[2]!.message).toContain("e una dimensione da osservare");
    expect(noTargets[3]!.message).toContain("I 6 indicatori di sistema");
  });

  it("40 + 20 minimum shares do not exceed 100%: no «resource-shares-exceed» warning", () => {
    expect(imported.warnings.map((w) => w.code)).not.toContain("resource-shares-exceed");
  });
});

describe("lombardiaObiettiviImporter.parse on other encodings and formats of the same text", () => {
  it("Windows line ends and a BOM give the same bundle", () => {
    const crlf = `\uFEFF${seed.replace(/\n/g, "\r\n")}`;
    expect(bundleOf(lombardiaObiettiviImporter.parse(crlf, FILE))).toEqual(imported);
  });

  it("the seed saved in Windows-1252 and read through decodeText gives the same bundle", () => {
    const bytes = Uint8Array.from([...seed].map((c) => (c === "–" ? 0x96 : c.charCodeAt(0))));
    expect(bytes.every((b) => b < 0x100)).toBe(true);
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe("windows-1252");
    expect(bundleOf(lombardiaObiettiviImporter.parse(text, FILE))).toEqual(imported);
  });

  it("the seed as an HTML fragment (<p>, <ul><li>, <ol><li>) yields the same objectives, dimensions and indicators", () => {
    const html = toHtml(seed);
    expect(html).toContain("<ol><li>");
    expect(lombardiaObiettiviImporter.detect(html)).toBe(true);
    const fromHtml = bundleOf(lombardiaObiettiviImporter.parse(html, "003.html"));
    expect(fromHtml.objectives.map((o) => [o.title, o.resourceShareText, o.dimensions])).toEqual(
      imported.objectives.map((o) => [o.title, o.resourceShareText, o.dimensions]),
    );
    expect(fromHtml.indicators.map((i) => i.definition)).toEqual(imported.indicators.map((i) => i.definition));
    expect(JSON.stringify(fromHtml)).not.toMatch(/<\/?(p|li|ul|ol)>/);
    expect(fromHtml.warnings.find((w) => w.code === "assignees-added")!.location).toContain("del testo estratto dall'HTML");
  });
});

/** Word-like HTML of the seed: paragraphs in <p>, "- " bullets in <ul>, "1. " items in <ol>. */
function toHtml(text: string): string {
  const blocks: string[] = [];
  let listTag: "ul" | "ol" | null = null;
  let items: string[] = [];
  const flush = () => {
    if (listTag) blocks.push(`<${listTag}>${items.map((i) => `<li>${i}</li>`).join("")}</${listTag}>`);
    listTag = null;
    items = [];
  };
  for (const line of text.split("\n").map((l) => l.trim())) {
    const bullet = /^- (.+)$/.exec(line);
    const item = bullet ?? /^\d+\. (.+)$/.exec(line);
    if (item) {
      const tag = bullet ? "ul" : "ol";
      if (listTag !== tag) flush();
      listTag = tag;
      items.push(item[1]!);
    } else if (line !== "") {
      flush();
      blocks.push(`<p>${line}</p>`);
    }
  }
  flush();
  return blocks.join("");
}

describe("lombardiaObiettiviImporter.parse on broken copies of seed 003", () => {
  it("objective 2 without its «Quota di risorse» line: error at riga 29 naming the missing line", () => {
    const errors = errorsOf(lombardiaObiettiviImporter.parse(withLine(seed, 31, ""), FILE));
    expect(errors).toEqual([
      {
        location: "riga 29",
        message:
          "L'obiettivo 2 non ha la riga «Quota di risorse riconosciute al pieno raggiungimento dell'obiettivo: …» (es. «minimo 40%»).",
      },
    ]);
  });

  it("all errors are collected: objectives 1 and 3 both without share → errors at righe 16 and 40", () => {
    const broken = withLine(withLine(seed, 42, ""), 18, "");
    const errors = errorsOf(lombardiaObiettiviImporter.parse(broken, FILE));
    expect(errors.map((e) => e.location)).toEqual(["riga 16", "riga 40"]);
  });

  it("an unreadable share «circa la metà» is an error at its own line (riga 18)", () => {
    const broken = withLine(seed, 18, "Quota di risorse riconosciute al pieno raggiungimento dell'obiettivo: circa la metà");
    const errors = errorsOf(lombardiaObiettiviImporter.parse(broken, FILE));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.location).toBe("riga 18");
    expect(errors[0]!.message).toContain("Quota di risorse dell'obiettivo 1 non leggibile: «circa la metà»");
  });

  it("a share over 100% («minimo 140%») is not readable", () => {
    const broken = withLine(seed, 18, "Quota di risorse riconosciute al pieno raggiungimento dell'obiettivo: minimo 140%");
    expect(errorsOf(lombardiaObiettiviImporter.parse(broken, FILE))[0]!.location).toBe("riga 18");
  });

  it("two share lines in objective 1: error at the second (riga 20)", () => {
    const broken = withLine(seed, 20, "Quota di risorse riconosciute al pieno raggiungimento dell'obiettivo: massimo 50%");
    const errors = errorsOf(lombardiaObiettiviImporter.parse(broken, FILE));
    expect(errors).toEqual([{ location: "riga 20", message: expect.stringContaining("righe 18, 20") }]);
  });

  it("dimension numbered 4 where 3 was expected: error at riga 26", () => {
    const original = seed.split("\n")[25]!;
    const broken = withLine(seed, 26, original.replace(/^3\./, "4."));
    const errors = errorsOf(lombardiaObiettiviImporter.parse(broken, FILE));
    expect(errors).toEqual([
      { location: "riga 26", message: expect.stringContaining("attesa la dimensione 3, trovata «4.»") },
    ]);
  });

  it("file truncated after objective 3's «Dimensioni da osservare:» (riga 46): error naming it", () => {
    const truncated = seed.split("\n").slice(0, 46).join("\n");
    const errors = errorsOf(lombardiaObiettiviImporter.parse(truncated, FILE));
    expect(errors).toEqual([
      { location: "riga 46", message: expect.stringContaining("L'obiettivo 3: «Dimensioni da osservare» non è seguita") },
    ]);
  });

  it("objective 2 without «Dimensioni da osservare:» is an error at its heading", () => {
    const errors = errorsOf(lombardiaObiettiviImporter.parse(withLine(seed, 35, ""), FILE));
    expect(errors[0]).toEqual({ location: "riga 29", message: "L'obiettivo 2 non ha la sezione «Dimensioni da osservare:»." });
  });

  it("objective 3 renumbered 2: duplicate code at riga 40", () => {
    const broken = withLine(seed, 40, "Obiettivo 2: PROMOZIONE DI INIZIATIVE DI ANIMAZIONE TERRITORIALE");
    expect(errorsOf(lombardiaObiettiviImporter.parse(broken, FILE))).toEqual([
      { location: "riga 40", message: "L'obiettivo 2 compare due volte." },
    ]);
  });

  it("an objective heading without a title: error at its line", () => {
    const errors = errorsOf(lombardiaObiettiviImporter.parse(withLine(seed, 29, "Obiettivo 2:"), FILE));
    expect(errors).toEqual([{ location: "riga 29", message: "L'obiettivo 2 non ha un titolo dopo «Obiettivo 2:»." }]);
  });

  it("without the annex title, or without any objective, the import stops with an Italian message", () => {
    expect(errorsOf(lombardiaObiettiviImporter.parse(withLine(seed, 3, ""), FILE))[0]!.message).toContain(
      "Manca il titolo «Allegato 1 – Obiettivi strategici per l'anno AAAA»",
    );
    const introOnly = seed.split("\n").slice(0, 15).join("\n");
    expect(errorsOf(lombardiaObiettiviImporter.parse(introOnly, FILE))).toEqual([
      { location: null, message: "Nessun obiettivo trovato: attese righe come «Obiettivo 1: TITOLO»." },
    ]);
  });

  it("a title without a year: error at riga 3", () => {
    const errors = errorsOf(lombardiaObiettiviImporter.parse(withLine(seed, 3, "Allegato 1 – Obiettivi strategici"), FILE));
    expect(errors).toEqual([{ location: "riga 3", message: expect.stringContaining("non indica l'anno") }]);
  });
});

describe("lombardiaObiettiviImporter.parse on variations the layout allows", () => {
  it("a wrapped dimension line continues the item; a paragraph after a blank line becomes the objective's notes", () => {
    const lines = seed.split("\n");
    lines.splice(48, 0, "   con cadenza almeno trimestrale.", "", "Le iniziative sono rendicontate a fine anno.");
    lines[47] = lines[47]!.replace(/\.$/, "");
    const bundle = bundleOf(lombardiaObiettiviImporter.parse(lines.join("\n"), FILE));
    const third = bundle.objectives[2]!;
    expect(third.dimensions).toEqual([
      "Iniziative di animazione territoriale attivate con il coinvolgimento di imprese, soggetti del terzo settore e/o altri stakeholder del territorio con cadenza almeno trimestrale",
    ]);
    expect(third.notes).toBe("Le iniziative sono rendicontate a fine anno.");
  });

  it("minimum shares summing over 100% (40% + 70%) give a «resource-shares-exceed» warning", () => {
    const broken = withLine(seed, 42, "Quota di risorse riconosciute al pieno raggiungimento dell'obiettivo: minimo 70%");
    const bundle = bundleOf(lombardiaObiettiviImporter.parse(broken, FILE));
    expect(bundle.warnings.find((w) => w.code === "resource-shares-exceed")!.message).toContain("sommano a 110%");
  });

  it("without the «Province e Città Metropolitana» wording no assignee is added", () => {
    const text = seed.replace(/Province e Città Metropolitana/g, "enti delegati");
    const bundle = bundleOf(lombardiaObiettiviImporter.parse(text, FILE));
    expect(bundle.relatedOrganisations).toEqual([]);
    expect(bundle.plan.assigneeIds).toEqual([]);
    expect(bundle.warnings.map((w) => w.code)).not.toContain("assignees-added");
  });
});

describe("parseResourceShare", () => {
  it.each([
    ["minimo 40%", { min: 40, max: null }],
    ["massimo 20%", { min: null, max: 20 }],
    ["almeno 12,5%", { min: 12.5, max: null }],
    ["fino al 30%", { min: null, max: 30 }],
    ["30%", { min: 30, max: 30 }],
    ["pari al 25 %", { min: 25, max: 25 }],
    ["tra 20% e 40%", { min: 20, max: 40 }],
    ["dal 20 al 40%", { min: 20, max: 40 }],
  ])("«%s» → %o", (text, expected) => {
    expect(parseResourceShare(text)).toEqual(expected);
  });

  it.each(["circa la metà", "minimo 140%", "tra 40% e 20%", "minimo 40", ""])("«%s» is not a share", (text) => {
    expect(parseResourceShare(text)).toBeNull();
  });
});
