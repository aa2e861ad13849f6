import { existsSync } from "node:fs";
import { closeDb, resolveDbPath } from "@deconflict/db";
import type { FetcherOptions } from "../../web/fetcher.ts";
import type { CliEnv } from "../env.ts";
import { EXIT } from "../exit-codes.ts";
import type { FetchFlags } from "../fetch-options.ts";
import { openForWriting } from "../open-db.ts";
import { shown } from "../paths.ts";
import { progressOn } from "../progress.ts";

export interface IngestFlags extends FetchFlags {
  manifest?: string;
  db?: string;
  feed?: string[];
  urls?: string[];
}

const WARC = /\.warc(\.gz)?$/i;
const URL_LIKE = /^[a-z][a-z\d+.-]+:/i;

/** `deconflict ingest`: returns the exit code. */
export async function runIngest(
  inputs: string[],
  flags: Omit<IngestFlags, keyof FetchFlags> & { fetcher: FetcherOptions },
  env: CliEnv,
): Promise<number> {
  // A file that exists is a file, even when its name looks like "scheme:…".
  const isUrl = (i: string) => URL_LIKE.test(i) && !existsSync(i);
  const urls = inputs.filter(isUrl);
  const warcs = inputs.filter((i) => !isUrl(i) && WARC.test(i));
  const paths = inputs.filter((i) => !isUrl(i) && !WARC.test(i));
  const web = { urls, warcs, feeds: flags.feed ?? [], urlLists: flags.urls ?? [] };
  const hasWeb = urls.length + warcs.length + web.feeds.length + web.urlLists.length > 0;
  const dbPath = resolveDbPath(flags.db, env.DECONFLICT_DB);
  const db = await openForWriting(dbPath);
  // Heavy modules (the extractor's language model) load only when there is work to do.
  const { ingestPaths } = await import("../../pipeline/ingest-paths.ts");
  const { emptySummary, mergedSummary } = await import("../../pipeline/summary.ts");

  const progress = progressOn();
  const stop = new AbortController();
  const onSigint = () => {
    if (stop.signal.aborted) process.exit(EXIT.interrupted);
    stop.abort();
    progress.log("deconflict: interrupted, finishing the current article (Ctrl-C again to quit now)");
  };
  process.on("SIGINT", onSigint);
  const started = performance.now();
  try {
    const options = {
      maxBytes: flags.fetcher.maxBytes,
      dbPath: shown(dbPath),
      signal: stop.signal,
      onPlan: (total: number) => progress.start(total),
      onProgress: (p: { done: number; path: string }) => progress.update(p.done, shown(p.path)),
      onFailure: (f: { path: string; reason: string }) => progress.log(`deconflict: ${shown(f.path)}: ${f.reason}`),
    };
    let summary = emptySummary();
    if (paths.length > 0 || flags.manifest)
      summary = await ingestPaths(db, paths, { ...options, manifest: flags.manifest });
    progress.stop();
    if (hasWeb && !summary.interrupted) {
      // The fetcher, feed parser and DOM load only for web sources.
      const { ingestWeb } = await import("../../pipeline/ingest-web.ts");
      const { Fetcher } = await import("../../web/fetcher.ts");
      const fromWeb = await ingestWeb(db, web, { ...options, fetcher: new Fetcher(flags.fetcher, stop.signal) });
      summary = mergedSummary(summary, fromWeb);
    }
    progress.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const line =
      `ingested ${summary.ingested}, unchanged ${summary.unchanged}, replaced ${summary.replaced}, ` +
      `duplicate ${summary.duplicate}, failed ${summary.failed.length}`;
    const what = hasWeb ? (summary.total === 1 ? "article" : "articles") : "files";
    process.stdout.write(`${line} (${summary.total} ${what} in ${seconds} s, database ${shown(dbPath)})\n`);
    if (summary.total === 0 && summary.failed.length === 0) {
      process.stderr.write(
        hasWeb
          ? "deconflict: no pages found in the given URLs, feeds and archives\n"
          : "deconflict: no article files (.txt, .md, .html, .htm) found in the given paths\n",
      );
    }
    if (summary.interrupted) {
      process.stderr.write("deconflict: interrupted; the articles above are stored, the rest were not read\n");
      return EXIT.interrupted;
    }
    return summary.failed.length > 0 ? EXIT.failed : EXIT.ok;
  } finally {
    progress.stop();
    process.off("SIGINT", onSigint);
    closeDb(db);
  }
}
