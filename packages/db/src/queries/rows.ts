import type { Casualty, Claim, Escalation, EventMention, ForceReport } from "@deconflict/domain";
import { geoColumns, quantityColumns } from "./row-mappers.ts";

// Domain objects to insert rows. The type test proves each fills every column of its table.

interface Owner {
  mentionId: number;
  eventId: number;
  sourceId: number;
}

/** An outlet as a key for counting independent outlets: a source with no outlet is its own. */
export function outletKeyOf(outlet: string | null, sourceId: number): string {
  const name = outlet?.trim().toLowerCase();
  return name ? `o:${name}` : `s:${sourceId}`;
}

export function mentionRow(
  m: EventMention,
  at: {
    eventId: number;
    sourceId: number;
    ordinal: number;
    outletKey: string;
    /** Resolution: the telling's block, order-free identity, and why it joined its event. */
    blockKey: string | null;
    canonKey: string;
    joinReason: string | null;
  },
) {
  return {
    ...at,
    kind: m.kind,
    date: m.date?.value ?? null,
    datePrecision: m.date?.precision ?? null,
    location: m.location,
    attackerKey: m.attacker?.key ?? null,
    attackerName: m.attacker?.name ?? null,
    attackerSide: m.attacker?.side ?? null,
    targetKey: m.target?.key ?? null,
    targetName: m.target?.name ?? null,
    targetSide: m.target?.side ?? null,
    platform: m.platform,
    munition: m.munition,
    distanceKm: m.distanceKm,
    ...geoColumns(m.geo),
    eventType: m.eventType,
    subEventType: m.subEventType,
    instruments: JSON.stringify(m.instruments),
    spanStart: m.span.start,
    spanEnd: m.span.end,
  };
}

export function forceRow(f: ForceReport, owner: Owner) {
  return {
    ...owner,
    ...quantityColumns(f.count),
    category: f.category,
    status: f.status,
    noun: f.noun,
    spanStart: f.span.start,
    spanEnd: f.span.end,
  };
}

export function casualtyRow(c: Casualty, owner: Owner) {
  return {
    ...owner,
    ...quantityColumns(c.count),
    kind: c.kind,
    who: c.who,
    spanStart: c.span.start,
    spanEnd: c.span.end,
  };
}

export function escalationRow(e: Escalation, owner: Owner) {
  return { ...owner, step: e.step, spanStart: e.span.start, spanEnd: e.span.end };
}

export function claimRow(c: Claim, at: { sourceId: number; mentionId: number | null; eventId: number | null }) {
  return {
    ...at,
    speaker: c.speaker,
    speakerKind: c.speakerKind,
    text: c.text,
    stance: c.stance,
    claimKind: c.claimKind,
    cueStart: c.cue?.start ?? null,
    cueEnd: c.cue?.end ?? null,
    spanStart: c.span.start,
    spanEnd: c.span.end,
  };
}
