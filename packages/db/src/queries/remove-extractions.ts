import { eq, inArray } from "drizzle-orm";
import type { Conn } from "../client.ts";
import { casualties, claims, escalations, eventMentions, forceReports } from "../schema/index.ts";

/**
 * Deletes everything extracted from one source, keeping the source row. Returns the events it touched and the
 * resolution blocks it left: those must be re-resolved, since tellings that were ambiguous may not be any more.
 */
export async function removeExtractions(
  conn: Conn,
  sourceId: number,
): Promise<{ events: Set<number>; blocks: Set<string> }> {
  const touched = await conn
    .selectDistinct({ eventId: eventMentions.eventId, blockKey: eventMentions.blockKey })
    .from(eventMentions)
    .where(eq(eventMentions.sourceId, sourceId));
  // Explicit deletes, children first, so nothing depends on the foreign_keys pragma being on.
  await conn.delete(claims).where(eq(claims.sourceId, sourceId));
  // Facts are found through their mention (indexed), not their source_id (unindexed: a full scan per article).
  const mentions = conn
    .select({ id: eventMentions.id })
    .from(eventMentions)
    .where(eq(eventMentions.sourceId, sourceId));
  await conn.delete(forceReports).where(inArray(forceReports.mentionId, mentions));
  await conn.delete(casualties).where(inArray(casualties.mentionId, mentions));
  await conn.delete(escalations).where(inArray(escalations.mentionId, mentions));
  await conn.delete(eventMentions).where(eq(eventMentions.sourceId, sourceId));
  return {
    events: new Set(touched.map((t) => t.eventId)),
    blocks: new Set(touched.flatMap((t) => (t.blockKey ? [t.blockKey] : []))),
  };
}
