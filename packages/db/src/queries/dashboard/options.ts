import { and, asc, count, desc, isNotNull } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { claims, events } from "../../schema/index.ts";

/** One actor as the filter offers it: its key, and the names the texts gave it, most frequent first. */
export interface AttackerGroup {
  key: string;
  names: string[];
}

export interface FilterOptions {
  /** The attackers' names as the texts give them (a URL may name one). */
  attackers: string[];
  /** The same attackers grouped by actor key: what the attacker menu offers. */
  attackerGroups: AttackerGroup[];
  targets: string[];
  /** False when there were more values than the limit, so a value missing from the lists may still exist. */
  complete: boolean;
}

/** The attackers and targets the filter menus offer, most frequent first; also what URL params are checked against. */
export async function filterOptions(db: Db, limit = 200): Promise<FilterOptions> {
  const distinct = async (column: typeof events.attackerName | typeof events.targetName) => {
    const rows = await db
      .select({ value: column, n: count() })
      .from(events)
      .where(isNotNull(column))
      .groupBy(column)
      .orderBy(desc(count()), asc(column))
      .limit(limit);
    return rows.map((r) => String(r.value));
  };
  const attackers = await distinct(events.attackerName);
  const targets = await distinct(events.targetName);
  const attackerGroups = await groupedAttackers(db, limit);
  return { attackers, attackerGroups, targets, complete: attackers.length < limit && targets.length < limit };
}

// "US-led coalition", "U.S.-led anti-ISIS coalition" and "United States" are one actor (one key): one menu entry,
// the most frequent actor first, each with its names most frequent first.
async function groupedAttackers(db: Db, limit: number): Promise<AttackerGroup[]> {
  const rows = await db
    .select({ key: events.attackerKey, name: events.attackerName, n: count() })
    .from(events)
    .where(and(isNotNull(events.attackerKey), isNotNull(events.attackerName)))
    .groupBy(events.attackerKey, events.attackerName)
    .orderBy(desc(count()), asc(events.attackerName))
    .limit(limit * 4);
  const groups = new Map<string, { names: string[]; n: number }>();
  for (const r of rows) {
    const g = groups.get(String(r.key)) ?? { names: [], n: 0 };
    g.names.push(String(r.name));
    g.n += r.n;
    groups.set(String(r.key), g);
  }
  return [...groups]
    .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([key, g]) => ({ key, names: g.names }));
}

/** The speakers the claims explorer offers, most quoted first. */
export async function speakerOptions(db: Db, limit = 200): Promise<string[]> {
  const rows = await db
    .select({ value: claims.speaker, n: count() })
    .from(claims)
    .groupBy(claims.speaker)
    .orderBy(desc(count()), asc(claims.speaker))
    .limit(limit);
  return rows.map((r) => r.value);
}
