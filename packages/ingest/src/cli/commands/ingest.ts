import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { type CliEnv, DB_OPTION } from "../env.ts";
import { UsageError } from "../exit-codes.ts";
import { parseMaxBytes, parseWorkers } from "../options.ts";
import type { IngestFlags } from "./run-ingest.ts";

export function ingestCommand(program: Command, env: CliEnv): void {
  program
    .command("ingest")
    .summary("read article files into the database")
    .description(
      "Read .txt, .md and .html articles (folders are walked recursively), extract events, forces, casualties and " +
        "claims, and store them. A folder's manifest.jsonl supplies outlet, date, title and URL. Files already stored " +
        "are skipped (content hash); a changed file has its extractions replaced.",
    )
    .argument("[paths...]", "article files or corpus folders")
    .option("--manifest <file>", "a manifest.jsonl whose metadata beats each folder's own")
    .option(...DB_OPTION)
    .option("--max-bytes <n>", "refuse files larger than this (bytes, or with K/M/G)", "10M")
    .option(
      "--workers <n>",
      `extraction threads; articles are still stored in order (default: one per core, ${availableParallelism()} here; one for fewer than 32 files)`,
    )
    .addHelpText(
      "after",
      `
Examples:
  $ npx deconflict ingest corpus/at-tanf-2017
  $ npx deconflict ingest article.html notes.md --db /tmp/x.db
  $ npx deconflict ingest scraped/ --manifest scraped/meta.jsonl --max-bytes 2M
  $ npx deconflict ingest corpus/ --db postgres://me@db.example:5432/news --workers 4

Exit status: 0 all good, 1 some input failed (every good file is still stored) or the database
cannot be written, 2 bad usage, 130 interrupted (Ctrl-C finishes the current article first).`,
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      // Usage is checked before the database and extractor modules load.
      if (paths.length === 0 && !flags.manifest) throw new UsageError("ingest needs at least one file or folder");
      const maxBytes = parseMaxBytes(flags.maxBytes ?? "10M");
      const workers = flags.workers === undefined ? "auto" : parseWorkers(flags.workers);
      const { runIngest } = await import("./run-ingest.ts");
      process.exitCode = await runIngest(paths, { ...flags, maxBytes, workers }, env);
    });
}
