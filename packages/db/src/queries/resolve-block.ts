import { type EventKind, type EventMention, KIND_CLASS } from "@deconflict/domain";
import { clusterBlock, type ResolvableMention, type Toll, tollRange } from "@deconflict/domain/resolution";
import { eq } from "drizzle-orm";
import type { Conn } from "../client.ts";
import { lockKeysFor, runPrepared } from "../dialect.ts";
import { casualties, claims, escalations, eventMentions, events, forceReports } from "../schema/index.ts";
import { col, statementText, tbl, updateById } from "./hand-sql.ts";
import { insertRows } from "./insert-rows.ts";
import { toEventKind, toGeo } from "./row-mappers.ts";

/** A telling about to be stored, with its order-free identity. */
export interface IncomingMention {
  mention: EventMention;
  canonKey: string;
  sourceId: number;
}

/** What re-resolving a block decided. */
export interface BlockOutcome {
  /** Event and join reason (JSON, or null for an anchor) of each incoming telling, by canonical key. */
  placed: Map<string, { eventId: number; joinReason: string | null }>;
  /** Events whose tellings changed: they need a refresh. */
  touched: Set<number>;
  /** Dispute flags of every event of the block. */
  flags: Map<number, { placeDisputed: boolean; tollDisputed: boolean }>;
}

/**
 * Holds, to commit, a lock per block about to be re-resolved (PostgreSQL; SQLite's write lock already serialises
 * writers): two writers telling the same strike at the same moment re-resolve its block one after the other, the
 * second seeing the first's tellings, so it is one event. Taken all at once, sorted, so writers never deadlock.
 */
export async function lockBlocks(conn: Conn, keys: Iterable<string>): Promise<void> {
  await lockKeysFor(
    conn,
    [...keys].map((k) => `block:${k}`),
  );
}

/** A new, empty event of a kind; settleEvents (refreshEvent) fills its fields in from its tellings. */
export async function createEvent(conn: Conn, kind: EventKind): Promise<number> {
  const [row] = await insertRows(conn, events, [{ kind, kindClass: KIND_CLASS[kind], grade: "single-source" }], ["id"]);
  if (!row) throw new Error("inserting an event returned no id");
  return Number(row.id);
}

function tollOf(counts: readonly { kind: string; low: number | null; high: number | null }[]): Toll {
  return {
    killed: tollRange(counts.filter((c) => c.kind === "killed")),
    wounded: tollRange(counts.filter((c) => c.kind === "wounded")),
  };
}

const m = eventMentions;
const TELLINGS = statementText(
  () =>
    `SELECT ${col(m.id)} AS id, ${col(m.eventId)} AS "eventId", ${col(m.sourceId)} AS "sourceId",
      ${col(m.canonKey)} AS "canonKey", ${col(m.kind)} AS kind, ${col(m.location)} AS location,
      ${col(m.lat)} AS lat, ${col(m.lon)} AS lon, ${col(m.geoPrecision)} AS "geoPrecision",
      ${col(m.targetKey)} AS "targetKey", ${col(m.targetName)} AS "targetName", ${col(m.targetSide)} AS "targetSide",
      ${col(m.joinReason)} AS "joinReason"
    FROM ${tbl(m)} WHERE ${col(m.blockKey)} = ?`,
);
const COUNTS = statementText(
  () =>
    `SELECT c.${col(casualties.mentionId)} AS "mentionId", c.${col(casualties.kind)} AS kind,
      c.${col(casualties.countLow)} AS low, c.${col(casualties.countHigh)} AS high
    FROM ${tbl(casualties)} c INNER JOIN ${tbl(m)} m ON c.${col(casualties.mentionId)} = m.${col(m.id)}
    WHERE m.${col(m.blockKey)} = ?`,
);

interface StoredRow {
  id: number;
  eventId: number;
  sourceId: number;
  canonKey: string | null;
  kind: string;
  location: string | null;
  lat: number | null;
  lon: number | null;
  geoPrecision: string | null;
  targetKey: string | null;
  targetName: string | null;
  targetSide: string | null;
  joinReason: string | null;
}

/** A stored telling of the block, as resolution sees it, read through the block index. */
async function storedTellings(conn: Conn, key: string) {
  const rows = (await runPrepared(conn, TELLINGS(), [key])) as unknown as StoredRow[];
  const counts = (await runPrepared(conn, COUNTS(), [key])) as unknown as {
    mentionId: number;
    kind: string;
    low: number | null;
    high: number | null;
  }[];
  const countsOf = new Map<number, typeof counts>();
  for (const c of counts) {
    const list = countsOf.get(c.mentionId);
    if (list) list.push(c);
    else countsOf.set(c.mentionId, [c]);
  }
  return rows.map((r) => ({
    row: r,
    telling: {
      key: r.canonKey ?? `~${r.id}`,
      sourceKey: String(r.sourceId),
      kind: toEventKind(r.kind),
      place: { name: r.location, geo: toGeo(r) },
      target: r.targetKey ? { key: r.targetKey, name: r.targetName ?? r.targetKey, side: r.targetSide } : null,
      toll: tollOf(countsOf.get(r.id) ?? []),
    } satisfies ResolvableMention,
  }));
}

function incomingTelling(m: IncomingMention): ResolvableMention {
  const { mention } = m;
  return {
    key: m.canonKey,
    sourceKey: String(m.sourceId),
    kind: mention.kind,
    place: { name: mention.location, geo: mention.geo },
    target: mention.target,
    toll: tollOf(
      mention.casualties.map((c) => ({ kind: c.kind, low: c.count?.low ?? null, high: c.count?.high ?? null })),
    ),
  };
}

/**
 * Re-resolves one block whole: its stored tellings and the incoming ones are clustered afresh (clusterBlock, whose
 * result depends only on the set of tellings), then written back. Each event keeps the id most of its stored tellings
 * already had, so a new telling usually changes one event; tellings that now belong elsewhere move with their facts.
 */
export async function resolveBlock(
  conn: Conn,
  key: string,
  incoming: readonly IncomingMention[],
): Promise<BlockOutcome> {
  const stored = await storedTellings(conn, key);
  const storedByKey = new Map(stored.map((s) => [s.telling.key, s.row]));
  const clusters = clusterBlock([...stored.map((s) => s.telling), ...incoming.map(incomingTelling)]);

  const outcome: BlockOutcome = { placed: new Map(), touched: new Set(), flags: new Map() };
  const claimed = new Set<number>();
  for (const cluster of clusters) {
    const votes = new Map<number, number>();
    for (const m of cluster.members) {
      const row = storedByKey.get(m.key);
      if (row && !claimed.has(row.eventId)) votes.set(row.eventId, (votes.get(row.eventId) ?? 0) + 1);
    }
    // Most tellings first, then the oldest id: the same choice whatever order they came in.
    const kept = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
    const anchor = cluster.members[0] as ResolvableMention;
    const eventId = kept ?? (await createEvent(conn, anchor.kind));
    claimed.add(eventId);
    outcome.flags.set(eventId, { placeDisputed: cluster.placeDisputed, tollDisputed: cluster.tollDisputed });

    for (const m of cluster.members) {
      const reason = cluster.reasons.get(m.key);
      const joinReason = reason ? JSON.stringify(reason) : null;
      const row = storedByKey.get(m.key);
      if (!row) {
        outcome.placed.set(m.key, { eventId, joinReason });
        outcome.touched.add(eventId);
        continue;
      }
      if (row.eventId === eventId && row.joinReason === joinReason) continue;
      await updateById(conn, eventMentions, row.id, { eventId, joinReason });
      if (row.eventId !== eventId) {
        await moveFacts(conn, row.id, eventId);
        outcome.touched.add(row.eventId);
        outcome.touched.add(eventId);
      }
    }
  }
  return outcome;
}

/** A telling's facts follow it to its new event. */
async function moveFacts(conn: Conn, mentionId: number, eventId: number): Promise<void> {
  await conn.update(forceReports).set({ eventId }).where(eq(forceReports.mentionId, mentionId));
  await conn.update(casualties).set({ eventId }).where(eq(casualties.mentionId, mentionId));
  await conn.update(escalations).set({ eventId }).where(eq(escalations.mentionId, mentionId));
  await conn.update(claims).set({ eventId }).where(eq(claims.mentionId, mentionId));
}
