import { closeDb } from "@deconflict/db";
import { type CliEnv, dbTarget } from "../env.ts";
import { EXIT } from "../exit-codes.ts";
import { openForWriting } from "../open-db.ts";
import { shown, shownDb } from "../paths.ts";
import { progressOn } from "../progress.ts";

export interface IngestFlags {
  manifest?: string;
  db?: string;
  maxBytes?: string;
  workers?: string;
}

/** `deconflict ingest`: returns the exit code. */
export async function runIngest(
  paths: string[],
  flags: Omit<IngestFlags, "maxBytes" | "workers"> & { maxBytes: number; workers: number | "auto" },
  env: CliEnv,
): Promise<number> {
  const maxBytes = flags.maxBytes;
  const dbPath = dbTarget(flags.db, env);
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
      workers: flags.workers,
      dbPath: shownDb(dbPath),
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
    process.stdout.write(`${line} (${summary.total} files in ${seconds} s, database ${shownDb(dbPath)})\n`);
    if (summary.total === 0 && summary.failed.length === 0) {
      process.stderr.write("deconflict: no article files (.txt, .md, .html, .htm) found in the given paths\n");
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
