import { closeDb } from "@deconflict/db";
import { type CliEnv, dbTarget } from "../env.ts";
import { EXIT } from "../exit-codes.ts";
import { openForWriting } from "../open-db.ts";
import { shownDb } from "../paths.ts";
import { progressOn } from "../progress.ts";

/** `deconflict reextract`: returns the exit code. */
export async function runReextract(flags: { db?: string; all?: boolean }, env: CliEnv): Promise<number> {
  const dbPath = dbTarget(flags.db, env);
  const db = await openForWriting(dbPath);
  const { reextractSources } = await import("../../pipeline/reextract.ts");
  const { EXTRACTOR_VERSION } = await import("../../extract/version.ts");
  const progress = progressOn();
  const stop = new AbortController();
  const onSigint = () => (stop.signal.aborted ? process.exit(EXIT.interrupted) : stop.abort());
  process.on("SIGINT", onSigint);
  try {
    const summary = await reextractSources(db, {
      all: flags.all ?? false,
      dbPath: shownDb(dbPath),
      signal: stop.signal,
      onPlan: (total) => progress.start(total),
      onProgress: (done) => progress.update(done),
      onFailure: (f) => progress.log(`deconflict: ${f.path}: ${f.reason}`),
    });
    progress.stop();
    process.stdout.write(
      `reextracted ${summary.reextracted}, failed ${summary.failed.length} ` +
        `(extractor ${EXTRACTOR_VERSION}, database ${shownDb(dbPath)})\n`,
    );
    return summary.interrupted ? EXIT.interrupted : summary.failed.length > 0 ? EXIT.failed : EXIT.ok;
  } finally {
    progress.stop();
    process.off("SIGINT", onSigint);
    closeDb(db);
  }
}
