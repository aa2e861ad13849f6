import type { Extraction } from "@deconflict/domain";
import { and, asc, count, eq, gt, ne } from "drizzle-orm";
import type { Conn, Db } from "../client.ts";
import { sources } from "../schema/index.ts";
import { insertExtraction } from "./insert-extraction.ts";
import { removeExtractions } from "./remove-extractions.ts";
import { reresolveBlocks, settleEvents } from "./settle-events.ts";

export interface StoredArticle {
  id: number;
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  byline: string | null;
  text: string;
  extractorVersion: string;
}

/**
 * The next page of stored sources to re-extract, after `afterId`: those made by another extractor
 * version, or all with `all`. Paged by id so a large database is never held in memory.
 */
export function sourcesToReextract(
  conn: Conn,
  params: { currentVersion: string; all: boolean; afterId: number; limit: number },
): Promise<StoredArticle[]> {
  const stale = params.all ? undefined : ne(sources.extractorVersion, params.currentVersion);
  return conn
    .select({
      id: sources.id,
      title: sources.title,
      outlet: sources.outlet,
      url: sources.url,
      publishedAt: sources.publishedAt,
      byline: sources.byline,
      text: sources.text,
      extractorVersion: sources.extractorVersion,
    })
    .from(sources)
    .where(and(gt(sources.id, params.afterId), stale))
    .orderBy(asc(sources.id))
    .limit(params.limit);
}

/** How many sources `sourcesToReextract` will walk through. */
export async function countToReextract(conn: Conn, params: { currentVersion: string; all: boolean }) {
  const [row] = await conn
    .select({ n: count() })
    .from(sources)
    .where(params.all ? undefined : ne(sources.extractorVersion, params.currentVersion));
  return row?.n ?? 0;
}

/** Replaces one stored source's extractions with a new extraction of its text, in one write transaction. */
export function replaceExtraction(db: Db, sourceId: number, extraction: Extraction): Promise<void> {
  return db.transaction(
    async (tx) => {
      const before = await removeExtractions(tx, sourceId);
      const [current] = await tx.select().from(sources).where(eq(sources.id, sourceId));
      if (!current) return;
      await tx
        .update(sources)
        .set({
          text: extraction.text,
          extractorVersion: extraction.extractorVersion,
          // Metadata that was unknown may now be found in the text.
          title: current.title ?? extraction.title,
          byline: current.byline ?? extraction.byline,
          publishedAt: current.publishedAt ?? extraction.publishedAt,
        })
        .where(eq(sources.id, sourceId));
      const source = { id: sourceId, outlet: current.outlet, contentHash: current.contentHash };
      const changes = await insertExtraction(tx, source, extraction);
      await reresolveBlocks(tx, before.blocks, changes);
      await settleEvents(tx, changes, before.events);
    },
    { behavior: "immediate" },
  );
}
