import { closeDb, openReadOnlyDb } from "@deconflict/db";
import { inject } from "vitest";

/** Rows from the world test database, read the way the dashboard reads it, to check pages against. */
export async function worldRows(sql: string, args: (string | number)[] = []): Promise<Record<string, unknown>[]> {
  const db = await openReadOnlyDb(inject("worldDbPath"));
  try {
    const r = await db.$client.execute({ sql, args });
    return r.rows.map((row) => ({ ...row }));
  } finally {
    closeDb(db);
  }
}

export async function worldCount(sql: string, args: (string | number)[] = []): Promise<number> {
  const [row] = await worldRows(sql, args);
  return Number(Object.values(row ?? {})[0] ?? 0);
}
