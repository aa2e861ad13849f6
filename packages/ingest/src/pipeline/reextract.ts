import type { Db } from "@deconflict/db";
import { countToReextract, replaceExtraction, sourcesToReextract } from "@deconflict/db/queries";
import { EXTRACTOR_VERSION } from "../extract/index.ts";
import { type Failure, failureOf } from "../read/errors.ts";
import { asDatabaseError } from "./database-error.ts";
import { extractChecked, loadExtractor } from "./extract-checked.ts";
import { yieldToEventLoop } from "./yield.ts";

export interface ReextractSummary {
  reextracted: number;
  failed: Failure[];
  total: number;
  interrupted: boolean;
}

export interface ReextractOptions {
  /** Every source, not only those another extractor version made. */
  all?: boolean;
  onPlan?: (total: number) => void;
  onProgress?: (done: number, total: number) => void;
  onFailure?: (failure: Failure) => void;
  signal?: AbortSignal | undefined;
  dbPath?: string;
}

const PAGE = 200;

/** Reruns extraction over stored sources, a page at a time, each replaced in its own write transaction. */
export async function reextractSources(db: Db, options: ReextractOptions = {}): Promise<ReextractSummary> {
  const params = { currentVersion: EXTRACTOR_VERSION, all: options.all ?? false };
  const total = await countToReextract(db, params);
  options.onPlan?.(total);
  const summary: ReextractSummary = { reextracted: 0, failed: [], total, interrupted: false };
  const extract = await loadExtractor();
  let afterId = 0;
  let done = 0;
  // With --all, rows already redone carry the new version; paging by id visits each source once either way.
  for (;;) {
    const page = await sourcesToReextract(db, { ...params, afterId, limit: PAGE });
    if (page.length === 0) break;
    for (const source of page) {
      if (options.signal?.aborted) {
        summary.interrupted = true;
        return summary;
      }
      afterId = source.id;
      try {
        const extraction = extractChecked(
          {
            title: source.title,
            outlet: source.outlet,
            url: source.url,
            publishedAt: source.publishedAt,
            text: source.text,
          },
          extract,
        );
        await replaceExtraction(db, source.id, extraction);
        summary.reextracted++;
      } catch (e) {
        const fatal = asDatabaseError(e, options.dbPath ?? "");
        if (fatal) throw fatal;
        const failure = failureOf(`source s${source.id}`, e);
        summary.failed.push(failure);
        options.onFailure?.(failure);
      }
      await yieldToEventLoop();
      done++;
      options.onProgress?.(done, total);
    }
  }
  return summary;
}
