import { inArray } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { claims, eventMentions, events } from "../../schema/index.ts";
import { type EventFilter, eventWhere } from "./filter.ts";

/** The ids an export of a filtered view keeps: the events, and the sources that tell them or quote about them. */
export async function exportScope(db: Db, filter: EventFilter): Promise<{ eventIds: number[]; sourceIds: number[] }> {
  const eventIds = (await db.select({ id: events.id }).from(events).where(eventWhere(filter))).map((r) => r.id);
  const sourceIds = new Set<number>();
  // Chunked: SQLite caps the number of bound parameters.
  for (let i = 0; i < eventIds.length; i += 500) {
    const chunk = eventIds.slice(i, i + 500);
    const told = await db
      .selectDistinct({ id: eventMentions.sourceId })
      .from(eventMentions)
      .where(inArray(eventMentions.eventId, chunk));
    const quoted = await db.selectDistinct({ id: claims.sourceId }).from(claims).where(inArray(claims.eventId, chunk));
    for (const r of [...told, ...quoted]) sourceIds.add(r.id);
  }
  return { eventIds, sourceIds: [...sourceIds].sort((a, b) => a - b) };
}
