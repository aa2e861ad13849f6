import { existsSync } from "node:fs";
import {
  closeDb,
  type Db,
  isPostgresUrl,
  openDb,
  openReadOnlyDb,
  PgConnectError,
  pendingMigrations,
} from "@deconflict/db";
import { hasTable } from "@deconflict/db/dialect";
import { asDatabaseError } from "../pipeline/database-error.ts";
import { describeErrno } from "../read/errors.ts";
import { FatalError } from "./exit-codes.ts";
import { shownDb } from "./paths.ts";

/** Opens (creating and migrating) the database for writing, or fails with one clear line. */
export async function openForWriting(path: string): Promise<Db> {
  try {
    return await openDb(path);
  } catch (e) {
    if (e instanceof PgConnectError) throw new FatalError(e.message);
    const fatal = asDatabaseError(e, shownDb(path));
    const code = (e as NodeJS.ErrnoException).code;
    const why = code && !code.startsWith("SQLITE") ? describeErrno(code) : (e as Error).message;
    throw new FatalError(fatal?.message ?? `cannot open the database ${shownDb(path)}: ${why}`);
  }
}

/** Opens an existing database for reading; never creates one. */
export async function openForReading(path: string): Promise<Db> {
  const pg = isPostgresUrl(path);
  const missing = `no database at ${shownDb(path)} (run "deconflict ingest" first, or pass --db)`;
  if (!pg && !existsSync(path)) throw new FatalError(missing);
  let db: Db;
  try {
    db = await openReadOnlyDb(path);
  } catch (e) {
    if (e instanceof PgConnectError) throw new FatalError(e.message);
    throw new FatalError(`cannot read the database ${shownDb(path)}: ${(e as Error).message}`);
  }
  let problem: string | null;
  try {
    problem = (await hasTable(db, "sources"))
      ? null
      : pg
        ? missing
        : `cannot read the database ${shownDb(path)}: no such table: sources`;
  } catch (e) {
    problem = `cannot read the database ${shownDb(path)}: ${(e as Error).message}`;
  }
  if (problem === null) return upToDate(db, path);
  await closeDb(db);
  throw new FatalError(problem);
}

/** A database made by an older version gets this version's migrations first, as an ingest would apply them. */
async function upToDate(db: Db, path: string): Promise<Db> {
  const pending = await pendingMigrations(db);
  if (pending === 0) return db;
  await closeDb(db);
  await closeDb(await openForWriting(path));
  process.stderr.write(
    `deconflict: brought ${shownDb(path)} up to this version's schema (${pending} migration${pending === 1 ? "" : "s"})\n`,
  );
  return openReadOnlyDb(path);
}
