import type { Db } from "@deconflict/db";
import { type SourceMeta, type StoreStatus, sourceIdByHash, storeSource } from "@deconflict/db/queries";
import type { Extraction } from "@deconflict/domain";
import { isoDayOf } from "../read/dates.ts";
import { type Failure, failureOf } from "../read/errors.ts";
import { type PlannedFile, planInputs } from "../read/plan.ts";
import { type ReadArticle, readArticleFile } from "../read/read-article.ts";
import { asDatabaseError } from "./database-error.ts";
import { extractChecked, loadExtractor, loadedExtractor } from "./extract-checked.ts";
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

/**
 * Files → read → extract → store, one article at a time (memory stays flat however large the corpus).
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

  let done = 0;
  for (const file of plan.files) {
    if (options.signal?.aborted) {
      summary.interrupted = true;
      break;
    }
    const outcome = await ingestFile(db, file, options);
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
  return summary;
}

/** A file to read, or an article already read from elsewhere (a fetched page, an archive record). */
export type IngestInput = PlannedFile & { read?: () => Promise<ReadArticle> };

/** One file end to end; a bad file becomes a failure, a database that cannot be written throws. */
export async function ingestFile(
  db: Db,
  file: IngestInput,
  options: Pick<IngestOptions, "maxBytes" | "dbPath"> = {},
): Promise<{ status: StoreStatus; sourceId: number } | Failure> {
  let read: ReadArticle;
  let extraction: Extraction | null;
  try {
    read = file.read
      ? await file.read()
      : await readArticleFile(file.path, { maxBytes: options.maxBytes, manifest: file.manifest });
    // A stored hash means nothing new to extract (unchanged or duplicate): skip the expensive part.
    const stored = (await sourceIdByHash(db, read.contentHash)) !== null;
    extraction = stored ? null : extractChecked(read.article, await loadExtractor());
  } catch (e) {
    const fatal = asDatabaseError(e, options.dbPath ?? "");
    if (fatal) throw fatal;
    return failureOf(file.path, e);
  }
  try {
    return await storeSource(db, {
      originPath: read.originPath,
      contentHash: read.contentHash,
      meta: metaOf(read, extraction),
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
): Promise<{ status: StoreStatus; sourceId: number } | Failure> {
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
