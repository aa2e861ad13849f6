import { closeDb, resolveDbPath } from "@deconflict/db";
import type { FetcherOptions } from "../../web/fetcher.ts";
import type { CliEnv } from "../env.ts";
import { EXIT } from "../exit-codes.ts";
import { openForWriting } from "../open-db.ts";
import { shown } from "../paths.ts";

export interface WatchRun {
  db?: string | undefined;
  everyMs: number;
  rounds?: number | undefined;
  fetcher: FetcherOptions;
}

/** `deconflict watch`: polls until Ctrl-C or the round limit; returns the exit code. */
export async function runWatch(feeds: string[], run: WatchRun, env: CliEnv): Promise<number> {
  const dbPath = resolveDbPath(run.db, env.DECONFLICT_DB);
  const db = await openForWriting(dbPath);
  const { watchFeeds } = await import("../../pipeline/watch.ts");
  const { Fetcher } = await import("../../web/fetcher.ts");
  const stop = new AbortController();
  const log = (line: string) => void process.stderr.write(`${line}\n`);
  const onSigint = () => {
    if (stop.signal.aborted) process.exit(EXIT.interrupted);
    stop.abort();
    log("deconflict: stopping after the current article (Ctrl-C again to quit now)");
  };
  process.on("SIGINT", onSigint);
  process.on("SIGTERM", onSigint);
  try {
    log(
      `watching ${feeds.length} feed${feeds.length === 1 ? "" : "s"} every ${words(run.everyMs)}, database ${shown(dbPath)}`,
    );
    const rounds = await watchFeeds(db, feeds, {
      fetcher: new Fetcher(run.fetcher, stop.signal),
      maxBytes: run.fetcher.maxBytes,
      dbPath: shown(dbPath),
      signal: stop.signal,
      everyMs: run.everyMs,
      rounds: run.rounds,
      log: (line) => process.stdout.write(`${line}\n`),
      onFailure: (f) => log(`deconflict: ${shown(f.path)}: ${f.reason}`),
    });
    if (stop.signal.aborted) log(`deconflict: stopped after ${rounds.length} round${rounds.length === 1 ? "" : "s"}`);
    return rounds.some((r) => r.failed.length > 0) ? EXIT.failed : EXIT.ok;
  } finally {
    process.off("SIGINT", onSigint);
    process.off("SIGTERM", onSigint);
    closeDb(db);
  }
}

function words(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${ms / 1000} s`;
}
