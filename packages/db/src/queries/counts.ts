import { count } from "drizzle-orm";
import type { Conn } from "../client.ts";
import { sources } from "../schema/index.ts";
import { TABLES } from "../schema/tables.ts";

export type TableCounts = Record<keyof typeof TABLES, number>;

/** Row counts of every table: for summaries, start-up checks and tests. */
export async function tableCounts(conn: Conn): Promise<TableCounts> {
  const out = {} as TableCounts;
  for (const [name, table] of Object.entries(TABLES) as [keyof typeof TABLES, (typeof TABLES)[keyof typeof TABLES]][]) {
    const [row] = await conn.select({ n: count() }).from(table);
    out[name] = row?.n ?? 0;
  }
  return out;
}

/** How many sources are stored: zero means a fresh database. */
export async function sourceCount(conn: Conn): Promise<number> {
  const [row] = await conn.select({ n: count() }).from(sources);
  return row?.n ?? 0;
}
