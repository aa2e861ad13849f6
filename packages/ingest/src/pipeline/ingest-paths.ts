import type { Db } from "@deconflict/db";
import { isConnectionLost } from "@deconflict/db/dialect";
import {
  type SourceMeta,
  type StoreResult,
  type StoreSourceInput,
  type StoreStatus,
  sourceIdByHash,
  storeSource,
  storeSources,
} from "@deconflict/db/queries";
import type { Extraction } from "@deconflict/domain";
import { isoDayOf } from "../read/dates.ts";
import { type Failure, failureOf } from "../read/errors.ts";
import type { ManifestLine } from "../read/manifest.ts";
import { type PlannedFile, planInputs } from "../read/plan.ts";
import { type FileBytes, parseArticleBytes, type ReadArticle, readFileBytes } from "../read/read-article.ts";
import { asDatabaseError } from "./database-error.ts";
import { extractChecked, loadExtractor, loadedExtractor } from "./extract-checked.ts";
import { defaultWorkers, ExtractPool, ExtractPoolError } from "./extract-pool.ts";
import { yieldToEventLoop } from "./yield.ts";

export interface IngestSummary {
  ingested: number;
  unchanged: number;
  replaced: number;
  duplicate: number;
  failed: Failure[];
  /** Files planned (before failures of reading). */
  total: number;
  /** True when a stop signal ended the run before every file was read. */
  interrupted: boolean;
}

export interface IngestProgress {
  done: number;
  total: number;
  path: string;
  status: StoreStatus | "failed";
}

export interface IngestOptions {
  manifest?: string | undefined;
  maxBytes?: number | undefined;
  /**
   * Extraction threads (default 1: in this thread). With more, articles are read and extracted ahead in worker
   * threads while this thread stores them one at a time in article order, so the database ends up the same.
   * "auto": one per core, unless the plan is too small to repay starting the threads.
   */
  workers?: number | "auto" | undefined;
  /** Once the plan is known: how many files will be read. */
  onPlan?: (total: number) => void;
  onProgress?: (progress: IngestProgress) => void;
  /** Each bad input as soon as it is known. */
  onFailure?: (failure: Failure) => void;
  /** Checked between articles: the current article is always finished first. */
  signal?: AbortSignal | undefined;
  /** The database path, for error messages. */
  dbPath?: string;
}

type Outcome = { status: StoreStatus; sourceId: number } | Failure;
/** Parses a file's bytes and extracts the article: in a thread of the pool, or in this one. */
type Extract = (file: FileBytes, manifest: ManifestLine | undefined) => Promise<Settled>;

interface Queued {
  file: PlannedFile;
  prepared: Promise<Prepared | Failure>;
  /** Settles (never rejects) once the preparation and its extraction have finished, either way. */
  done: Promise<void>;
}

/** A file read and checked against the database: its parsing and extraction under way, or done (null when stored). */
interface Prepared {
  pending: Promise<Settled>;
}

// Articles read and extracting ahead of the writer, per thread. The writer hands out work only between batches, so
// each thread's backlog must outlast a batch's write: with 4 the threads sat idle some 13 % of the time, with 48 about
// 7 % (8 % faster at 10,000 articles on 2 cores). Memory stays flat: a queued article is its bytes and extraction.
const AHEAD_PER_WORKER = 48;
// At most this many articles, all extracted already, share one write transaction: enough to spread a commit's cost
// when the writer falls behind (32 saved another 0.2 ms an article), few enough that a batch takes some 20 ms,
// which is how long Ctrl-C waits (it lands between batches) and what SIGKILL can take back.
const BATCH = 16;

/**
 * Files → read → extract → store, in article order (memory stays flat however large the corpus).
 * Bad inputs are counted and reported, never fatal; a database that cannot be written throws a DatabaseError.
 */
export async function ingestPaths(
  db: Db,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const plan = await planInputs(paths, { manifest: options.manifest });
  const summary: IngestSummary = {
    ingested: 0,
    unchanged: 0,
    replaced: 0,
    duplicate: 0,
    failed: [],
    total: plan.files.length,
    interrupted: false,
  };
  const fail = (failure: Failure) => {
    summary.failed.push(failure);
    options.onFailure?.(failure);
  };
  for (const failure of plan.failures) fail(failure);
  options.onPlan?.(plan.files.length);

  const threads = Math.min(threadsFor(options.workers, plan.files.length), plan.files.length);
  const pool = threads > 1 ? new ExtractPool(threads) : null;
  const extract: Extract = pool ? (file, manifest) => pool.extract(file, manifest) : parseAndExtract;
  // With threads, the next batch is extracting while one is written; in this thread, a batch is extracted, then
  // written.
  const ahead = pool ? threads * AHEAD_PER_WORKER + 2 * BATCH : BATCH - 1;
  // In flight, in article order: each entry is a file's preparation (reading, checking, extraction started), and
  // whether it has finished.
  const queue: Queued[] = [];
  let next = 0;
  const refill = () => {
    while (next < plan.files.length && queue.length <= ahead && !options.signal?.aborted) {
      const file = plan.files[next++] as PlannedFile;
      const prepared = prepare(db, file, options, extract);
      // Settled later, in order; a preparation dropped on Ctrl-C must not surface as an unhandled rejection.
      const done = prepared
        .then((p) => ("pending" in p ? p.pending : undefined))
        .then(
          () => {},
          () => {},
        );
      queue.push({ file, prepared, done });
    }
  };
  let done = 0;
  try {
    for (refill(); queue.length > 0; refill()) {
      if (options.signal?.aborted) {
        summary.interrupted = true;
        break;
      }
      // The writer waits for a full batch: the threads stay busy with the articles after it, and a commit's cost is
      // spread over BATCH articles (in batches of one, storing costs some 0.5 ms an article more).
      const size = Math.min(BATCH, queue.length);
      await untilDone(queue.slice(0, size), options.signal);
      if (options.signal?.aborted) continue;
      const batch = queue.splice(0, size);
      const outcomes = await storeBatch(db, batch, options);
      await yieldToEventLoop();
      for (const [i, outcome] of outcomes.entries()) {
        const { file } = batch[i] as (typeof batch)[number];
        done++;
        if ("reason" in outcome) fail(outcome);
        else summary[outcome.status]++;
        options.onProgress?.({
          done,
          total: plan.files.length,
          path: file.path,
          status: "reason" in outcome ? "failed" : outcome.status,
        });
      }
    }
    if (options.signal?.aborted && done < plan.files.length) summary.interrupted = true;
  } finally {
    await pool?.close();
  }
  return summary;
}

/** Waits until every entry has finished preparing, or until the signal fires. */
function untilDone(entries: readonly Queued[], signal: AbortSignal | undefined): Promise<void> {
  const all = Promise.all(entries.map((e) => e.done)).then(() => {});
  if (!signal) return all;
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const onAbort = () => resolve();
    signal.addEventListener("abort", onAbort, { once: true });
    // One wait a batch: a listener left behind each time would pile up on the run's signal.
    all.then(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    });
  });
}

// Starting a thread (tsx and the extractor) costs about what extracting this many articles does.
const WORTH_A_THREAD = 32;

function threadsFor(workers: IngestOptions["workers"], files: number): number {
  if (workers === "auto") return files < WORTH_A_THREAD ? 1 : defaultWorkers();
  return Math.max(1, Math.floor(workers ?? 1));
}

/** A file to read, or an article already read from elsewhere (a fetched page, an archive record). */
export type IngestInput = PlannedFile & { read?: () => Promise<ReadArticle> };

/** One file end to end in this thread; a bad file becomes a failure, a database that cannot be written throws. */
export async function ingestFile(
  db: Db,
  file: IngestInput,
  options: Pick<IngestOptions, "maxBytes" | "dbPath"> = {},
): Promise<Outcome> {
  return storePrepared(db, file, await prepare(db, file, options, parseAndExtract), options);
}

/**
 * Reads a file's bytes and, unless they are already stored, starts parsing and extracting them (in a thread, with
 * a pool). Throws only for the database.
 */
async function prepare(
  db: Db,
  file: IngestInput,
  options: Pick<IngestOptions, "maxBytes" | "dbPath">,
  extract: Extract,
): Promise<Prepared | Failure> {
  try {
    if (file.read) {
      const read = await file.read();
      if (await isStored(db, read.contentHash)) return { pending: Promise.resolve({ read, extraction: null }) };
      return { pending: extractInThread(read) };
    }
    const bytes = await readFileBytes(file.path, { maxBytes: options.maxBytes });
    if (await isStored(db, bytes.contentHash)) {
      // Nothing to extract, but a duplicate's metadata may still be wanted (the copy that comes first names it).
      const read = await parseArticleBytes(bytes, file.manifest);
      return { pending: Promise.resolve({ read, extraction: null }) };
    }
    return { pending: extract(bytes, file.manifest) };
  } catch (e) {
    const fatal = asDatabaseError(e, options.dbPath ?? "");
    if (fatal) throw fatal;
    return failureOf(file.path, e);
  }
}

/**
 * A stored hash means nothing new to extract (unchanged or duplicate): skip the expensive part. Only a shortcut:
 * when the server is momentarily gone, extract anyway and let the store's retries wait for it.
 */
function isStored(db: Db, contentHash: string): Promise<boolean> {
  return sourceIdByHash(db, contentHash).then(
    (id) => id !== null,
    (e: unknown) => {
      if (isConnectionLost(e)) return false;
      throw e;
    },
  );
}

async function extractInThread(read: ReadArticle): Promise<Settled> {
  return { read, extraction: extractChecked(read.article, await loadExtractor()) };
}

const parseAndExtract: Extract = async (file, manifest) => extractInThread(await parseArticleBytes(file, manifest));

/** A prepared file with its extraction finished (null when its bytes were already stored), or its failure. */
interface Settled {
  read: ReadArticle;
  extraction: Extraction | null;
}

async function settle(file: PlannedFile, prepared: Prepared | Failure): Promise<Settled | Failure> {
  if ("reason" in prepared) return prepared;
  try {
    return await prepared.pending;
  } catch (e) {
    if (e instanceof ExtractPoolError) throw e;
    return failureOf(file.path, e);
  }
}

function storeInput({ read, extraction }: Settled): StoreSourceInput {
  return {
    originPath: read.originPath,
    contentHash: read.contentHash,
    meta: extraction ? metaOf(read, extraction) : (made) => metaOf(read, made),
    extraction: extraction ?? (() => extractChecked(read.article, loadedOrThrow())),
  };
}

async function storePrepared(
  db: Db,
  file: PlannedFile,
  prepared: Prepared | Failure,
  options: Pick<IngestOptions, "dbPath">,
): Promise<Outcome> {
  const settled = await settle(file, prepared);
  if ("reason" in settled) return settled;
  return storeSettled(db, file, settled, options);
}

async function storeSettled(
  db: Db,
  file: PlannedFile,
  settled: Settled,
  options: Pick<IngestOptions, "dbPath">,
): Promise<Outcome> {
  try {
    return await storeSource(db, storeInput(settled));
  } catch (e) {
    // Another process removed the stored copy between the check and the write: extract after all.
    if (e instanceof ExtractorNotLoaded) return ingestFileExtracting(db, file, settled.read, options);
    const fatal = asDatabaseError(e, options.dbPath ?? "");
    if (fatal) throw fatal;
    return failureOf(file.path, e);
  }
}

/**
 * Stores a run of files in article order, in one transaction where the database allows (storeSources). When the
 * batch fails short of a fatal database error, each file is stored on its own, so only the one at fault fails.
 */
async function storeBatch(
  db: Db,
  batch: readonly Pick<Queued, "file" | "prepared">[],
  options: Pick<IngestOptions, "dbPath">,
): Promise<Outcome[]> {
  const settled: (Settled | Failure)[] = [];
  for (const { file, prepared } of batch) settled.push(await settle(file, await prepared));
  const stored = settled.filter((s): s is Settled => !("reason" in s));
  let results: StoreResult[] | null = null;
  try {
    results = await storeSources(db, stored.map(storeInput));
  } catch (e) {
    const fatal = asDatabaseError(e, options.dbPath ?? "");
    if (fatal) throw fatal;
  }
  const outcomes: Outcome[] = [];
  let next = 0;
  for (const [i, s] of settled.entries()) {
    const { file } = batch[i] as (typeof batch)[number];
    if ("reason" in s) outcomes.push(s);
    else outcomes.push(results ? (results[next++] as StoreResult) : await storeSettled(db, file, s, options));
  }
  return outcomes;
}

class ExtractorNotLoaded extends Error {}

function loadedOrThrow() {
  const extract = loadedExtractor();
  if (!extract) throw new ExtractorNotLoaded("extractor not loaded");
  return extract;
}

async function ingestFileExtracting(
  db: Db,
  file: PlannedFile,
  read: ReadArticle,
  options: Pick<IngestOptions, "dbPath">,
): Promise<Outcome> {
  try {
    const extraction = extractChecked(read.article, await loadExtractor());
    return await storeSource(db, {
      originPath: read.originPath,
      contentHash: read.contentHash,
      meta: metaOf(read, extraction),
      extraction,
    });
  } catch (e) {
    const fatal = asDatabaseError(e, options.dbPath ?? "");
    if (fatal) throw fatal;
    return failureOf(file.path, e);
  }
}

/** Manifest beats HTML metadata (both already in the article), which beats what the extractor found, else null. */
export function metaOf(read: ReadArticle, extraction: Extraction | null): SourceMeta {
  const { article } = read;
  return {
    title: article.title ?? extraction?.title ?? null,
    outlet: article.outlet,
    url: article.url,
    publishedAt: article.publishedAt ?? isoDayOf(extraction?.publishedAt),
    byline: read.byline ?? extraction?.byline ?? null,
  };
}
