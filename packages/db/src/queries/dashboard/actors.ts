import { isCanonicalKey } from "@deconflict/domain";
import { and, count, countDistinct, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { eventMentions, events, sources } from "../../schema/index.ts";
import { type ClaimRow, listClaims } from "./claims-list.ts";
import { ACTOR_ROLES, actorWhere, containsText } from "./filter.ts";
import { sourceLabel } from "./labels.ts";

export interface ActorName {
  name: string;
  /** How many tellings use this name. */
  mentions: number;
}

export interface ActorRow {
  key: string;
  /** False for an actor the lexicon does not know, keyed by the text's own name. */
  canonical: boolean;
  /** The names the texts use for it, most used first (at most five here). */
  names: ActorName[];
  side: string | null;
  asAttacker: number;
  asTarget: number;
}

export interface ActorPage {
  rows: ActorRow[];
  total: number;
  page: number;
  pageCount: number;
}

// Both roles an actor plays, one row per event and role: the base of every per-actor count.
const roles = (where?: SQL) => sql`
  SELECT ${events.attackerKey} AS key, ${events.attackerName} AS name, ${events.attackerSide} AS side, 1 AS a, 0 AS t
    FROM ${events} WHERE ${events.attackerKey} IS NOT NULL ${where ? sql`AND (${where})` : sql``}
  UNION ALL
  SELECT ${events.targetKey}, ${events.targetName}, ${events.targetSide}, 0, 1
    FROM ${events} WHERE ${events.targetKey} IS NOT NULL ${where ? sql`AND (${where})` : sql``}`;

/** Every actor (by key) with its names, side and event counts, the most active first; `q` matches key or name. */
export async function listActors(
  db: Db,
  params: { q?: string; page?: number; pageSize?: number } = {},
): Promise<ActorPage> {
  const pageSize = Math.min(Math.max(params.pageSize ?? 50, 1), 200);
  // A search reads every telling's names too: "Moscow" finds the actor its events file under "Russian forces".
  const matching = params.q
    ? sql`WHERE key IN (
        SELECT key FROM (${roles()}) WHERE ${containsText(sql`key`, params.q)} OR ${containsText(sql`name`, params.q)}
        UNION SELECT ${eventMentions.attackerKey} FROM ${eventMentions} WHERE ${containsText(eventMentions.attackerName, params.q)}
        UNION SELECT ${eventMentions.targetKey} FROM ${eventMentions} WHERE ${containsText(eventMentions.targetName, params.q)})`
    : sql``;
  const grouped = sql`SELECT key, max(side) AS side, sum(a) AS n_a, sum(t) AS n_t FROM (${roles()}) ${matching} GROUP BY key`;
  const [totalRow] = await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM (${grouped})`);
  const total = Number(totalRow?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(params.page ?? 1, 1), pageCount);
  const rows = await db.all<{ key: string; side: string | null; n_a: number; n_t: number }>(
    sql`${grouped} ORDER BY n_a + n_t DESC, key LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  );
  const names = await namesOf(
    db,
    rows.map((r) => String(r.key)),
  );
  return {
    rows: rows.map((r) => ({
      key: String(r.key),
      canonical: isCanonicalKey(String(r.key)),
      names: (names.get(String(r.key)) ?? []).slice(0, 5),
      side: r.side === null ? null : String(r.side),
      asAttacker: Number(r.n_a),
      asTarget: Number(r.n_t),
    })),
    total,
    page,
    pageCount,
  };
}

const eventKey = { attacker: events.attackerKey, target: events.targetKey } as const;

/** The names each key goes by in the texts (each source's own telling), most used first. */
async function namesOf(db: Db, keys: string[]): Promise<Map<string, ActorName[]>> {
  const out = new Map<string, ActorName[]>();
  if (keys.length === 0) return out;
  const counts = new Map<string, Map<string, number>>();
  const add = (key: string | null, name: string | null, n: number) => {
    if (key === null || name === null) return;
    const byName = counts.get(key) ?? new Map<string, number>();
    byName.set(name, (byName.get(name) ?? 0) + n);
    counts.set(key, byName);
  };
  // Mentions are found through their events, whose actor keys are indexed.
  const ofEvents = (where: SQL) => db.select({ id: events.id }).from(events).where(where);
  for (let i = 0; i < keys.length; i += 200) {
    const chunk = keys.slice(i, i + 200);
    for (const role of ACTOR_ROLES) {
      const [key, name] =
        role === "attacker"
          ? [eventMentions.attackerKey, eventMentions.attackerName]
          : [eventMentions.targetKey, eventMentions.targetName];
      const rows = await db
        .select({ key, name, n: count() })
        .from(eventMentions)
        .where(and(inArray(eventMentions.eventId, ofEvents(inArray(eventKey[role], chunk))), inArray(key, chunk)))
        .groupBy(key, name);
      for (const r of rows) add(r.key, r.name, r.n);
    }
  }
  for (const [key, byName] of counts) {
    out.set(
      key,
      [...byName.entries()]
        .map(([name, mentions]) => ({ name, mentions }))
        .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
    );
  }
  return out;
}

export interface ActorTarget {
  key: string | null;
  name: string | null;
  events: number;
}

export interface ActorSource {
  id: number;
  label: string;
  publishedAt: string | null;
  /** How many of the actor's events this source tells. */
  events: number;
}

export interface ActorDetail {
  actor: ActorRow & { names: ActorName[]; firstDate: string | null; lastDate: string | null };
  /** Whom it attacked, most often first. */
  targets: ActorTarget[];
  /** Claims whose speaker goes by one of its names. */
  claimsMade: { rows: ClaimRow[]; total: number };
  /** Claims about events it took part in, as attacker or target. */
  claimsAbout: { rows: ClaimRow[]; total: number };
  /** The sources telling most of its events, and how many sources tell any. */
  sources: ActorSource[];
  sourceTotal: number;
}

/** Everything an actor's page shows, or null when no event has that key. */
export async function actorDetail(db: Db, key: string, limit = 20): Promise<ActorDetail | null> {
  const involved = actorWhere(key);
  const [summary] = await db
    .select({
      asAttacker: sql<number>`coalesce(sum(${eq(events.attackerKey, key)}), 0)`,
      asTarget: sql<number>`coalesce(sum(${eq(events.targetKey, key)}), 0)`,
      side: sql<
        string | null
      >`max(CASE WHEN ${events.attackerKey} = ${key} THEN ${events.attackerSide} ELSE ${events.targetSide} END)`,
      firstDate: sql<string | null>`min(${events.dateFrom})`,
      lastDate: sql<string | null>`max(${events.dateTo})`,
    })
    .from(events)
    .where(involved);
  if (!summary || Number(summary.asAttacker) + Number(summary.asTarget) === 0) return null;
  const names = (await namesOf(db, [key])).get(key) ?? [];
  const targets = await db
    .select({ key: events.targetKey, name: sql<string | null>`max(${events.targetName})`, events: count() })
    .from(events)
    .where(eq(events.attackerKey, key))
    .groupBy(events.targetKey)
    .orderBy(sql`${events.targetKey} IS NULL`, desc(count()), events.targetKey)
    .limit(limit);
  const theirEvents = db.select({ id: events.id }).from(events).where(involved);
  const perSource = countDistinct(eventMentions.eventId);
  const top = await db
    .select({ id: eventMentions.sourceId, events: perSource })
    .from(eventMentions)
    .where(inArray(eventMentions.eventId, theirEvents))
    .groupBy(eventMentions.sourceId)
    .orderBy(desc(perSource), eventMentions.sourceId)
    .limit(limit);
  const [sourceTotal] = await db
    .select({ n: countDistinct(eventMentions.sourceId) })
    .from(eventMentions)
    .where(inArray(eventMentions.eventId, theirEvents));
  const labels =
    top.length === 0
      ? []
      : await db
          .select({ id: sources.id, label: sourceLabel, publishedAt: sources.publishedAt })
          .from(sources)
          .where(
            inArray(
              sources.id,
              top.map((t) => t.id),
            ),
          );
  const byId = new Map(labels.map((l) => [l.id, l]));
  return {
    actor: {
      key,
      canonical: isCanonicalKey(key),
      names,
      side: summary.side,
      asAttacker: Number(summary.asAttacker),
      asTarget: Number(summary.asTarget),
      firstDate: summary.firstDate,
      lastDate: summary.lastDate,
    },
    targets,
    claimsMade: await claimsBy(db, key, names, limit),
    claimsAbout: await listClaims(db, { filter: { actor: key }, pageSize: limit }),
    sources: top.map((t) => ({
      id: t.id,
      label: byId.get(t.id)?.label ?? `source ${t.id}`,
      publishedAt: byId.get(t.id)?.publishedAt ?? null,
      events: t.events,
    })),
    sourceTotal: sourceTotal?.n ?? 0,
  };
}

/**
 * The spellings a speaker naming this actor may take: each text name and the key's own words, with and
 * without a leading "the", as written, lower-cased and capitalised. Exact strings, so the speaker index serves.
 */
export function speakerVariants(key: string, names: readonly string[]): string[] {
  const bases = new Set<string>();
  for (const n of [...names, key.replace(/^~/, "")]) {
    const plain = n.trim().replace(/^(?:the|a|an)\s+/i, "");
    if (plain) bases.add(plain);
  }
  const out = new Set<string>();
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  for (const b of bases) {
    for (const form of [b, b.toLowerCase(), capital(b)]) {
      out.add(form);
      out.add(`the ${form}`);
      out.add(`The ${form}`);
    }
  }
  return [...out];
}

async function claimsBy(db: Db, key: string, names: readonly ActorName[], limit: number) {
  const variants = speakerVariants(
    key,
    names.map((n) => n.name),
  );
  return listClaims(db, { filter: { speakers: variants }, pageSize: limit });
}
