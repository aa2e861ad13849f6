import type { Extraction } from "@deconflict/domain";
import { and, count, eq, ne } from "drizzle-orm";
import type { Conn, Db } from "../client.ts";
import { sourceOrigins, sources } from "../schema/index.ts";
import { insertExtraction } from "./insert-extraction.ts";
import { removeExtractions } from "./remove-extractions.ts";
import { reresolveBlocks, settleEvents } from "./settle-events.ts";

export interface SourceMeta {
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  byline: string | null;
}

export interface StoreSourceInput {
  /** Where the article was read from; the same article under two paths is stored once. */
  originPath: string;
  /** sha256 of the raw file bytes, lower-case hex. */
  contentHash: string;
  meta: SourceMeta;
  /** The extraction, or a function making it when it is only needed if the content is new (a race). */
  extraction: Extraction | (() => Extraction);
}

export type StoreStatus = "ingested" | "unchanged" | "replaced" | "duplicate";

export interface StoreResult {
  status: StoreStatus;
  sourceId: number;
}

/**
 * Stores one article in one write transaction (BEGIN IMMEDIATE, so concurrent ingests queue):
 * dedups by content hash, replaces a changed file's extractions, resolves mentions to events.
 */
export function storeSource(db: Db, input: StoreSourceInput): Promise<StoreResult> {
  return db.transaction((tx) => storeInTransaction(tx, input), { behavior: "immediate" });
}

/** The id of the stored source with this content hash, if any: a cheap read before extracting. */
export async function sourceIdByHash(conn: Conn, contentHash: string): Promise<number | null> {
  const [row] = await conn.select({ id: sources.id }).from(sources).where(eq(sources.contentHash, contentHash));
  return row?.id ?? null;
}

async function storeInTransaction(tx: Conn, input: StoreSourceInput): Promise<StoreResult> {
  const byHash = await sourceIdByHash(tx, input.contentHash);
  const [origin] = await tx
    .select({ sourceId: sourceOrigins.sourceId })
    .from(sourceOrigins)
    .where(eq(sourceOrigins.path, input.originPath));

  if (byHash !== null) {
    if (origin?.sourceId === byHash) return { status: "unchanged", sourceId: byHash };
    if (origin) {
      // This path now holds content already stored under another source: point it there.
      await tx.update(sourceOrigins).set({ sourceId: byHash }).where(eq(sourceOrigins.path, input.originPath));
      await dropIfOrphaned(tx, origin.sourceId);
    } else {
      await tx.insert(sourceOrigins).values({ path: input.originPath, sourceId: byHash });
    }
    return { status: "duplicate", sourceId: byHash };
  }

  const extraction = typeof input.extraction === "function" ? input.extraction() : input.extraction;
  const columns = sourceColumns(input, extraction);
  if (origin) {
    const [others] = await tx
      .select({ n: count() })
      .from(sourceOrigins)
      .where(and(eq(sourceOrigins.sourceId, origin.sourceId), ne(sourceOrigins.path, input.originPath)));
    if ((others?.n ?? 0) === 0) {
      const before = await removeExtractions(tx, origin.sourceId);
      await tx.update(sources).set(columns).where(eq(sources.id, origin.sourceId));
      const source = { id: origin.sourceId, outlet: columns.outlet, contentHash: input.contentHash };
      const changes = await insertExtraction(tx, source, extraction);
      // Mentions went away too: their blocks are resolved again, and every event touched, old or new, refreshed.
      await reresolveBlocks(tx, before.blocks, changes);
      await settleEvents(tx, changes, before.events);
      return { status: "replaced", sourceId: origin.sourceId };
    }
    // Other paths still hold the old content, so it stays; this path gets a source of its own.
    await tx.delete(sourceOrigins).where(eq(sourceOrigins.path, input.originPath));
  }
  const [row] = await tx.insert(sources).values(columns).returning({ id: sources.id });
  if (!row) throw new Error("inserting a source returned no id");
  await tx.insert(sourceOrigins).values({ path: input.originPath, sourceId: row.id });
  const source = { id: row.id, outlet: columns.outlet, contentHash: input.contentHash };
  await settleEvents(tx, await insertExtraction(tx, source, extraction));
  return { status: origin ? "replaced" : "ingested", sourceId: row.id };
}

function sourceColumns(input: StoreSourceInput, extraction: Extraction) {
  return {
    contentHash: input.contentHash,
    ...input.meta,
    text: extraction.text,
    extractorVersion: extraction.extractorVersion,
    ingestedAt: new Date().toISOString(),
  };
}

/** Deletes a source no path points at any more, with everything extracted from it. */
async function dropIfOrphaned(tx: Conn, sourceId: number): Promise<void> {
  const [left] = await tx.select({ n: count() }).from(sourceOrigins).where(eq(sourceOrigins.sourceId, sourceId));
  if ((left?.n ?? 0) > 0) return;
  const removed = await removeExtractions(tx, sourceId);
  await tx.delete(sources).where(eq(sources.id, sourceId));
  const changes = { touched: new Set<number>(), flags: new Map() };
  await reresolveBlocks(tx, removed.blocks, changes);
  await settleEvents(tx, changes, removed.events);
}
