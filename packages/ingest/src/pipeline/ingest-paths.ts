import type { Db } from "@deconflict/db";
import { isConnectionLost } from "@deconflict/db/dialect";
import { type SourceMeta, type StoreStatus, sourceIdByHash, storeSource } from "@deconflict/db/queries";
import type { Article, Extraction } from "@deconflict/domain";
import { isoDayOf } from "../read/dates.ts";
import { type Failure, failureOf } from "../read/errors.ts";
import { type PlannedFile, planInputs } from "../read/plan.ts";
import { type ReadArticle, readArticleFile } from "../read/read-article.ts";
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
type Extract = (article: Article) => Promise<Extraction>;

/** A file read and checked against the database, its extraction under way (null when already stored). */
interface Prepared {
  read: ReadArticle;
  extraction: Promise<Extraction> | null;
}

// Articles read and extracting ahead of the writer, per thread: enough to keep every thread busy, few enough
// that memory stays flat.
const AHEAD_PER_WORKER = 4;

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
  const extract: Extract = pool
    ? (article) => pool.extract(article)
    : async (article) => extractChecked(article, await loadExtractor());
  const ahead = pool ? threads * AHEAD_PER_WORKER : 0;
  // In flight, in article order: each entry is a file's preparation (reading, checking, extraction started).
  const queue: { file: PlannedFile; prepared: Promise<Prepared | Failure> }[] = [];
  let next = 0;
  const refill = () => {
    while (next < plan.files.length && queue.length <= ahead && !options.signal?.aborted) {
      const file = plan.files[next++] as PlannedFile;
      const prepared = prepare(db, file, options, extract);
      // Settled later, in order; a preparation dropped on Ctrl-C must not surface as an unhandled rejection.
      prepared.then((p) => ("read" in p ? p.extraction?.catch(() => {}) : undefined)).catch(() => {});
      queue.push({ file, prepared });
    }
  };
  let done = 0;
  try {
    for (refill(); queue.length > 0; refill()) {
      if (options.signal?.aborted) {
        summary.interrupted = true;
        break;
      }
      const { file, prepared } = queue.shift() as (typeof queue)[number];
      const outcome = await storePrepared(db, file, await prepared, options);
      await yieldToEventLoop();
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
    if (options.signal?.aborted && done < plan.files.length) summary.interrupted = true;
  } finally {
    await pool?.close();
  }
  return summary;
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
  const extract: Extract = async (article) => extractChecked(article, await loadExtractor());
  return storePrepared(db, file, await prepare(db, file, options, extract), options);
}

/** Reads a file and, unless its bytes are already stored, starts extracting it. Throws only for the database. */
async function prepare(
  db: Db,
  file: IngestInput,
  options: Pick<IngestOptions, "maxBytes" | "dbPath">,
  extract: Extract,
): Promise<Prepared | Failure> {
  try {
    const read = file.read
      ? await file.read()
      : await readArticleFile(file.path, { maxBytes: options.maxBytes, manifest: file.manifest });
    // A stored hash means nothing new to extract (unchanged or duplicate): skip the expensive part. Only a
    // shortcut: when the server is momentarily gone, extract anyway and let the store's retries wait for it.
    const stored = await sourceIdByHash(db, read.contentHash).then(
      (id) => id !== null,
      (e: unknown) => {
        if (isConnectionLost(e)) return false;
        throw e;
      },
    );
    return { read, extraction: stored ? null : extract(read.article) };
  } catch (e) {
    const fatal = asDatabaseError(e, options.dbPath ?? "");
    if (fatal) throw fatal;
    return failureOf(file.path, e);
  }
}

async function storePrepared(
  db: Db,
  file: PlannedFile,
  prepared: Prepared | Failure,
  options: Pick<IngestOptions, "dbPath">,
): Promise<Outcome> {
  if ("reason" in prepared) return prepared;
  const { read } = prepared;
  let extraction: Extraction | null;
  try {
    extraction = prepared.extraction ? await prepared.extraction : null;
  } catch (e) {
    if (e instanceof ExtractPoolError) throw e;
    return failureOf(file.path, e);
  }
  try {
    return await storeSource(db, {
      originPath: read.originPath,
      contentHash: read.contentHash,
      meta: extraction ? metaOf(read, extraction) : (made) => metaOf(read, made),
      extraction: extraction ?? (() => extractChecked(read.article, loadedOrThrow())),
    });
  } catch (e) {
    // Another process removed the stored copy between the check and the write: extract after all.
    if (e instanceof ExtractorNotLoaded) return ingestFileExtracting(db, file, read, options);
    const fatal = asDatabaseError(e, options.dbPath ?? "");
    if (fatal) throw fatal;
    return failureOf(file.path, e);
  }
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
