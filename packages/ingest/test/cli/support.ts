// Helpers for the CLI tests: the CLI as a real process, temp folders, a database of the dialect under test, and
// plain reads of it.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { closeDb, openReadOnlyDb } from "@deconflict/db";
import { rows } from "@deconflict/db/dialect";
import { type TableCounts, tableCounts } from "@deconflict/db/queries";
import { createTestDatabase, testDialect } from "@deconflict/db/testing";

/** True in the suite's PostgreSQL project. */
export const onPg = testDialect() === "pg";

/**
 * A new database for the CLI's --db: a file `name`.db in `dir`, or a fresh PostgreSQL database (on the test
 * server, dropped with it).
 */
export async function dbIn(dir: string, name: string): Promise<string> {
  return onPg ? (await createTestDatabase()).url : join(dir, `${name}.db`);
}

export const REPO = fileURLToPath(new URL("../../../../", import.meta.url));
export const CLI = join(REPO, "packages/ingest/bin/deconflict.mjs");
export const SAMPLE_CORPUS = join(REPO, "corpus/at-tanf-2017");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `deconflict <args>` as a real process (no TTY, so no progress bar). */
export function deconflict(args: readonly string[], options: { env?: Record<string, string>; cwd?: string } = {}) {
  return new Promise<Run>((resolve) => {
    const env = { ...process.env, NO_COLOR: "1", ...options.env };
    if (!options.env?.DECONFLICT_DB) delete (env as NodeJS.ProcessEnv).DECONFLICT_DB;
    if (!options.env?.DATABASE_URL) delete (env as NodeJS.ProcessEnv).DATABASE_URL;
    execFile(
      process.execPath,
      [CLI, ...args],
      { env, cwd: options.cwd ?? REPO, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A temp folder for one test file, removed afterwards. */
export function tempFolder(name: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `deconflict-cli-${name}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A copy of the sample corpus in `dir`, so tests can change it. */
export function copySampleCorpus(dir: string): string {
  const to = join(dir, "at-tanf-2017");
  cpSync(SAMPLE_CORPUS, to, { recursive: true });
  return to;
}

export async function countsOf(dbPath: string): Promise<TableCounts> {
  const db = await openReadOnlyDb(dbPath);
  try {
    return await tableCounts(db);
  } finally {
    closeDb(db);
  }
}

/** Runs one SQL query against the DB file and returns its rows. */
export async function query(dbPath: string, sql: string): Promise<Record<string, unknown>[]> {
  const db = await openReadOnlyDb(dbPath);
  try {
    return await rows(db, sql);
  } finally {
    closeDb(db);
  }
}

/** Lines of output that mention `name`. */
export function linesNaming(output: string, name: string): string[] {
  return output.split("\n").filter((l) => l.includes(name));
}

/** Rows that point at something that no longer exists: must always be zero. */
export const ORPHANS_SQL = `SELECT
  (SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id)) +
  (SELECT count(*) FROM event_mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id)) +
  (SELECT count(*) FROM force_reports f WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.id = f.mention_id)) +
  (SELECT count(*) FROM casualties c WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.id = c.mention_id)) +
  (SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = c.source_id)) +
  (SELECT count(*) FROM sources s WHERE NOT EXISTS (SELECT 1 FROM source_origins o WHERE o.source_id = s.id))
  AS n`;
