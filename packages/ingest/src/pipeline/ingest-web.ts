import type { Db } from "@deconflict/db";
import { originExists, type StoreStatus, validatorsOf } from "@deconflict/db/queries";
import { type Failure, failureOf } from "../read/errors.ts";
import type { PageFallback } from "../read/web-page.ts";
import { ahead } from "../web/ahead.ts";
import { checkedUrl, type Fetcher } from "../web/fetcher.ts";
import { readUrlList } from "../web/url-list.ts";
import type { IngestOptions, IngestSummary } from "./ingest-paths.ts";
import { ingestWarc } from "./ingest-warc.ts";
import { loadFeed } from "./load-feed.ts";
import { emptySummary } from "./summary.ts";
import { type Fetched, fetchPage, type PageTask, storePage } from "./web-page.ts";
import { yieldToEventLoop } from "./yield.ts";

export interface WebInputs {
  /** Pages given on the command line. */
  urls: readonly string[];
  /** Files of one URL a line. */
  urlLists: readonly string[];
  /** RSS or Atom feeds, URLs or files: each item's page is fetched. */
  feeds: readonly string[];
  /** WARC archives, plain or gzipped. */
  warcs: readonly string[];
}

export type WebOptions = Omit<IngestOptions, "manifest"> & { fetcher: Fetcher };

/** Pages from URLs, URL lists and feeds, then WARC records: fetched politely, stored one article at a time. */
export async function ingestWeb(db: Db, inputs: WebInputs, options: WebOptions): Promise<IngestSummary> {
  const summary = emptySummary();
  const fail = (failure: Failure) => {
    summary.failed.push(failure);
    options.onFailure?.(failure);
  };
  const pages = new Map<string, PageFallback>();
  const addPage = (raw: string, fallback: PageFallback, from: string) => {
    try {
      const url = checkedUrl(raw).href;
      if (!pages.has(url)) pages.set(url, fallback);
    } catch (e) {
      fail(failureOf(from === raw ? raw : `${from}: ${raw}`, e));
    }
  };
  for (const url of inputs.urls) addPage(url, {}, url);
  for (const list of inputs.urlLists) {
    const read = await readUrlList(list);
    for (const failure of read.failures) fail(failure);
    for (const url of read.urls) addPage(url, {}, list);
  }
  for (const input of inputs.feeds) {
    try {
      const loaded = await loadFeed(options.fetcher, input);
      if (loaded.kind !== "feed") continue;
      loaded.feed.items.forEach((item, i) => {
        if (item.link) addPage(item.link, { publishedAt: item.publishedAt, title: item.title }, input);
        else fail({ path: input, reason: `item ${i + 1}${item.title ? ` ("${item.title}")` : ""} has no link` });
      });
    } catch (e) {
      fail(failureOf(input, e));
    }
  }
  const tasks = await pageTasks(db, pages);
  summary.total = tasks.length;
  options.onPlan?.(tasks.length);
  await ingestPageTasks(db, tasks, options, summary, fail);
  for (const warc of inputs.warcs) {
    if (options.signal?.aborted) break;
    await ingestWarc(db, warc, options, summary, fail);
  }
  if (options.signal?.aborted) summary.interrupted = true;
  return summary;
}

/** Pages with the validators of their stored copy, read before any fetch starts. */
export async function pageTasks(db: Db, pages: ReadonlyMap<string, PageFallback>): Promise<PageTask[]> {
  const tasks: PageTask[] = [];
  for (const [url, fallback] of pages) {
    const stored = await validatorsOf(db, { url });
    const conditional = stored && (await originExists(db, { path: url })) ? stored : null;
    tasks.push({ url, fallback, conditional });
  }
  return tasks;
}

/** Fetches ahead, stores in order; returns the URLs settled: stored, unchanged, or failed for good (not a timeout). */
export async function ingestPageTasks(
  db: Db,
  tasks: readonly PageTask[],
  options: WebOptions,
  summary: IngestSummary,
  fail: (failure: Failure) => void,
): Promise<Set<string>> {
  const settled = new Set<string>();
  let done = 0;
  for await (const [task, fetched] of ahead(tasks, options.fetcher.options.concurrency, (t) =>
    fetchPage(options.fetcher, t),
  )) {
    if (options.signal?.aborted) {
      summary.interrupted = true;
      break;
    }
    const outcome = await settle(db, task, fetched, options.dbPath);
    if ("status" in outcome) summary[outcome.status]++;
    else fail(outcome.failure);
    if ("status" in outcome || !outcome.transient) settled.add(task.url);
    done++;
    const status = "status" in outcome ? outcome.status : "failed";
    options.onProgress?.({ done, total: tasks.length, path: task.url, status });
    await yieldToEventLoop();
  }
  return settled;
}

/** What became of one fetched page: stored (with its status) or failed. */
async function settle(
  db: Db,
  task: PageTask,
  fetched: Fetched,
  dbPath: string | undefined,
): Promise<{ status: StoreStatus } | { failure: Failure; transient: boolean }> {
  if (fetched.kind === "unchanged") return { status: "unchanged" };
  if (fetched.kind === "failed") return fetched;
  const stored = await storePage(db, task.url, fetched, dbPath);
  return "reason" in stored ? { failure: stored, transient: false } : stored;
}
