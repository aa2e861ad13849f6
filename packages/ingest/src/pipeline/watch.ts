import type { Db } from "@deconflict/db";
import { markItemsSeen, saveValidators, seenItemKeys, validatorsOf } from "@deconflict/db/queries";
import { type Failure, failureOf } from "../read/errors.ts";
import type { PageFallback } from "../read/web-page.ts";
import type { FeedItem } from "../web/feed.ts";
import { checkedUrl } from "../web/fetcher.ts";
import { sleep } from "../web/host-limiter.ts";
import type { IngestSummary } from "./ingest-paths.ts";
import { ingestPageTasks, pageTasks, type WebOptions } from "./ingest-web.ts";
import { feedId, loadFeed } from "./load-feed.ts";
import { emptySummary } from "./summary.ts";

export interface WatchOptions extends WebOptions {
  everyMs: number;
  /** Stop after this many rounds (default: until the signal). */
  rounds?: number | undefined;
  /** One line per round, and the schedule. */
  log: (line: string) => void;
}

export interface RoundSummary extends IngestSummary {
  feeds: number;
  notModified: number;
  feedsFailed: number;
  newItems: number;
}

/** Polls the feeds every `everyMs` until the signal (Ctrl-C) or the round limit; returns the rounds' summaries. */
export async function watchFeeds(db: Db, feeds: readonly string[], options: WatchOptions): Promise<RoundSummary[]> {
  const done: RoundSummary[] = [];
  // Resume the schedule: a restart right after a round waits for the next one instead of polling again.
  let wait = await untilDue(db, feeds, options.everyMs);
  if (wait > 0) options.log(`resuming: next round at ${clock(Date.now() + wait)}`);
  while (!options.signal?.aborted && (options.rounds === undefined || done.length < options.rounds)) {
    if (wait > 0) await sleep(wait, options.signal);
    if (options.signal?.aborted) break;
    const started = Date.now();
    const round = await watchRound(db, feeds, options);
    done.push(round);
    const last = options.rounds !== undefined && done.length >= options.rounds;
    const next = last || options.signal?.aborted ? "" : `; next at ${clock(started + options.everyMs)}`;
    options.log(`${clock(Date.now())} round ${done.length}: ${roundLine(round)}${next}`);
    wait = Math.max(0, started + options.everyMs - Date.now());
  }
  return done;
}

/** One poll of every feed: new items' pages fetched and stored, feed state kept for the next round or run. */
export async function watchRound(db: Db, feeds: readonly string[], options: WebOptions): Promise<RoundSummary> {
  const round: RoundSummary = { ...emptySummary(), feeds: feeds.length, notModified: 0, feedsFailed: 0, newItems: 0 };
  const fail = (failure: Failure) => {
    round.failed.push(failure);
    options.onFailure?.(failure);
  };
  for (const input of feeds) {
    if (options.signal?.aborted) break;
    const id = feedId(input);
    const checkedAt = new Date().toISOString();
    const stored = await validatorsOf(db, { url: id });
    let loaded: Awaited<ReturnType<typeof loadFeed>>;
    try {
      loaded = await loadFeed(options.fetcher, input, stored);
    } catch (e) {
      round.feedsFailed++;
      fail(failureOf(input, e));
      continue;
    }
    if (loaded.kind === "not-modified") {
      round.notModified++;
      await saveValidators(db, {
        url: id,
        etag: stored?.etag ?? null,
        lastModified: stored?.lastModified ?? null,
        checkedAt,
      });
      continue;
    }
    const items = uniqueByKey(loaded.feed.items);
    const seen = await seenItemKeys(db, { feedUrl: id, keys: items.map((i) => i.key) });
    const fresh = items.filter((i) => !seen.has(i.key));
    round.newItems += fresh.length;
    const pages = new Map<string, PageFallback>();
    const handled: FeedItem[] = [];
    for (const item of fresh) {
      const url = item.link ? safeUrl(item.link) : null;
      if (url) {
        if (!pages.has(url)) pages.set(url, { publishedAt: item.publishedAt, title: item.title });
        continue;
      }
      // Reported once, then remembered: a broken item is not news again next round.
      fail({
        path: input,
        reason: item.link
          ? `item "${item.link}" is not an http(s) URL`
          : `item ${item.title ? `"${item.title}" ` : ""}has no link`,
      });
      handled.push(item);
    }
    const tasks = await pageTasks(db, pages);
    round.total += tasks.length;
    const settled = await ingestPageTasks(db, tasks, options, round, fail);
    for (const item of fresh) {
      const url = item.link ? safeUrl(item.link) : null;
      if (url && settled.has(url)) handled.push(item);
    }
    const seenAt = new Date().toISOString();
    await markItemsSeen(db, { feedUrl: id, items: handled.map((i) => ({ key: i.key, link: i.link })), seenAt });
    // Keep the feed's validators only when every new item was handled: else a 304 next time would hide the rest.
    const complete = handled.length === fresh.length;
    const validators = complete ? loaded.validators : null;
    await saveValidators(db, {
      url: id,
      etag: validators?.etag ?? null,
      lastModified: validators?.lastModified ?? null,
      checkedAt,
    });
  }
  if (options.signal?.aborted) round.interrupted = true;
  return round;
}

function uniqueByKey(items: readonly FeedItem[]): FeedItem[] {
  const byKey = new Map<string, FeedItem>();
  for (const item of items) if (!byKey.has(item.key)) byKey.set(item.key, item);
  return [...byKey.values()];
}

function safeUrl(raw: string): string | null {
  try {
    return checkedUrl(raw).href;
  } catch {
    return null;
  }
}

/** How long until the oldest-checked feed is due again; 0 when one was never checked. */
async function untilDue(db: Db, feeds: readonly string[], everyMs: number): Promise<number> {
  let earliest = Number.POSITIVE_INFINITY;
  for (const input of feeds) {
    const stored = await validatorsOf(db, { url: feedId(input) });
    const at = stored ? Date.parse(stored.checkedAt) : Number.NaN;
    if (Number.isNaN(at)) return 0;
    earliest = Math.min(earliest, at + everyMs);
  }
  return Math.max(0, earliest - Date.now());
}

export function roundLine(r: RoundSummary): string {
  const feeds = `${r.feeds} feed${r.feeds === 1 ? "" : "s"} (${r.notModified} not modified, ${r.feedsFailed} failed)`;
  const items = `${r.newItems} new item${r.newItems === 1 ? "" : "s"}`;
  const counts = `ingested ${r.ingested}, unchanged ${r.unchanged}, replaced ${r.replaced}, duplicate ${r.duplicate}, failed ${r.failed.length}`;
  return `${feeds}, ${items}: ${counts}${r.interrupted ? " (interrupted)" : ""}`;
}

function clock(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
