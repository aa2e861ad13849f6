import {
  type Actor,
  CASUALTY_KINDS,
  type CasualtyKind,
  CLAIM_KINDS,
  type ClaimKind,
  CORROBORATION_GRADES,
  type CorroborationGrade,
  DATE_PRECISIONS,
  EVENT_KINDS,
  type EventDate,
  type EventKind,
  FORCE_CATEGORIES,
  FORCE_STATUSES,
  type ForceCategory,
  type ForceStatus,
  GEO_PRECISIONS,
  type Geo,
  KIND_CLASSES,
  type KindClass,
  QUANTITY_QUALIFIERS,
  type Quantity,
  SPEAKER_KINDS,
  type SpeakerKind,
  STANCES,
  type Stance,
} from "@deconflict/domain";

// Rows store vocabularies as plain text; these narrow them back, refusing anything the domain does not know.
function picker<const T extends readonly string[]>(values: T, what: string): (raw: string) => T[number] {
  const known = new Set<string>(values);
  return (raw) => {
    if (!known.has(raw)) throw new Error(`unknown ${what} in the database: ${JSON.stringify(raw)}`);
    return raw as T[number];
  };
}

export const toEventKind: (raw: string) => EventKind = picker(EVENT_KINDS, "event kind");
export const toKindClass: (raw: string) => KindClass = picker(KIND_CLASSES, "kind class");
export const toForceCategory: (raw: string) => ForceCategory = picker(FORCE_CATEGORIES, "force category");
export const toForceStatus: (raw: string) => ForceStatus = picker(FORCE_STATUSES, "force status");
export const toCasualtyKind: (raw: string) => CasualtyKind = picker(CASUALTY_KINDS, "casualty kind");
export const toSpeakerKind: (raw: string) => SpeakerKind = picker(SPEAKER_KINDS, "speaker kind");
export const toStance: (raw: string) => Stance = picker(STANCES, "stance");
export const toClaimKind: (raw: string) => ClaimKind = picker(CLAIM_KINDS, "claim kind");
export const toGrade: (raw: string) => CorroborationGrade = picker(CORROBORATION_GRADES, "grade");
const toPrecision = picker(DATE_PRECISIONS, "date precision");
const toQualifier = picker(QUANTITY_QUALIFIERS, "quantity qualifier");
const toGeoPrecision = picker(GEO_PRECISIONS, "geo precision");

/** The three geo columns back to coordinates; null unless all are set. */
export function toGeo(row: { lat: number | null; lon: number | null; geoPrecision: string | null }): Geo | null {
  if (row.lat === null || row.lon === null || row.geoPrecision === null) return null;
  return { lat: row.lat, lon: row.lon, precision: toGeoPrecision(row.geoPrecision) };
}

/** Coordinates to their three columns. */
export function geoColumns(geo: Geo | null) {
  return { lat: geo?.lat ?? null, lon: geo?.lon ?? null, geoPrecision: geo?.precision ?? null };
}

/** The instruments column (a JSON array of strings) back to a list; anything else reads as none. */
export function toInstruments(raw: string): string[] {
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/** A date column pair back to a domain date; null unless both are set. */
export function toEventDate(value: string | null, precision: string | null): EventDate | null {
  if (value === null || precision === null) return null;
  return { value, precision: toPrecision(precision) };
}

/** The three count columns back to a quantity; a null qualifier means the text gave no count. */
export function toQuantity(row: { countLow: number | null; countHigh: number | null; qualifier: string | null }) {
  if (row.qualifier === null) return null;
  const quantity: Quantity = { low: row.countLow, high: row.countHigh, qualifier: toQualifier(row.qualifier) };
  return quantity;
}

/** A quantity to its three count columns. */
export function quantityColumns(q: Quantity | null) {
  return { countLow: q?.low ?? null, countHigh: q?.high ?? null, qualifier: q?.qualifier ?? null };
}

/** An actor column triple back to an actor; null without a key. */
export function toActor(key: string | null, name: string | null, side: string | null): Actor | null {
  if (key === null) return null;
  return { key, name: name ?? key, side };
}
