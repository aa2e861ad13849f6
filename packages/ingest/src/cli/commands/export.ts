import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { CSV_TABLES, type CsvTable } from "@deconflict/db/csv-tables";
import type { Command } from "commander";
import { type CliEnv, DB_OPTION, dbTarget } from "../env.ts";
import { UsageError } from "../exit-codes.ts";
import { parseFormat, parseTable } from "../options.ts";
import { isDatabaseFile, shownDb } from "../paths.ts";

interface ExportFlags {
  format: string;
  out?: string;
  table?: string;
  db?: string;
}

export function exportCommand(program: Command, env: CliEnv): void {
  program
    .command("export")
    .summary("write the database as JSON (SPEC v1) or CSV")
    .description(
      "Write everything stored as the JSON interchange format version 1 (../shared/eval/SPEC.md), or as CSV with one " +
        `file per table (${CSV_TABLES.join(", ")}), flat columns in the spirit of ACLED and UCDP exports.`,
    )
    .option("--format <format>", "json or csv", "json")
    .option("--out <path>", "JSON: a file (default: stdout). CSV: a folder for the table files")
    .option("--table <name>", `CSV only: just this table (${CSV_TABLES.join(", ")}), to --out FILE or stdout`)
    .option(...DB_OPTION)
    .addHelpText(
      "after",
      `
Examples:
  $ npx deconflict export > out.json
  $ npx deconflict export --format json --out out.json --db x.db
  $ npx deconflict export --format csv --out exports/
  $ npx deconflict export --format csv --table events | head`,
    )
    .action(async (flags: ExportFlags) => {
      const format = parseFormat(flags.format);
      const table = flags.table === undefined ? undefined : parseTable(flags.table);
      if (format === "json" && table) throw new UsageError("--table is for --format csv only");
      if (format === "csv" && !table && !flags.out) {
        throw new UsageError(
          "CSV writes one file per table: give --out DIR, or --table NAME to write one table to stdout",
        );
      }
      const dbPath = dbTarget(flags.db, env);
      for (const target of outputFiles(format, table, flags.out)) {
        if (isDatabaseFile(target, dbPath)) {
          throw new UsageError(`refusing to write the export over the database ${shownDb(dbPath)}`);
        }
      }
      const { runExport } = await import("./run-export.ts");
      await runExport(dbPath, format, table, flags.out);
    });
}

/** Every file the export will write, checked against the database before anything is written. */
function outputFiles(format: "json" | "csv", table: CsvTable | undefined, out: string | undefined): string[] {
  if (!out) return [];
  if (format === "json" || table) {
    const file = resolve(out);
    if (existsSync(file) && statSync(file).isDirectory())
      throw new UsageError(`--out ${out} is a folder; give a file name`);
    return [file];
  }
  const dir = resolve(out);
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new UsageError(`--out ${out} is a file; CSV needs a folder`);
  return CSV_TABLES.map((t) => join(dir, `${t}.csv`));
}
