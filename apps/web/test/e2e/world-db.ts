import { closeDb, openReadOnlyDb } from "@deconflict/db";
import { rows } from "@deconflict/db/dialect";
import { type SQL, sql } from "drizzle-orm";
import { inject } from "vitest";

/** `text` with each `?` bound to the next of `args`, for either dialect. */
function bound(text: string, args: (string | number)[]): SQL {
  const parts = text.split("?");
  return sql.join(parts.flatMap((part, i) => (i < args.length ? [sql.raw(part), sql`${args[i]}`] : [sql.raw(part)])));
}

/** Rows from the world test database, read the way the dashboard reads it, to check pages against. */
export async function worldRows(text: string, args: (string | number)[] = []): Promise<Record<string, unknown>[]> {
  const db = await openReadOnlyDb(inject("worldDbPath"));
  try {
    return await rows(db, bound(text, args));
  } finally {
    await closeDb(db);
  }
}

export async function worldCount(text: string, args: (string | number)[] = []): Promise<number> {
  const [row] = await worldRows(text, args);
  return Number(Object.values(row ?? {})[0] ?? 0);
}
