import { getTableColumns, getTableName } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Conn } from "../client.ts";
import { runPrepared } from "../dialect.ts";

// Statement texts for the writer's hottest statements, built once from the schema's names and run with bound
// `?` parameters (runPrepared): drizzle's builder cost the writer as much as SQLite's own work on them.

/** A column's name, quoted. */
export const col = (column: SQLiteColumn): string => `"${column.name}"`;

/** A table's name, quoted. */
export const tbl = (table: SQLiteTable): string => `"${getTableName(table)}"`;

/** A statement text made on first use (the schema's names are known by then). */
export function statementText(build: () => string): () => string {
  let text: string | undefined;
  return () => {
    text ??= build();
    return text;
  };
}

const updates = new Map<string, string>();

/**
 * `UPDATE table SET … WHERE id = ?` for the given values, bound as drizzle's update binds them (each column's
 * driver mapping), with the text made once per set of keys.
 */
export async function updateById<T extends SQLiteTable>(
  conn: Conn,
  table: T,
  id: number,
  values: Partial<T["$inferInsert"]>,
): Promise<void> {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  const keys = Object.keys(values).filter((k) => (values as Record<string, unknown>)[k] !== undefined);
  const shape = `${getTableName(table)}|${keys.join(",")}`;
  let text = updates.get(shape);
  if (text === undefined) {
    const idColumn = columns.id;
    if (!idColumn) throw new Error(`updateById: ${getTableName(table)} has no id column`);
    const set = keys.map((k) => `${col(columns[k] as SQLiteColumn)} = ?`).join(", ");
    text = `UPDATE ${tbl(table)} SET ${set} WHERE ${col(idColumn)} = ?`;
    if (updates.size < 200) updates.set(shape, text);
  }
  const params = keys.map((k) => {
    const v = (values as Record<string, unknown>)[k];
    return v === null ? null : (columns[k] as SQLiteColumn).mapToDriverValue(v);
  });
  params.push(id);
  await runPrepared(conn, text, params);
}

/** Runs a hand-built statement whose every `?` is the same value (one id, asked several times). */
export function runWithOne(conn: Conn, text: string, value: unknown): Promise<Record<string, unknown>[]> {
  let n = placeholders.get(text);
  if (n === undefined) {
    n = text.split("?").length - 1;
    if (placeholders.size < 200) placeholders.set(text, n);
  }
  return runPrepared(conn, text, Array(n).fill(value));
}

const placeholders = new Map<string, number>();
