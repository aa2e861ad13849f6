import type { Extraction } from "@deconflict/domain";
import { blockKey } from "@deconflict/domain/resolution";
import type { Conn } from "../client.ts";
import { casualties, claims, escalations, eventMentions, forceReports } from "../schema/index.ts";
import { chunks } from "./conn-helpers.ts";
import { insertRows } from "./insert-rows.ts";
import { type BlockOutcome, createEvent, type IncomingMention, lockBlocks, resolveBlock } from "./resolve-block.ts";
import { casualtyRow, claimRow, escalationRow, forceRow, mentionRow, outletKeyOf } from "./rows.ts";

/** What storing or removing tellings did to events: the events to refresh, and the blocks' dispute flags. */
export interface EventChanges {
  touched: Set<number>;
  flags: BlockOutcome["flags"];
}

/** A telling's order-free identity: its article's content hash and its ordinal in the article. */
export const canonKeyOf = (contentHash: string, ordinal: number) =>
  `${contentHash}:${String(ordinal).padStart(4, "0")}`;

export function mergeChanges(into: EventChanges, outcome: Pick<BlockOutcome, "touched" | "flags">): void {
  for (const id of outcome.touched) into.touched.add(id);
  for (const [id, flags] of outcome.flags) into.flags.set(id, flags);
}

/**
 * Stores one source's mentions, facts and claims. Each mention's block (kind class, attacker, date) is re-resolved
 * whole with the new tellings in it (resolveBlock); a mention with no block (no attacker or no date) is an event of
 * its own. Returns the events touched, for `finishEvents` to bring in step.
 */
export async function insertExtraction(
  conn: Conn,
  source: { id: number; outlet: string | null; contentHash: string },
  extraction: Extraction,
): Promise<EventChanges> {
  const sourceId = source.id;
  const outletKey = outletKeyOf(source.outlet, sourceId);
  const changes: EventChanges = { touched: new Set(), flags: new Map() };
  const incoming = extraction.mentions.map((mention, ordinal) => ({
    mention,
    canonKey: canonKeyOf(source.contentHash, ordinal),
    sourceId,
    block: blockKey({
      kind: mention.kind,
      date: mention.date,
      attackerKey: mention.attacker?.key ?? null,
      location: mention.location,
    }),
  }));
  const byBlock = new Map<string, IncomingMention[]>();
  for (const m of incoming) {
    if (!m.block) continue;
    const list = byBlock.get(m.block);
    if (list) list.push(m);
    else byBlock.set(m.block, [m]);
  }
  const placed = new Map<string, { eventId: number; joinReason: string | null }>();
  await lockBlocks(conn, byBlock.keys());
  for (const key of [...byBlock.keys()].sort()) {
    const outcome = await resolveBlock(conn, key, byBlock.get(key) ?? []);
    mergeChanges(changes, outcome);
    for (const [k, p] of outcome.placed) placed.set(k, p);
  }
  for (const m of incoming) {
    if (m.block) continue;
    const eventId = await createEvent(conn, m.mention.kind);
    placed.set(m.canonKey, { eventId, joinReason: null });
    changes.touched.add(eventId);
  }
  const eventIds = incoming.map((m) => placed.get(m.canonKey)?.eventId as number);

  // RETURNING order is not promised, so ids are matched back by ordinal.
  const mentionIds: number[] = new Array(eventIds.length);
  const mentionRows = incoming.map((m, ordinal) =>
    mentionRow(m.mention, {
      eventId: eventIds[ordinal] as number,
      sourceId,
      ordinal,
      outletKey,
      blockKey: m.block,
      canonKey: m.canonKey,
      joinReason: placed.get(m.canonKey)?.joinReason ?? null,
    }),
  );
  for (const chunk of chunks(mentionRows)) {
    const returned = await insertRows(conn, eventMentions, chunk, ["id", "ordinal"]);
    for (const r of returned) mentionIds[Number(r.ordinal)] = Number(r.id);
  }

  const owner = (i: number) => ({ mentionId: mentionIds[i] as number, eventId: eventIds[i] as number, sourceId });
  const forces = extraction.mentions.flatMap((m, i) => m.forces.map((f) => forceRow(f, owner(i))));
  const hurt = extraction.mentions.flatMap((m, i) => m.casualties.map((c) => casualtyRow(c, owner(i))));
  const steps = extraction.mentions.flatMap((m, i) => m.escalation.map((e) => escalationRow(e, owner(i))));
  const said = extraction.claims.map((c) => {
    const i = c.mentionIndex;
    const known = i !== null && i < mentionIds.length;
    return claimRow(c, {
      sourceId,
      mentionId: known ? (mentionIds[i] as number) : null,
      eventId: known ? (eventIds[i] as number) : null,
    });
  });
  // Multi-row inserts, a few statements per table per article.
  for (const chunk of chunks(forces)) await insertRows(conn, forceReports, chunk);
  for (const chunk of chunks(hurt)) await insertRows(conn, casualties, chunk);
  for (const chunk of chunks(steps)) await insertRows(conn, escalations, chunk);
  for (const chunk of chunks(said)) await insertRows(conn, claims, chunk);
  return changes;
}
