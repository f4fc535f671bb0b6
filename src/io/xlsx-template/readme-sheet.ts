// The "Leggimi" sheet: what the workbook is and, one line per sheet and per column, what each holds,
// its type, whether it is required and which values it takes. Built from the same tables as the sheets.
import type { ColumnType } from "./cell-codecs";
import { NO, YES } from "./cell-codecs";
import { SHEETS, TEMPLATE_VERSION, type ColumnDefinition, type SheetDefinition } from "./columns";
import { emptyCellMeaning, isColumnRequired } from "./empty-cells";

export const TYPE_NAMES: Record<ColumnType, string> = {
  id: "identificativo",
  text: "testo",
  longText: "testo",
  integer: "numero intero",
  number: "numero",
  date: "data",
  boolean: "sì/no",
  enum: "scelta da elenco",
  list: "elenco (una voce per riga)",
  json: "JSON",
};

export const README_INTRO: readonly string[] = [
  "Questa cartella contiene un piano completo: un foglio per ogni tipo di elemento, una riga per elemento. " +
    "Si può modificare in Excel o LibreOffice e reimportare in Traguardo senza perdere dati.",
  "La prima riga di ogni foglio contiene le intestazioni: non vanno rinominate, ma l'ordine delle colonne è libero " +
    "e le colonne facoltative si possono togliere. Passando il mouse su un'intestazione se ne legge il significato.",
  "Gli elementi si collegano con gli Id: la colonna «Id obiettivo» del foglio Indicatori contiene l'Id di una riga " +
    "del foglio Obiettivi. Ogni Id deve essere unico nel suo foglio.",
  "Numeri: celle numeriche, che Excel mostra con la virgola decimale (1.234,56); è accettato anche un numero scritto " +
    "come testo (\"6,5\"). Le percentuali sono numeri di punti percentuali: 6 per 6%.",
  "Date: celle data mostrate come gg/mm/aaaa; sono accettate anche date scritte come testo gg/mm/aaaa o aaaa-mm-gg.",
  `Sì/no: scrivere "${YES}" o "${NO}".`,
  "Elenchi: una voce per riga nella stessa cella (Alt+Invio). Se una voce contiene un a capo o è vuota, " +
    "la cella contiene l'elenco in JSON: [\"prima voce\", \"seconda voce\"].",
  "JSON: poche colonne con dati strutturati (scala di valutazione, importi, righe di tabelle riportate) " +
    "usano il formato JSON, con il punto come separatore decimale.",
  "Celle vuote: un testo vuoto è un dato assente; le colonne con un valore predefinito lo riprendono " +
    "(Posizione 0, Stato bozza, Verso non definito).",
  "Importazione: un foglio o una colonna non previsti, una colonna obbligatoria mancante, un valore non leggibile " +
    "o un Id che non corrisponde a nessuna riga fanno rifiutare il file, con l'elenco di tutti gli errori (foglio e cella).",
];

export const README_TABLE_HEADERS = ["Foglio", "Colonna", "Significato", "Tipo", "Obbligatoria", "Valori ammessi"] as const;

export interface ReadmeRow {
  cells: [string, string, string, string, string, string];
  /** the row that introduces a sheet, shown in bold. */
  isSheetRow: boolean;
}

export function readmeTitle(): string {
  return `Traguardo – modello XLSX del piano (versione ${TEMPLATE_VERSION})`;
}

export function buildReadmeRows(): ReadmeRow[] {
  const rows: ReadmeRow[] = [];
  for (const sheet of SHEETS) {
    const count = sheet.cardinality === "one" ? "una sola riga; foglio obbligatorio" : "una riga per elemento; foglio facoltativo";
    rows.push({ cells: [sheet.name, "", `${sheet.meaning} (${count})`, "", "", ""], isSheetRow: true });
    for (const column of sheet.columns) {
      rows.push({
        cells: [sheet.name, column.header, column.meaning, TYPE_NAMES[column.type], requirement(sheet, column), allowedValues(column)],
        isSheetRow: false,
      });
    }
    for (const omitted of sheet.omitted) {
      rows.push({ cells: [sheet.name, `(${omitted.field})`, `non esportato: ${omitted.reason}`, "", "", ""], isSheetRow: false });
    }
  }
  return rows;
}

function requirement(sheet: SheetDefinition, column: ColumnDefinition): string {
  if (!isColumnRequired(sheet, column)) return NO;
  return emptyCellMeaning(sheet, column).kind === "required" ? YES : "colonna sì, cella anche vuota";
}

function allowedValues(column: ColumnDefinition): string {
  switch (column.type) {
    case "enum":
      return Object.values(column.labels ?? {}).join(", ");
    case "boolean":
      return `${YES}, ${NO}`;
    case "date":
      return "gg/mm/aaaa";
    default:
      return "";
  }
}

/** The same lines as Markdown tables, one per sheet: docs/xlsx-template.md carries them verbatim (a test checks). */
export function renderReadmeMarkdown(): string {
  const rows = buildReadmeRows();
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  return SHEETS.map((sheet) => {
    const intro = rows.find((row) => row.isSheetRow && row.cells[0] === sheet.name)!.cells[2];
    const lines = [
      `### ${sheet.name}`,
      "",
      `${intro.charAt(0).toUpperCase()}${intro.slice(1)}.`,
      "",
      "| Colonna | Tipo | Obbligatoria | Significato | Valori ammessi |",
      "|---|---|---|---|---|",
      ...rows
        .filter((row) => !row.isSheetRow && row.cells[0] === sheet.name)
        .map(({ cells: [, header, meaning, type, required, allowed] }) =>
          `| ${cell(header)} | ${type} | ${required} | ${cell(meaning)} | ${cell(allowed)} |`,
        ),
    ];
    return lines.join("\n");
  }).join("\n\n");
}
