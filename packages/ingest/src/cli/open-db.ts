import { existsSync } from "node:fs";
import { type Db, openDb, openReadOnlyDb } from "@deconflict/db";
import { asDatabaseError } from "../pipeline/database-error.ts";
import { describeErrno } from "../read/errors.ts";
import { FatalError } from "./exit-codes.ts";
import { shown } from "./paths.ts";

/** Opens (creating and migrating) the database for writing, or fails with one clear line. */
export async function openForWriting(path: string): Promise<Db> {
  try {
    return await openDb(path);
  } catch (e) {
    const fatal = asDatabaseError(e, shown(path));
    const code = (e as NodeJS.ErrnoException).code;
    const why = code && !code.startsWith("SQLITE") ? describeErrno(code) : (e as Error).message;
    throw new FatalError(fatal?.message ?? `cannot open the database ${shown(path)}: ${why}`);
  }
}

/** Opens an existing database for reading; never creates one. */
export async function openForReading(path: string): Promise<Db> {
  if (!existsSync(path))
    throw new FatalError(`no database at ${shown(path)} (run "deconflict ingest" first, or pass --db)`);
  try {
    const db = await openReadOnlyDb(path);
    await db.$client.execute("SELECT 1 FROM sources LIMIT 1");
    return db;
  } catch (e) {
    throw new FatalError(`cannot read the database ${shown(path)}: ${(e as Error).message}`);
  }
}
