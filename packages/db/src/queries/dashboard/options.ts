import { asc, count, desc, isNotNull } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { claims, events } from "../../schema/index.ts";

export interface FilterOptions {
  attackers: string[];
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
  return { attackers, targets, complete: attackers.length < limit && targets.length < limit };
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
