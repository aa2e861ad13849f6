import type { Extraction } from "@deconflict/domain";
import type { Conn } from "../client.ts";
import { casualties, claims, escalations, eventMentions, forceReports } from "../schema/index.ts";
import type { EventAddition } from "./add-to-events.ts";
import { chunks } from "./conn-helpers.ts";
import { lockResolution, resolveEvent } from "./resolve-event.ts";
import { casualtyRow, claimRow, escalationRow, forceRow, mentionRow, outletKeyOf } from "./rows.ts";

/**
 * Stores one source's mentions, facts and claims, resolving each mention to an event.
 * Returns what the source adds to each event it touches, for `addToEvents` (or `refreshEvent`) to fold in.
 */
export async function insertExtraction(
  conn: Conn,
  source: { id: number; outlet: string | null },
  extraction: Extraction,
): Promise<Map<number, EventAddition>> {
  const sourceId = source.id;
  const outletKey = outletKeyOf(source.outlet, sourceId);
  // One at a time, each kept off the events this article already tells: its mentions are distinct events.
  const eventIds: number[] = [];
  await lockResolution(conn, extraction.mentions);
  const taken = new Set<number>();
  for (const mention of extraction.mentions) {
    const eventId = await resolveEvent(conn, mention, taken);
    eventIds.push(eventId);
    taken.add(eventId);
  }

  // RETURNING order is not promised, so ids are matched back by ordinal.
  const mentionIds: number[] = new Array(eventIds.length);
  const mentionRows = extraction.mentions.map((m, ordinal) =>
    mentionRow(m, { eventId: eventIds[ordinal] as number, sourceId, ordinal, outletKey }),
  );
  for (const chunk of chunks(mentionRows)) {
    const returned = await conn
      .insert(eventMentions)
      .values(chunk)
      .returning({ id: eventMentions.id, ordinal: eventMentions.ordinal });
    for (const r of returned) mentionIds[r.ordinal] = r.id;
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
  for (const chunk of chunks(forces)) await conn.insert(forceReports).values(chunk);
  for (const chunk of chunks(hurt)) await conn.insert(casualties).values(chunk);
  for (const chunk of chunks(steps)) await conn.insert(escalations).values(chunk);
  for (const chunk of chunks(said)) await conn.insert(claims).values(chunk);
  const additions = new Map<number, EventAddition>();
  extraction.mentions.forEach((m, i) => {
    const eventId = eventIds[i] as number;
    const addition = additions.get(eventId) ?? { mentions: [], contested: false };
    addition.mentions.push(m);
    additions.set(eventId, addition);
  });
  for (const c of said) {
    if (c.eventId !== null && c.stance === "contests") {
      const addition = additions.get(c.eventId);
      if (addition) addition.contested = true;
    }
  }
  return additions;
}
