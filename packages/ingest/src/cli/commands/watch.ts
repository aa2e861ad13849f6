import type { Command } from "commander";
import type { CliEnv } from "../env.ts";
import { UsageError } from "../exit-codes.ts";
import { addFetchOptions, collect, type FetchFlags, fetcherOptionsOf } from "../fetch-options.ts";
import { parseCount, parseDuration } from "../options.ts";

export interface WatchFlags extends FetchFlags {
  feed?: string[];
  every?: string;
  rounds?: string;
  db?: string;
}

export function watchCommand(program: Command, env: CliEnv): void {
  const command = program
    .command("watch")
    .summary("poll RSS and Atom feeds and ingest what is new")
    .description(
      "Poll feeds every --every, fetch the pages of items not seen before and store them, logging one line per " +
        "round. Feed state (ETag, Last-Modified, items seen, last check) is kept in the database, so a restart " +
        "resumes where the last run left off. Ctrl-C stops cleanly after the current article.",
    )
    .option("--feed <url-or-file>", "an RSS or Atom feed to poll (repeatable)", collect)
    .option("--every <duration>", "time between rounds (e.g. 15m, 1h, 90s)", "15m")
    .option("--rounds <n>", "stop after this many rounds (default: run until Ctrl-C)")
    .option("--db <file>", "database file (default: $DECONFLICT_DB, else data/deconflict.db at the repo root)");
  addFetchOptions(command)
    .addHelpText(
      "after",
      `
Examples:
  $ npx deconflict watch --feed https://example.org/world/rss.xml
  $ npx deconflict watch --feed https://a.example/atom.xml --feed https://b.example/rss --every 30m
  $ npx deconflict watch --feed https://example.org/rss --rounds 1     # one poll, e.g. from cron

Exit status: 0 stopped (Ctrl-C or --rounds reached) with no failures, 1 some feed or page failed
or the database cannot be written, 2 bad usage, 130 a second Ctrl-C quit at once.`,
    )
    .action(async (flags: WatchFlags) => {
      if (!flags.feed?.length) throw new UsageError("watch needs at least one --feed");
      const everyMs = parseDuration(flags.every ?? "15m", "--every");
      if (everyMs < 1000) throw new UsageError("--every must be at least 1s");
      const rounds = flags.rounds === undefined ? undefined : parseCount(flags.rounds, "--rounds", 1);
      const fetcher = fetcherOptionsOf(flags);
      const { runWatch } = await import("./run-watch.ts");
      process.exitCode = await runWatch(flags.feed, { db: flags.db, everyMs, rounds, fetcher }, env);
    });
}
