import type { CorroborationGrade, EventKind } from "@deconflict/domain";
import { and, eq, gte, inArray, lte, or, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { events } from "../../schema/index.ts";

/** The dashboard's event filter: every field optional, all of them ANDed. */
export interface EventFilter {
  /** First ISO day of interest: keeps events whose date can fall on or after it. */
  from?: string;
  /** Last ISO day of interest. */
  to?: string;
  /** An actor key (what the attacker menu offers), or one of the names the texts gave an attacker. */
  attacker?: string;
  target?: string;
  kind?: EventKind;
  /** Case-insensitive substring of the location. */
  location?: string;
  minSources?: number;
  grade?: CorroborationGrade;
  /** An actor's key ("us-led coalition", "~eln rebels"): events where it is the attacker or the target. */
  actor?: string;
  /** With `actor`: only where it is the attacker, or only where it is the target. */
  actorRole?: ActorRole;
}

export const ACTOR_ROLES = ["attacker", "target"] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** Events where the actor with this key takes part, in either role or the one given. */
export function actorWhere(key: string, role?: ActorRole): SQL | undefined {
  if (role === "attacker") return eq(events.attackerKey, key);
  if (role === "target") return eq(events.targetKey, key);
  return or(eq(events.attackerKey, key), eq(events.targetKey, key));
}

// The kinds counted as "strikes" on the overview: stand-off attacks, not ground assaults or shootdowns.
export const STRIKE_KINDS = ["airstrike", "missile-strike", "drone-strike", "artillery-strike"] as const;

/**
 * Case-insensitive in both dialects (SQLite's LIKE ignores ASCII case, PostgreSQL's does not: both sides are
 * lowered); the ESCAPE clause keeps user "%" and "_" literal.
 */
export function containsText(column: SQLWrapper, needle: string): SQL {
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`lower(${column}) LIKE lower(${pattern}) ESCAPE '\\'`;
}

/** The WHERE clause for a filter on the events table, or undefined for no filter. */
export function eventWhere(filter: EventFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [
    filter.from ? gte(events.dateTo, filter.from) : undefined,
    filter.to ? lte(events.dateFrom, filter.to) : undefined,
    filter.attacker ? or(eq(events.attackerKey, filter.attacker), eq(events.attackerName, filter.attacker)) : undefined,
    filter.target ? eq(events.targetName, filter.target) : undefined,
    filter.kind ? eq(events.kind, filter.kind) : undefined,
    filter.location ? containsText(events.location, filter.location) : undefined,
    filter.minSources && filter.minSources > 1 ? gte(events.sourceCount, filter.minSources) : undefined,
    filter.grade ? eq(events.grade, filter.grade) : undefined,
    filter.actor ? actorWhere(filter.actor, filter.actorRole) : undefined,
  ];
  return and(...parts.filter((p): p is SQL => p !== undefined));
}

export function strikeWhere(filter: EventFilter): SQL | undefined {
  return and(eventWhere(filter), inArray(events.kind, [...STRIKE_KINDS]));
}

export function isEmptyFilter(filter: EventFilter): boolean {
  return Object.values(filter).every((v) => v === undefined || v === "");
}
