import { closeDb, resolveDbPath } from "@deconflict/db";
import type { Command } from "commander";
import type { CliEnv } from "../env.ts";
import { EXIT, UsageError } from "../exit-codes.ts";
import { openForWriting } from "../open-db.ts";
import { parseMaxBytes } from "../options.ts";
import { shown } from "../paths.ts";
import { progressOn } from "../progress.ts";

interface IngestFlags {
  manifest?: string;
  db?: string;
  maxBytes?: string;
}

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
    .option("--db <file>", "database file (default: $DECONFLICT_DB, else data/deconflict.db at the repo root)")
    .option("--max-bytes <n>", "refuse files larger than this (bytes, or with K/M/G)", "10M")
    .addHelpText(
      "after",
      `
Examples:
  $ npx deconflict ingest corpus/at-tanf-2017
  $ npx deconflict ingest article.html notes.md --db /tmp/x.db
  $ npx deconflict ingest scraped/ --manifest scraped/meta.jsonl --max-bytes 2M

Exit status: 0 all good, 1 some input failed (every good file is still stored) or the database
cannot be written, 2 bad usage, 130 interrupted (Ctrl-C finishes the current article first).`,
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      process.exitCode = await runIngest(paths, flags, env);
    });
}

async function runIngest(paths: string[], flags: IngestFlags, env: CliEnv): Promise<number> {
  if (paths.length === 0 && !flags.manifest) throw new UsageError("ingest needs at least one file or folder");
  const maxBytes = parseMaxBytes(flags.maxBytes ?? "10M");
  const dbPath = resolveDbPath(flags.db, env.DECONFLICT_DB);
  const db = await openForWriting(dbPath);
  // Heavy modules (the extractor's language model) load only when there is work to do.
  const { ingestPaths } = await import("../../pipeline/ingest-paths.ts");

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
    const summary = await ingestPaths(db, paths, {
      manifest: flags.manifest,
      maxBytes,
      dbPath: shown(dbPath),
      signal: stop.signal,
      onPlan: (total) => progress.start(total),
      onProgress: (p) => progress.update(p.done, shown(p.path)),
      onFailure: (f) => progress.log(`deconflict: ${shown(f.path)}: ${f.reason}`),
    });
    progress.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const line =
      `ingested ${summary.ingested}, unchanged ${summary.unchanged}, replaced ${summary.replaced}, ` +
      `duplicate ${summary.duplicate}, failed ${summary.failed.length}`;
    process.stdout.write(`${line} (${summary.total} files in ${seconds} s, database ${shown(dbPath)})\n`);
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
