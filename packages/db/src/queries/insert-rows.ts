import { getTableColumns, getTableName, is, SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Conn } from "../client.ts";
import { runPrepared } from "../dialect.ts";

type Columns = [key: string, column: SQLiteColumn][];
const columnsOf = new WeakMap<SQLiteTable, Columns>();
const statements = new Map<string, string>();

function tableColumns(table: SQLiteTable): Columns {
  let columns = columnsOf.get(table);
  if (!columns) {
    columns = Object.entries(getTableColumns(table)) as Columns;
    columnsOf.set(table, columns);
  }
  return columns;
}

/** A column's value as drizzle's insert would bind it: the row's, else the column's JS default, else null. */
function driverValue(column: SQLiteColumn, value: unknown): unknown {
  const v = value === undefined ? (column.default ?? column.defaultFn?.() ?? column.onUpdateFn?.() ?? null) : value;
  if (is(v, SQL)) throw new Error(`insertRows: ${column.name} is SQL, not a value: use conn.insert`);
  return v === null ? null : column.mapToDriverValue(v);
}

/**
 * One multi-row insert, as `conn.insert(table).values(rows)` would run it (same columns, defaults and value
 * mapping, in either dialect), but with the statement text built once per shape: drizzle's builder cost the writer
 * as much as SQLite's own work on its hottest inserts. Columns no row sets and that have no JS default are left to
 * the database (an autoincrement id). Returns the `returning` columns of each row, by key.
 */
export async function insertRows<T extends SQLiteTable>(
  conn: Conn,
  table: T,
  rows: readonly T["$inferInsert"][],
  returning: readonly (keyof T["_"]["columns"] & string)[] = [],
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const all = tableColumns(table);
  const used = all.filter(
    ([key, column]) =>
      column.default !== undefined ||
      column.defaultFn !== undefined ||
      rows.some((r) => (r as Record<string, unknown>)[key] !== undefined),
  );
  const params: unknown[] = [];
  for (const row of rows) {
    for (const [key, column] of used) params.push(driverValue(column, (row as Record<string, unknown>)[key]));
  }
  const named = new Map(all);
  const back = returning.map((key) => [key, (named.get(key) as SQLiteColumn).name] as const);
  const shape = `${getTableName(table)}|${used.map(([k]) => k).join(",")}|${rows.length}|${returning.join(",")}`;
  let text = statements.get(shape);
  if (text === undefined) {
    const one = `(${used.map(() => "?").join(", ")})`;
    text =
      `insert into "${getTableName(table)}" (${used.map(([, c]) => `"${c.name}"`).join(", ")}) values ` +
      Array.from({ length: rows.length }, () => one).join(", ") +
      (back.length > 0 ? ` returning ${back.map(([, name]) => `"${name}"`).join(", ")}` : "");
    if (statements.size < 2000) statements.set(shape, text);
  }
  const returned = await runPrepared(conn, text, params);
  return returned.map((r) => Object.fromEntries(back.map(([key, name]) => [key, r[name]])));
}
