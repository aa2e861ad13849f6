import { eq } from "drizzle-orm";
import type { Conn } from "../client.ts";
import { casualties, claims, escalations, eventMentions, forceReports } from "../schema/index.ts";

/** Deletes everything extracted from one source, keeping the source row. Returns the events it touched. */
export async function removeExtractions(conn: Conn, sourceId: number): Promise<Set<number>> {
  const touched = await conn
    .selectDistinct({ eventId: eventMentions.eventId })
    .from(eventMentions)
    .where(eq(eventMentions.sourceId, sourceId));
  // Explicit deletes, children first, so nothing depends on the foreign_keys pragma being on.
  await conn.delete(claims).where(eq(claims.sourceId, sourceId));
  await conn.delete(forceReports).where(eq(forceReports.sourceId, sourceId));
  await conn.delete(casualties).where(eq(casualties.sourceId, sourceId));
  await conn.delete(escalations).where(eq(escalations.sourceId, sourceId));
  await conn.delete(eventMentions).where(eq(eventMentions.sourceId, sourceId));
  return new Set(touched.map((t) => t.eventId));
}
