import { once } from "node:events";
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Writable } from "node:stream";
import { closeDb, type Db, resolveDbPath } from "@deconflict/db";
import { CSV_TABLES, type CsvTable, exportV1, writeCsvTable } from "@deconflict/db/queries";
import type { Command } from "commander";
import type { CliEnv } from "../env.ts";
import { UsageError } from "../exit-codes.ts";
import { openForReading } from "../open-db.ts";
import { parseFormat, parseTable } from "../options.ts";
import { isDatabaseFile, shown } from "../paths.ts";

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
    .option("--db <file>", "database file (default: $DECONFLICT_DB, else data/deconflict.db at the repo root)")
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
      const dbPath = resolveDbPath(flags.db, env.DECONFLICT_DB);
      const targets = outputFiles(format, table, flags.out);
      for (const target of targets) {
        if (isDatabaseFile(target, dbPath))
          throw new UsageError(`refusing to write the export over the database ${shown(dbPath)}`);
      }
      const db = await openForReading(dbPath);
      try {
        if (format === "json") await writeOut(flags.out, (out) => writeJson(db, out));
        else if (table) await writeOut(flags.out, (out) => writeCsv(db, table, out));
        else await writeCsvFolder(db, resolve(flags.out as string));
      } finally {
        closeDb(db);
      }
    });
}

/** Every file the export will write, checked against the database before anything is written. */
function outputFiles(format: "json" | "csv", table: CsvTable | undefined, out: string | undefined): string[] {
  if (!out) return [];
  if (format === "json" || table) return [resolve(out)];
  const dir = resolve(out);
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new UsageError(`--out ${out} is a file; CSV needs a folder`);
  return CSV_TABLES.map((t) => join(dir, `${t}.csv`));
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}

async function writeJson(db: Db, out: Writable): Promise<void> {
  await write(out, `${JSON.stringify(await exportV1(db), null, 2)}\n`);
}

async function writeCsv(db: Db, table: CsvTable, out: Writable): Promise<void> {
  await writeCsvTable(db, table, (chunk) => write(out, chunk));
}

/** To stdout, or to a file written beside its target and renamed into place, so a failed export leaves no half file. */
async function writeOut(path: string | undefined, body: (out: Writable) => Promise<void>): Promise<void> {
  if (!path) {
    await body(process.stdout);
    return;
  }
  const target = resolve(path);
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  const out = createWriteStream(temp);
  try {
    await body(out);
    out.end();
    await once(out, "finish");
    renameSync(temp, target);
  } catch (e) {
    out.destroy();
    rmSync(temp, { force: true });
    throw e;
  }
}

async function writeCsvFolder(db: Db, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const counts: string[] = [];
  for (const table of CSV_TABLES) {
    let rows = 0;
    await writeOut(join(dir, `${table}.csv`), async (out) => {
      rows = await writeCsvTable(db, table, (chunk) => write(out, chunk));
    });
    counts.push(`${table} ${rows}`);
  }
  process.stderr.write(`wrote ${CSV_TABLES.length} CSV files to ${shown(dir)}: ${counts.join(", ")}\n`);
}
