// The service-data event model: pseudonymous persons, dated events at a CPI or an accredited operator,
// and the offices (CPI and accredited operators) with their province and region. Every code list lives here,
// so ingestion, definitions and the generator agree on the same words. docs/analytics.md describes it for users.

/** A code list: stable code → Italian label shown to users. */
export type CodeList = Readonly<Record<string, string>>;

export const EVENT_TYPES = {
  access: "Accesso al CPI (fisico o digitale)", // AFOL obiettivo 15: "accessi fisici e digitali ai CPI"
  did: "Dichiarazione di immediata disponibilità (DID)",
  profiling: "Profilazione",
  psp_signed: "Patto di servizio personalizzato sottoscritto (PSP)",
  gol_assessment: "Assessment GOL con assegnazione del percorso",
  lep_service: "Servizio LEP erogato (DM 4/2018)",
  matching: "Inserimento nel sistema di incrocio domanda/offerta (IDO)",
  referral: "Invio ad altro operatore",
  policy_start: "Avvio di una misura di politica attiva",
  closure: "Chiusura del percorso",
  hiring: "Avviamento al lavoro (Comunicazione obbligatoria)",
} as const satisfies CodeList;
export type EventType = keyof typeof EVENT_TYPES;

// DM 4/2018, Allegato B: the services every CPI guarantees to persons, coded by letter. Seed 000 names
// LEP A, C, E, F, H, J, M; seed 002 ties M to "collocamento mirato". Regions may relabel: labels are display only.
export const LEP_CODES = {
  A: "Accoglienza e prima informazione",
  B: "DID, profilazione e aggiornamento della scheda anagrafica",
  C: "Orientamento di base",
  D: "Patto di servizio personalizzato",
  E: "Orientamento specialistico",
  F: "Supporto all'inserimento o reinserimento lavorativo",
  G: "Avviamento a formazione",
  H: "Accompagnamento al lavoro",
  I: "Promozione di tirocini",
  J: "Gestione di incentivi all'autoimpiego",
  K: "Gestione di incentivi alla mobilità territoriale",
  L: "Strumenti di conciliazione dei tempi di lavoro e di cura",
  M: "Supporto al collocamento mirato (L. 68/99)",
} as const satisfies CodeList;

// GOL (PNRR M5C1): the five tracks a person is assigned to after the assessment (seed 000, obiettivo 12).
export const GOL_TRACKS = {
  "1": "Reinserimento lavorativo",
  "2": "Aggiornamento (upskilling)",
  "3": "Riqualificazione (reskilling)",
  "4": "Lavoro e inclusione",
  "5": "Ricollocazione collettiva",
} as const satisfies CodeList;

export const POLICY_TYPES = {
  training: "Formazione",
  digital_training: "Formazione sulle competenze digitali",
  internship: "Tirocinio extracurricolare",
  incentive: "Incentivo all'assunzione o all'autoimpiego",
} as const satisfies CodeList;

export const CLOSURE_REASONS = {
  dropout: "Abbandono del percorso",
  hired: "Assunzione",
  completed: "Percorso concluso",
  sanction: "Decadenza per mancato rispetto della condizionalità",
  transfer: "Trasferimento ad altro CPI",
  other: "Altro motivo",
} as const satisfies CodeList;

export const CONTRACT_TYPES = {
  permanent: "Tempo indeterminato",
  fixed_term: "Tempo determinato",
  apprenticeship: "Apprendistato",
  temporary_agency: "Somministrazione",
  intermittent: "Lavoro intermittente",
  other: "Altro",
} as const satisfies CodeList;

export const CHANNELS = { in_person: "In presenza", remote: "A distanza" } as const satisfies CodeList;
export const OFFICE_KINDS = { cpi: "Centro per l'Impiego", accredited: "Operatore accreditato" } as const satisfies CodeList;
export const SEXES = { F: "Donna", M: "Uomo" } as const satisfies CodeList;
export const CITIZENSHIPS = { IT: "Italiana", EU: "Altro paese UE", EXTRA_EU: "Paese extra UE" } as const satisfies CodeList;
export const EDUCATION_LEVELS = {
  none: "Nessun titolo",
  primary: "Licenza elementare",
  lower_secondary: "Licenza media",
  upper_secondary: "Diploma",
  tertiary: "Laurea o titolo terziario",
} as const satisfies CodeList;

/** What a field holds; drives ingestion checks, definition checks and the SQL literal types. */
export type FieldKind =
  | { kind: "text" }
  | { kind: "code"; codes: CodeList }
  | { kind: "integer"; min: number; max: number }
  | { kind: "boolean" }
  | { kind: "date" }
  | { kind: "reference"; to: "offices" | "cpi" | "persons" };

export interface FieldSpec {
  type: FieldKind;
  label: string;
  /** the file must carry a value in this column. */
  isRequired: boolean;
  /** definitions may filter on it (`where:` / `persons:`). */
  isFilterable: boolean;
}

const field = (type: FieldKind, label: string, isRequired: boolean, isFilterable = true): FieldSpec => ({
  type,
  label,
  isRequired,
  isFilterable,
});

export const OFFICE_FIELDS = {
  office_code: field({ kind: "text" }, "codice della sede", true, false),
  office_kind: field({ kind: "code", codes: OFFICE_KINDS }, "tipo di sede", true),
  office_name: field({ kind: "text" }, "nome della sede", false, false),
  province_code: field({ kind: "text" }, "codice della provincia", true),
  province_name: field({ kind: "text" }, "provincia", false, false),
  region_code: field({ kind: "text" }, "codice della regione", true),
  region_name: field({ kind: "text" }, "regione", false, false),
} as const satisfies Record<string, FieldSpec>;

export const PERSON_FIELDS = {
  person_id: field({ kind: "text" }, "identificativo pseudonimo", true, false),
  birth_year: field({ kind: "integer", min: 1900, max: 2100 }, "anno di nascita", true),
  sex: field({ kind: "code", codes: SEXES }, "sesso", true),
  citizenship: field({ kind: "code", codes: CITIZENSHIPS }, "cittadinanza", false),
  education: field({ kind: "code", codes: EDUCATION_LEVELS }, "titolo di studio", false),
  // L. 381/91 art. 4: "svantaggiati", one of AFOL's vulnerable categories (seed 000, obiettivo 12).
  disadvantaged: field({ kind: "boolean" }, "svantaggiato (L. 381/91)", false),
  disability: field({ kind: "boolean" }, "iscritto al collocamento mirato (L. 68/99)", false),
  rdc: field({ kind: "boolean" }, "percettore di Reddito di cittadinanza", false),
  adi: field({ kind: "boolean" }, "percettore di Assegno di inclusione", false),
  naspi: field({ kind: "boolean" }, "percettore di NASpI", false),
  cpi_code: field({ kind: "reference", to: "cpi" }, "CPI di competenza", true),
} as const satisfies Record<string, FieldSpec>;

export const EVENT_FIELDS = {
  event_id: field({ kind: "text" }, "identificativo dell'evento", false, false),
  person_id: field({ kind: "reference", to: "persons" }, "persona", true, false),
  event_date: field({ kind: "date" }, "data dell'evento", true, false),
  event_type: field({ kind: "code", codes: EVENT_TYPES }, "tipo di evento", true),
  cpi_code: field({ kind: "reference", to: "cpi" }, "CPI", true),
  operator_code: field({ kind: "reference", to: "offices" }, "sede che eroga", false),
  channel: field({ kind: "code", codes: CHANNELS }, "canale", false),
  lep_code: field({ kind: "code", codes: LEP_CODES }, "codice LEP", false),
  gol_track: field({ kind: "code", codes: GOL_TRACKS }, "percorso GOL", false),
  policy_type: field({ kind: "code", codes: POLICY_TYPES }, "tipo di misura", false),
  closure_reason: field({ kind: "code", codes: CLOSURE_REASONS }, "motivo di chiusura", false),
  contract_type: field({ kind: "code", codes: CONTRACT_TYPES }, "tipo di contratto", false),
  contract_months: field({ kind: "integer", min: 0, max: 600 }, "durata del contratto in mesi", false),
} as const satisfies Record<string, FieldSpec>;

/** Fields computed at ingestion or query time, which definitions may filter on like stored ones. */
export const DERIVED_EVENT_FIELDS = {
  // The kind of the office that delivered the event, looked up at ingestion (Lombardia dimension 4).
  operator_kind: field({ kind: "code", codes: OFFICE_KINDS }, "tipo di sede che eroga", false),
} as const satisfies Record<string, FieldSpec>;

export const DERIVED_PERSON_FIELDS = {
  // Age in the last year of the period being computed, so a definition reads the same for every period.
  age: field({ kind: "integer", min: 0, max: 150 }, "età nell'anno del periodo", false),
} as const satisfies Record<string, FieldSpec>;

export type PersonField = keyof typeof PERSON_FIELDS | keyof typeof DERIVED_PERSON_FIELDS;
export type EventField = keyof typeof EVENT_FIELDS | keyof typeof DERIVED_EVENT_FIELDS;

export const FILTERABLE_PERSON_FIELDS: Record<string, FieldSpec> = filterable({ ...PERSON_FIELDS, ...DERIVED_PERSON_FIELDS });
export const FILTERABLE_EVENT_FIELDS: Record<string, FieldSpec> = filterable({ ...EVENT_FIELDS, ...DERIVED_EVENT_FIELDS });

function filterable(fields: Record<string, FieldSpec>): Record<string, FieldSpec> {
  return Object.fromEntries(Object.entries(fields).filter(([, spec]) => spec.isFilterable));
}

/**
 * Which attribute each event type must carry: an event "lep_service" without a LEP letter cannot be counted
 * by any LEP indicator, so ingestion rejects it rather than storing a row no definition can see.
 */
export const REQUIRED_ATTRIBUTE_BY_EVENT_TYPE: Partial<Record<EventType, keyof typeof EVENT_FIELDS>> = {
  lep_service: "lep_code",
  gol_assessment: "gol_track",
  policy_start: "policy_type",
  closure: "closure_reason",
  hiring: "contract_type",
};

export type FileKind = "offices" | "persons" | "events";
export const FIELDS_BY_FILE_KIND: Record<FileKind, Record<string, FieldSpec>> = {
  offices: OFFICE_FIELDS,
  persons: PERSON_FIELDS,
  events: EVENT_FIELDS,
};

export function codesOf(list: CodeList): string[] {
  return Object.keys(list);
}
