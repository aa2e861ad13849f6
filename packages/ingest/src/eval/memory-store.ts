import { basename } from "node:path";
import {
  type Article,
  type EventMention,
  type ExportV1,
  type Extraction,
  KIND_CLASS,
  mergeQuantities,
  type Quantity,
} from "@deconflict/domain";
import { candidateWindow, dateBounds, type EventKeyFields, isSameEvent } from "@deconflict/domain/resolution";

interface StoredEvent {
  id: string;
  first: EventMention;
  fields: EventKeyFields;
  sources: Set<string>;
  mentions: EventMention[];
}

/**
 * A throwaway in-memory stand-in for the SQLite store: the same resolution rules (candidateWindow,
 * isSameEvent) and SPEC's export, so the eval runs before and without the database.
 */
export class MemoryStore {
  private readonly sources: ExportV1["sources"] = [];
  private readonly events: StoredEvent[] = [];
  private readonly claims: ExportV1["claims"] = [];

  add(file: string, article: Article, extraction: Extraction): void {
    const sourceId = `s${this.sources.length + 1}`;
    this.sources.push({
      id: sourceId,
      file: basename(file),
      title: extraction.title,
      outlet: article.outlet,
      publishedAt: article.publishedAt ?? extraction.publishedAt,
    });
    const eventIds = extraction.mentions.map((m) => this.resolve(m, sourceId));
    for (const c of extraction.claims) {
      this.claims.push({
        source: sourceId,
        speaker: c.speaker,
        speakerKind: c.speakerKind,
        text: c.text,
        stance: c.stance,
        event: c.mentionIndex === null ? null : (eventIds[c.mentionIndex] ?? null),
      });
    }
  }

  private resolve(m: EventMention, sourceId: string): string {
    const window = candidateWindow(m);
    let found: StoredEvent | undefined;
    if (window) {
      found = this.events.find(
        (e) =>
          e.fields.kindClass === window.kindClass &&
          e.fields.attackerKey === window.attackerKey &&
          isSameEvent(m, e.fields) &&
          (m.target === null || e.fields.targetKey === m.target.key),
      );
      found ??= this.events.find(
        (e) =>
          e.fields.kindClass === window.kindClass &&
          e.fields.attackerKey === window.attackerKey &&
          isSameEvent(m, e.fields),
      );
    }
    if (!found) {
      found = {
        id: `e${this.events.length + 1}`,
        first: m,
        fields: {
          kindClass: KIND_CLASS[m.kind],
          date: m.date,
          attackerKey: m.attacker?.key ?? null,
          targetKey: m.target?.key ?? null,
        },
        sources: new Set(),
        mentions: [],
      };
      this.events.push(found);
    }
    found.sources.add(sourceId);
    found.mentions.push(m);
    return found.id;
  }

  exportV1(): ExportV1 {
    return {
      version: 1,
      sources: this.sources,
      events: this.events.map((e) => ({
        id: e.id,
        kind: e.first.kind,
        date: e.first.date?.value ?? null,
        location: e.mentions.find((m) => m.location)?.location ?? null,
        attacker: e.first.attacker?.name ?? null,
        target: e.mentions.find((m) => m.target)?.target?.name ?? null,
        sources: [...e.sources],
        forces: mergeBy(
          e.mentions.flatMap((m) => m.forces),
          (f) => `${f.category}|${f.status}`,
        ).map(({ first, count }) => ({ category: first.category, status: first.status, count })),
        casualties: mergeBy(
          e.mentions.flatMap((m) => m.casualties),
          (c) => c.kind,
        ).map(({ first, count }) => ({ kind: first.kind, count })),
      })),
      claims: this.claims,
    };
  }
}

function mergeBy<T extends { count: Quantity | null }>(items: readonly T[], key: (t: T) => string) {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const g = groups.get(k);
    if (g) g.push(it);
    else groups.set(k, [it]);
  }
  return [...groups.values()].map((g) => {
    const q = mergeQuantities(g.map((x) => x.count));
    return { first: g[0] as T, count: q ? { low: q.low, high: q.high } : null };
  });
}

export { dateBounds };
