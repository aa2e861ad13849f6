import { asc, count, desc, isNotNull } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { claims, events } from "../../schema/index.ts";

export interface FilterOptions {
  attackers: string[];
  targets: string[];
  kinds: string[];
  speakers: string[];
}

/** The values the filter menus offer, most frequent first; also what URL params are checked against. */
export async function filterOptions(db: Db, limit = 200): Promise<FilterOptions> {
  const distinct = async (column: typeof events.attackerName | typeof events.targetName | typeof events.kind) => {
    const rows = await db
      .select({ value: column, n: count() })
      .from(events)
      .where(isNotNull(column))
      .groupBy(column)
      .orderBy(desc(count()), asc(column))
      .limit(limit);
    return rows.map((r) => String(r.value));
  };
  const speakers = await db
    .select({ value: claims.speaker, n: count() })
    .from(claims)
    .groupBy(claims.speaker)
    .orderBy(desc(count()), asc(claims.speaker))
    .limit(limit);
  return {
    attackers: await distinct(events.attackerName),
    targets: await distinct(events.targetName),
    kinds: await distinct(events.kind),
    speakers: speakers.map((s) => s.value),
  };
}
