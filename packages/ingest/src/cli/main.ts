import { Command, CommanderError } from "commander";
import { DatabaseError } from "../pipeline/database-error.ts";
import { exportCommand } from "./commands/export.ts";
import { ingestCommand } from "./commands/ingest.ts";
import { reextractCommand } from "./commands/reextract.ts";
import { watchCommand } from "./commands/watch.ts";
import { readEnv } from "./env.ts";
import { EXIT, FatalError, UsageError } from "./exit-codes.ts";

/** Builds the `deconflict` program; commander's own exits are turned into exceptions so the exit code is ours. */
export function buildProgram(): Command {
  const env = readEnv();
  const program = new Command("deconflict")
    .description(
      "Extract conflict events, forces, casualties and attributed claims from news articles into SQLite, " +
        "and export them (JSON SPEC v1, CSV).",
    )
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      outputError: (message, write) => write(`deconflict: ${message.replace(/^error: /, "").trimEnd()}\n`),
    })
    .addHelpText(
      "after",
      `
Examples:
  $ npx deconflict ingest corpus/at-tanf-2017
  $ npx deconflict export --format json > out.json
  $ npx deconflict export --format csv --out exports/
  $ npx deconflict reextract
  $ npx deconflict ingest --feed https://example.org/rss.xml
  $ npx deconflict watch --feed https://example.org/rss.xml --every 15m

The database is --db FILE, else $DECONFLICT_DB, else data/deconflict.db at the repo root.
Run "deconflict <command> --help" for a command's options.`,
    );
  ingestCommand(program, env);
  exportCommand(program, env);
  reextractCommand(program, env);
  watchCommand(program, env);
  return program;
}

/** Runs the CLI on argv and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const program = buildProgram();
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      const ok = e.code === "commander.helpDisplayed" || e.code === "commander.help" || e.code === "commander.version";
      return ok ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`deconflict: ${e.message}\n`);
      return EXIT.usage;
    }
    if (e instanceof FatalError || e instanceof DatabaseError) {
      process.stderr.write(`deconflict: ${e.message}\n`);
      return EXIT.failed;
    }
    process.stderr.write(`deconflict: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.failed;
  }
}

// `deconflict export | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
