import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import type { Conn } from "./client.ts";
import { dialectOf, hasTable, rows } from "./dialect.ts";

/** When each committed migration was made (drizzle-kit's journal), per dialect, read once. */
const made = new Map<string, number[]>();
function journal(dialect: "sqlite" | "pg"): number[] {
  let whens = made.get(dialect);
  if (!whens) {
    const file = fileURLToPath(new URL(`../migrations/${dialect}/meta/_journal.json`, import.meta.url));
    const parsed = JSON.parse(readFileSync(file, "utf8")) as { entries: { when: number }[] };
    whens = parsed.entries.map((e) => e.when);
    made.set(dialect, whens);
  }
  return whens;
}

/**
 * How many of this version's migrations a database lacks: a file made by an older Deconflict reads fine once they
 * are applied, and fails on a new column before. Drizzle's migrator applies every migration made after the last
 * one it recorded, so that is what counts here.
 */
export async function pendingMigrations(conn: Conn): Promise<number> {
  const dialect = dialectOf(conn);
  const whens = journal(dialect);
  const table = dialect === "pg" ? sql`drizzle.__drizzle_migrations` : sql`__drizzle_migrations`;
  const recorded =
    dialect === "pg"
      ? (
          await rows(
            conn,
            sql`SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = 'drizzle'
          AND tablename = '__drizzle_migrations'`,
          )
        ).length > 0
      : await hasTable(conn, "__drizzle_migrations");
  if (!recorded) return whens.length;
  const [last] = await rows(conn, sql`SELECT max(created_at) AS last FROM ${table}`);
  const lastApplied = Number(last?.last ?? 0);
  return whens.filter((when) => when > lastApplied).length;
}
