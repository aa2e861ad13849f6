import { once } from "node:events";
import { createWriteStream, openSync, renameSync, rmSync, type WriteStream } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Writable } from "node:stream";
import { closeDb, type Db } from "@deconflict/db";
import { CSV_TABLES, type CsvTable, writeCsvTable, writeExportV1 } from "@deconflict/db/queries";
import { describeErrno } from "../../read/errors.ts";
import { FatalError } from "../exit-codes.ts";
import { makeFolder } from "../make-folder.ts";
import { openForReading } from "../open-db.ts";
import { shown } from "../paths.ts";

/** `deconflict export` once its flags are checked: JSON or one CSV table to a file or stdout, or a CSV folder. */
export async function runExport(dbPath: string, format: "json" | "csv", table: CsvTable | undefined, outPath?: string) {
  const db = await openForReading(dbPath);
  try {
    if (format === "json") await writeOut(outPath, (out) => writeJson(db, out));
    else if (table) await writeOut(outPath, (out) => writeCsv(db, table, out));
    else await writeCsvFolder(db, resolve(outPath as string));
  } finally {
    closeDb(db);
  }
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}

// Streamed a page at a time: the whole document in memory took gigabytes at 100,000 articles.
async function writeJson(db: Db, out: Writable): Promise<void> {
  await writeExportV1(db, (chunk) => write(out, chunk));
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
  const temp = `${target}.${process.pid}.tmp`;
  const cannotWrite = (e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code;
    return code ? new FatalError(`cannot write ${shown(target)}: ${describeErrno(code)}`) : e;
  };
  let out: WriteStream;
  try {
    makeFolder(dirname(target));
    out = createWriteStream("", { fd: openSync(temp, "w") });
  } catch (e) {
    throw cannotWrite(e);
  }
  // A write error while nothing awaits the stream is kept here, not thrown as an unhandled event.
  let failed: unknown = null;
  out.on("error", (e) => {
    failed = e;
  });
  try {
    await body(out);
    out.end();
    await once(out, "finish");
    if (failed) throw failed;
    renameSync(temp, target);
  } catch (e) {
    out.destroy();
    rmSync(temp, { force: true });
    throw cannotWrite(e);
  }
}

async function writeCsvFolder(db: Db, dir: string): Promise<void> {
  try {
    makeFolder(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw code ? new FatalError(`cannot create the folder ${shown(dir)}: ${describeErrno(code)}`) : e;
  }
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
