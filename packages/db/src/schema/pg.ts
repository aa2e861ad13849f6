// The PostgreSQL tables, derived from the SQLite table files at load time: one schema, so the dialects cannot
// drift. Query functions keep using the SQLite table objects (drizzle renders them in either dialect: a table is
// only names and column mappings); these pg-core tables exist for drizzle-kit (migrations/pg) and the type test.
import { type Column, getTableColumns, is, SQL } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  customType,
  doublePrecision,
  foreignKey,
  index,
  numeric,
  type PgColumn,
  type PgColumnBuilderBase,
  type PgTableWithColumns,
  pgTable,
  primaryKey,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { TABLES } from "./tables.ts";

// Byte order, as SQLite's BINARY collation compares: ORDER BY and range look-ups on text give the same rows in the
// same order on both, whatever locale the server was created with.
const textC = customType<{ data: string; driverData: string }>({ dataType: () => 'text COLLATE "C"' });

/** The per-dialect column module: each SQLite storage class and its PostgreSQL column. */
function pgColumn(column: SQLiteColumn): PgColumnBuilderBase {
  const type = column.getSQLType();
  const autoIncrement = (column as { autoIncrement?: boolean }).autoIncrement === true;
  let built: PgColumnBuilderBase & {
    notNull(): unknown;
    primaryKey(): unknown;
    default(v: unknown): unknown;
    unique(n?: string): unknown;
  };
  // SQLite integers are 64-bit; bigint keeps every value (the pool reads int8 back as a JS number).
  if (type === "integer")
    built = (
      column.primary && autoIncrement
        ? bigserial(column.name, { mode: "number" })
        : bigint(column.name, { mode: "number" })
    ) as typeof built;
  else if (type === "text") built = textC(column.name) as unknown as typeof built;
  else if (type === "real") built = doublePrecision(column.name) as typeof built;
  else if (type === "numeric") built = numeric(column.name) as typeof built;
  else throw new Error(`no PostgreSQL column for SQLite type ${type} (${column.name}): add it to schema/pg.ts`);
  if (column.notNull && !column.primary) built.notNull();
  if (column.primary) built.primaryKey();
  if (column.hasDefault && column.default !== undefined) {
    if (is(column.default, SQL)) throw new Error(`SQL default on ${column.name}: give it a JS default or port it`);
    // Stored as the SQLite column stores it (a boolean mode's false is 0), which the queries read back the same way.
    built.default(column.mapToDriverValue(column.default));
  }
  if (column.isUnique) built.unique(column.uniqueName);
  return built;
}

type PgColumnOf<C extends Column, Table extends string> = PgColumn<
  {
    name: C["_"]["name"];
    tableName: Table;
    dataType: C["_"]["dataType"];
    columnType: "PgDerived";
    data: C["_"]["data"];
    driverParam: unknown;
    notNull: C["_"]["notNull"];
    hasDefault: C["_"]["hasDefault"];
    isPrimaryKey: C["_"]["isPrimaryKey"];
    isAutoincrement: C["_"]["isAutoincrement"];
    hasRuntimeDefault: C["_"]["hasRuntimeDefault"];
    enumValues: C["_"]["enumValues"];
    baseColumn: never;
    identity: undefined;
    generated: undefined;
  },
  object,
  object
>;

/** A PostgreSQL table whose columns have the SQLite table's names and JS types. */
export type PgOf<T extends SQLiteTable> = PgTableWithColumns<{
  name: T["_"]["name"];
  schema: undefined;
  dialect: "pg";
  columns: { [K in keyof T["_"]["columns"]]: PgColumnOf<T["_"]["columns"][K], T["_"]["name"]> };
}>;

const derived = new Map<SQLiteTable, PgTableWithColumns<never>>();

function keyOf(table: SQLiteTable, name: string): string {
  const entry = Object.entries(getTableColumns(table)).find(([, c]) => c.name === name);
  if (!entry) throw new Error(`no column ${name}`);
  return entry[0];
}

function derive<T extends SQLiteTable>(table: T): PgOf<T> {
  const hit = derived.get(table);
  if (hit) return hit as unknown as PgOf<T>;
  const config = getTableConfig(table);
  const sqliteColumns = Object.entries(getTableColumns(table)) as [string, SQLiteColumn][];
  const columns: Record<string, PgColumnBuilderBase> = Object.fromEntries(
    sqliteColumns.map(([key, c]) => [key, pgColumn(c)]),
  );
  // A SQLite table without an integer primary key still has a rowid, in insertion order, which queries may
  // order by ("first origin"): PostgreSQL gets it as a real column of that name.
  if (!sqliteColumns.some(([, c]) => c.primary && c.getSQLType() === "integer")) {
    columns.rowid = bigserial("rowid", { mode: "number" }).notNull();
  }
  const colOf = (pg: Record<string, AnyPgColumn>, c: { name: string; table: SQLiteTable }) => {
    const col = pg[keyOf(c.table, c.name)];
    if (!col) throw new Error(`no column ${c.name}`);
    return col;
  };
  // Evaluated lazily by drizzle, so referenced tables may be derived later.
  const result = pgTable(config.name, columns, (t) => {
    const cols = t as unknown as Record<string, AnyPgColumn>;
    const pick = (list: readonly { name: string; table: unknown }[]) =>
      list.map((c) => colOf(cols, { name: c.name, table })) as [AnyPgColumn, ...AnyPgColumn[]];
    return [
      ...config.indexes.map((i) => {
        if (i.config.where) throw new Error(`partial index ${i.config.name}: port it to schema/pg.ts`);
        const on = pick(i.config.columns as SQLiteColumn[]);
        return (i.config.unique ? uniqueIndex(i.config.name) : index(i.config.name)).on(...on);
      }),
      ...config.primaryKeys.map((p) => primaryKey({ name: p.getName(), columns: pick(p.columns) })),
      ...config.uniqueConstraints.map((u) =>
        uniqueIndex(u.getName() ?? `${config.name}_unique`).on(...pick(u.columns)),
      ),
      ...config.foreignKeys.map((fk) => {
        const ref = fk.reference();
        const target = ref.foreignColumns[0]?.table as SQLiteTable;
        const targetPg = derive(target) as unknown as Record<string, AnyPgColumn>;
        const built = foreignKey({
          name: fk.getName(),
          columns: pick(ref.columns),
          foreignColumns: ref.foreignColumns.map((c) => colOf(targetPg, { name: c.name, table: target })) as [
            AnyPgColumn,
            ...AnyPgColumn[],
          ],
        });
        if (fk.onDelete) built.onDelete(fk.onDelete);
        if (fk.onUpdate) built.onUpdate(fk.onUpdate);
        return built;
      }),
    ];
  });
  derived.set(table, result as unknown as PgTableWithColumns<never>);
  return result as unknown as PgOf<T>;
}

/** Every SQLite table, derived; a table missing from `TABLES` has no PostgreSQL migration, which a test catches. */
export const PG_TABLES = Object.fromEntries(Object.entries(TABLES).map(([name, table]) => [name, derive(table)])) as {
  [K in keyof typeof TABLES]: PgOf<(typeof TABLES)[K]>;
};

// Named exports as well: drizzle-kit reads the tables from this module's exports.
export const {
  sources,
  sourceOrigins,
  events,
  eventMentions,
  forceReports,
  casualties,
  escalations,
  claims,
  httpValidators,
  feedItems,
} = PG_TABLES;
