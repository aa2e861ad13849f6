import type { Command } from "commander";
import { type CliEnv, DB_OPTION } from "../env.ts";

export function reextractCommand(program: Command, env: CliEnv): void {
  program
    .command("reextract")
    .summary("rerun extraction over stored articles")
    .description(
      "Rerun the current extractor over stored articles that an older extractor version processed (every article " +
        "with --all), replacing their events, forces, casualties and claims. Each article is one transaction.",
    )
    .option(...DB_OPTION)
    .option("--all", "re-extract every stored article, not only stale ones")
    .addHelpText(
      "after",
      `
Examples:
  $ npx deconflict reextract
  $ npx deconflict reextract --all --db /tmp/x.db`,
    )
    .action(async (flags: { db?: string; all?: boolean }) => {
      const { runReextract } = await import("./run-reextract.ts");
      process.exitCode = await runReextract(flags, env);
    });
}
