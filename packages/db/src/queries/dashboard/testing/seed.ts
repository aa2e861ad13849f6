import { createHash } from "node:crypto";
import type {
  CasualtyKind,
  ClaimKind,
  EscalationStep,
  EventKind,
  EventMention,
  Extraction,
  ForceCategory,
  ForceStatus,
  Geo,
  Quantity,
  SpeakerKind,
  Stance,
} from "@deconflict/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../client.ts";
import { eventMentions } from "../../../schema/index.ts";
import { storeSource } from "../../store-source.ts";

// A small hand-made world, stored through the real store, for query tests and early page work.
export interface SeedArticle {
  file: string;
  outlet: string | null;
  title: string;
  publishedAt: string | null;
  text: string;
}

export interface SeedEvent {
  kind: EventKind;
  date: string;
  location: string | null;
  attacker: string | null;
  target: string | null;
  /** Actor keys when not the lower-cased name: a canonical key, or a text key ("~eln rebels"). */
  attackerKey?: string;
  targetKey?: string;
  /** Where it happened, when the place is known. */
  geo?: Geo;
  /** Per source file: the sentence that tells it and the facts, as phrases found in that sentence. */
  tellings: {
    file: string;
    sentence: string;
    /** This source's own name for the attacker, when it differs from the event's. */
    attacker?: string;
    forces?: { phrase: string; category: string; status: string; low: number | null; high: number | null }[];
    casualties?: { phrase: string; kind: string; low: number | null; high: number | null }[];
    escalations?: { phrase: string; step: string }[];
  }[];
}

export interface SeedClaim {
  file: string;
  phrase: string;
  speaker: string;
  speakerKind: string;
  stance: string;
  /** The cue as written in the article, and the claim kind it gives (statement unless said). */
  cue?: string;
  claimKind?: ClaimKind;
  /** Index into the events list, or null. */
  event: number | null;
}

export interface SeedWorld {
  articles: SeedArticle[];
  events: SeedEvent[];
  claims: SeedClaim[];
}

function spanOf(text: string, phrase: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`seed phrase not in text: ${phrase}`);
  return { start, end: start + phrase.length };
}

function actor(name: string | null, key?: string): { key: string; name: string; side: null } | null {
  return name === null ? null : { key: key ?? name.toLowerCase(), name, side: null };
}

function quantity(low: number | null, high: number | null): Quantity | null {
  if (low === null && high === null) return null;
  return { low, high, qualifier: low === high ? "exact" : "range" };
}

/** One extraction per article, as the extractor would hand them to the store. */
function extractions(world: SeedWorld): Map<string, Extraction> {
  const out = new Map<string, Extraction>();
  for (const a of world.articles) {
    out.set(a.file, {
      extractorVersion: "seed",
      text: a.text,
      title: a.title,
      byline: null,
      publishedAt: a.publishedAt,
      mentions: [],
      claims: [],
    });
  }
  for (const e of world.events) {
    for (const t of e.tellings) {
      const x = out.get(t.file);
      if (!x) throw new Error(`seed telling of unknown file ${t.file}`);
      const sentence = spanOf(x.text, t.sentence);
      const mention: EventMention = {
        kind: e.kind,
        date: { value: e.date, precision: "day" },
        location: e.location,
        attacker: actor(t.attacker ?? e.attacker, e.attackerKey),
        target: actor(e.target, e.targetKey),
        platform: null,
        munition: null,
        distanceKm: null,
        geo: e.geo ?? null,
        eventType: null,
        subEventType: null,
        instruments: [],
        forces: (t.forces ?? []).map((f) => ({
          category: f.category as ForceCategory,
          status: f.status as ForceStatus,
          count: quantity(f.low, f.high),
          noun: f.phrase,
          span: spanOf(x.text, f.phrase, sentence.start),
        })),
        casualties: (t.casualties ?? []).map((c) => ({
          kind: c.kind as CasualtyKind,
          count: quantity(c.low, c.high),
          who: null,
          span: spanOf(x.text, c.phrase, sentence.start),
        })),
        escalation: (t.escalations ?? []).map((step) => ({
          step: step.step as EscalationStep,
          span: spanOf(x.text, step.phrase),
        })),
        span: sentence,
      };
      x.mentions.push(mention);
    }
  }
  for (const c of world.claims) {
    const x = out.get(c.file);
    if (!x) throw new Error(`seed claim in unknown file ${c.file}`);
    const about = c.event === null ? null : world.events[c.event];
    const mentionIndex = about
      ? x.mentions.findIndex(
          (m) =>
            m.date?.value === about.date && m.attacker?.key === (about.attackerKey ?? about.attacker?.toLowerCase()),
        )
      : -1;
    x.claims.push({
      speaker: c.speaker,
      speakerKind: c.speakerKind as SpeakerKind,
      text: c.phrase,
      stance: c.stance as Stance,
      claimKind: c.claimKind ?? "statement",
      cue: c.cue ? spanOf(x.text, c.cue) : null,
      mentionIndex: mentionIndex >= 0 ? mentionIndex : null,
      span: spanOf(x.text, c.phrase),
    });
  }
  return out;
}

/** Stores a world through the real store (dedup, resolution, grades); returns ids by file and event index. */
export async function seedWorld(
  db: Db,
  world: SeedWorld,
): Promise<{ sourceIds: Map<string, number>; eventIds: number[] }> {
  const sourceIds = new Map<string, number>();
  const byFile = extractions(world);
  for (const a of world.articles) {
    const extraction = byFile.get(a.file) as Extraction;
    const { sourceId } = await storeSource(db, {
      originPath: a.file,
      contentHash: createHash("sha256").update(a.text).digest("hex"),
      meta: { title: a.title, outlet: a.outlet, url: null, publishedAt: a.publishedAt, byline: null },
      extraction,
    });
    sourceIds.set(a.file, sourceId);
  }
  // Each world event is found again through its first telling's mention.
  const eventIds: number[] = [];
  for (const e of world.events) {
    const first = e.tellings[0];
    const sourceId = first ? sourceIds.get(first.file) : undefined;
    const [row] = await db
      .select({ eventId: eventMentions.eventId })
      .from(eventMentions)
      .where(and(eq(eventMentions.sourceId, sourceId ?? -1), eq(eventMentions.date, e.date)));
    if (!row) throw new Error(`seed event ${e.date} was not stored`);
    eventIds.push(row.eventId);
  }
  return { sourceIds, eventIds };
}
