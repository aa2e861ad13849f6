import { basename } from "node:path";
import type { Extraction } from "@deconflict/domain";
import { and, count, eq, ne } from "drizzle-orm";
import type { Conn, Db } from "../client.ts";
import { dialectOf, isConnectionLost, runPrepared, writeTransaction } from "../dialect.ts";
import { sourceOrigins, sources } from "../schema/index.ts";
import { col, statementText, tbl } from "./hand-sql.ts";
import { insertExtraction } from "./insert-extraction.ts";
import { insertRows } from "./insert-rows.ts";
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
  /** The metadata, or a function making it from the extraction (a duplicate is extracted only when it must be). */
  meta: SourceMeta | ((extraction: Extraction) => SourceMeta);
  /** The extraction, or a function making it when it is only needed if the content is new (a race). */
  extraction: Extraction | (() => Extraction);
}

export type StoreStatus = "ingested" | "unchanged" | "replaced" | "duplicate";

export interface StoreResult {
  status: StoreStatus;
  sourceId: number;
}

/**
 * Stores one article in one write transaction: dedups by content hash, replaces a changed file's extractions,
 * resolves mentions to events. Concurrent writers queue on SQLite's write lock; on PostgreSQL they lock only
 * this article's hash and path (and, while resolving, its events' keys), so other articles go on in parallel.
 */
export async function storeSource(db: Db, input: StoreSourceInput): Promise<StoreResult> {
  // The same bytes already stored under this path: nothing to write, so no write lock to queue for (a re-run over
  // an unchanged corpus, or a second ingest of the same files).
  const stored = await unchangedSource(db, input).catch((e: unknown) => {
    // A server that is momentarily gone: the transaction below waits for it.
    if (isConnectionLost(e)) return null;
    throw e;
  });
  if (stored !== null) return { status: "unchanged", sourceId: stored };
  const keys = [`hash:${input.contentHash}`, `path:${input.originPath}`];
  return writeTransaction(db, (tx) => storeInTransaction(tx, input), keys);
}

/**
 * Stores articles in order, as `storeSource` stores each, with the same results. On SQLite, the ones not already
 * stored share one write transaction: a commit (and the WAL it writes) per article was most of the writer's time in
 * a large ingest. All of them are stored or none (the batch rolls back whole); the caller stores them one at a time
 * to find the one at fault. On PostgreSQL each keeps its own transaction, so concurrent writers lock one article's
 * keys at a time and never wait on each other in a circle.
 */
export async function storeSources(db: Db, inputs: readonly StoreSourceInput[]): Promise<StoreResult[]> {
  if (dialectOf(db) === "pg" || inputs.length < 2) {
    const results: StoreResult[] = [];
    for (const input of inputs) results.push(await storeSource(db, input));
    return results;
  }
  const results: (StoreResult | null)[] = [];
  for (const input of inputs) {
    const stored = await unchangedSource(db, input);
    results.push(stored === null ? null : { status: "unchanged", sourceId: stored });
  }
  if (results.some((r) => r === null)) {
    await writeTransaction(db, async (tx) => {
      for (const [i, input] of inputs.entries()) results[i] ??= await storeInTransaction(tx, input);
    });
  }
  return results as StoreResult[];
}

const UNCHANGED = statementText(
  () =>
    `SELECT s.${col(sources.id)} AS id FROM ${tbl(sourceOrigins)} o
    INNER JOIN ${tbl(sources)} s ON s.${col(sources.id)} = o.${col(sourceOrigins.sourceId)}
    WHERE o.${col(sourceOrigins.path)} = ? AND s.${col(sources.contentHash)} = ?`,
);
const BY_HASH = statementText(
  () => `SELECT ${col(sources.id)} AS id FROM ${tbl(sources)} WHERE ${col(sources.contentHash)} = ?`,
);
const ORIGIN = statementText(
  () =>
    `SELECT ${col(sourceOrigins.sourceId)} AS "sourceId" FROM ${tbl(sourceOrigins)}
    WHERE ${col(sourceOrigins.path)} = ?`,
);

async function unchangedSource(conn: Conn, input: StoreSourceInput): Promise<number | null> {
  const [row] = await runPrepared(conn, UNCHANGED(), [input.originPath, input.contentHash]);
  return row ? Number(row.id) : null;
}

/** The id of the stored source with this content hash, if any: a cheap read before extracting. */
export async function sourceIdByHash(conn: Conn, contentHash: string): Promise<number | null> {
  const [row] = await runPrepared(conn, BY_HASH(), [contentHash]);
  return row ? Number(row.id) : null;
}

async function storeInTransaction(tx: Conn, input: StoreSourceInput): Promise<StoreResult> {
  const byHash = await sourceIdByHash(tx, input.contentHash);
  const [found] = await runPrepared(tx, ORIGIN(), [input.originPath]);
  const origin = found ? { sourceId: Number(found.sourceId) } : undefined;

  if (byHash !== null) {
    if (origin?.sourceId === byHash) return { status: "unchanged", sourceId: byHash };
    if (origin) {
      // This path now holds content already stored under another source: point it there.
      await tx.update(sourceOrigins).set({ sourceId: byHash }).where(eq(sourceOrigins.path, input.originPath));
      await originLeft(tx, origin.sourceId, input.originPath);
    } else {
      await tx.insert(sourceOrigins).values({ path: input.originPath, sourceId: byHash });
    }
    await adoptIfFirst(tx, byHash, input);
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
      await restore(tx, origin.sourceId, columns, extraction);
      return { status: "replaced", sourceId: origin.sourceId };
    }
    // Other paths still hold the old content, so it stays; this path gets a source of its own.
    await tx.delete(sourceOrigins).where(eq(sourceOrigins.path, input.originPath));
    await originLeft(tx, origin.sourceId, input.originPath);
  }
  const [row] = await insertRows(tx, sources, [columns], ["id"]);
  if (!row) throw new Error("inserting a source returned no id");
  const id = Number(row.id);
  await insertRows(tx, sourceOrigins, [{ path: input.originPath, sourceId: id }]);
  const source = { id, outlet: columns.outlet, contentHash: input.contentHash };
  await settleEvents(tx, await insertExtraction(tx, source, extraction));
  return { status: origin ? "replaced" : "ingested", sourceId: id };
}

/** Replaces a stored source's columns and everything extracted from it, re-resolving the events it told. */
async function restore(
  tx: Conn,
  sourceId: number,
  columns: ReturnType<typeof sourceColumns>,
  extraction: Extraction,
): Promise<void> {
  const before = await removeExtractions(tx, sourceId);
  await tx.update(sources).set(columns).where(eq(sources.id, sourceId));
  const source = { id: sourceId, outlet: columns.outlet, contentHash: columns.contentHash };
  const changes = await insertExtraction(tx, source, extraction);
  // Mentions went away too: their blocks are resolved again, and every event touched, old or new, refreshed.
  await reresolveBlocks(tx, before.blocks, changes);
  await settleEvents(tx, changes, before.events);
}

/**
 * A copy of stored bytes under a path that comes first: the source takes this path's metadata (its outlet and
 * date, which the extraction may read), so a reprint is stored the same whichever copy arrived first.
 */
async function adoptIfFirst(tx: Conn, sourceId: number, input: StoreSourceInput): Promise<void> {
  const current = await representativeOf(tx, sourceId, input.originPath);
  if (current !== null && !comesFirst(input.originPath, current)) return;
  const extraction = typeof input.extraction === "function" ? input.extraction() : input.extraction;
  const columns = sourceColumns(input, extraction);
  const [stored] = await tx
    .select({
      title: sources.title,
      outlet: sources.outlet,
      url: sources.url,
      publishedAt: sources.publishedAt,
      byline: sources.byline,
    })
    .from(sources)
    .where(eq(sources.id, sourceId));
  const same = stored && META_KEYS.every((k) => stored[k] === columns[k]);
  if (same) await tx.update(sources).set({ originPath: input.originPath }).where(eq(sources.id, sourceId));
  else await restore(tx, sourceId, columns, extraction);
}

const META_KEYS = ["title", "outlet", "url", "publishedAt", "byline"] as const;

/** The path whose metadata the source carries: recorded, or (rows stored before it was) the first other origin. */
async function representativeOf(tx: Conn, sourceId: number, except: string): Promise<string | null> {
  const [row] = await tx.select({ path: sources.originPath }).from(sources).where(eq(sources.id, sourceId));
  if (row?.path && row.path !== except) return row.path;
  return firstOf(await originPaths(tx, sourceId, except));
}

/** A path left the source: if it was the one named, the first remaining path is named instead (or the source goes). */
async function originLeft(tx: Conn, sourceId: number, path: string): Promise<void> {
  const [row] = await tx.select({ path: sources.originPath }).from(sources).where(eq(sources.id, sourceId));
  if (!row) return;
  const remaining = await originPaths(tx, sourceId, path);
  if (remaining.length === 0) return dropIfOrphaned(tx, sourceId);
  if (row.path === path || row.path === null) {
    await tx
      .update(sources)
      .set({ originPath: firstOf(remaining) })
      .where(eq(sources.id, sourceId));
  }
}

async function originPaths(tx: Conn, sourceId: number, except: string): Promise<string[]> {
  const rows = await tx
    .select({ path: sourceOrigins.path })
    .from(sourceOrigins)
    .where(and(eq(sourceOrigins.sourceId, sourceId), ne(sourceOrigins.path, except)));
  return rows.map((r) => r.path);
}

/** File name first, then the whole path: copies of one corpus split over folders order as the files do. */
export function comesFirst(a: string, b: string): boolean {
  const [na, nb] = [basename(a), basename(b)];
  return na !== nb ? na < nb : a < b;
}

function firstOf(paths: string[]): string | null {
  return paths.reduce<string | null>((best, p) => (best === null || comesFirst(p, best) ? p : best), null);
}

function sourceColumns(input: StoreSourceInput, extraction: Extraction) {
  return {
    contentHash: input.contentHash,
    ...(typeof input.meta === "function" ? input.meta(extraction) : input.meta),
    originPath: input.originPath,
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
