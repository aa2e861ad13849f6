// Copies a SQLite bench database into a PostgreSQL one, table by table, so the page bench can measure the dashboard
// on PostgreSQL over exactly the same rows. Raw SQL on purpose: bulk rows, no extraction.
import { closeDb, type Db, openDb, openReadOnlyDb } from "@deconflict/db";
import { rows } from "@deconflict/db/dialect";
import { TABLE_NAMES } from "@deconflict/db/schema/names";
import { sql } from "drizzle-orm";

// Parents before children, for the foreign keys.
const TABLES = TABLE_NAMES;
const PAGE = 20_000;

function insertRows(table: string, batch: Record<string, unknown>[]) {
  const columns = Object.keys(batch[0] ?? {});
  // PostgreSQL takes at most 65,535 parameters a statement.
  const perStatement = Math.max(1, Math.floor(60_000 / Math.max(1, columns.length)));
  const statements = [];
  for (let i = 0; i < batch.length; i += perStatement) {
    const values = batch.slice(i, i + perStatement).map(
      (r) =>
        sql`(${sql.join(
          columns.map((c) => sql`${r[c] ?? null}`),
          sql`, `,
        )})`,
    );
    statements.push(
      sql`INSERT INTO ${sql.identifier(table)} (${sql.join(
        columns.map((c) => sql.identifier(c)),
        sql`, `,
      )}) VALUES ${sql.join(values, sql`, `)}`,
    );
  }
  return statements;
}

/** Fills `pgUrl` (created and migrated if needed, emptied first) with every row of the SQLite file. */
export async function copyToPostgres(sqlitePath: string, pgUrl: string): Promise<void> {
  const from = await openReadOnlyDb(sqlitePath);
  const to: Db = await openDb(pgUrl);
  try {
    await rows(to, `TRUNCATE ${[...TABLES].reverse().join(", ")} RESTART IDENTITY CASCADE`);
    for (const table of TABLES) {
      let hasId = false;
      for (let offset = 0; ; offset += PAGE) {
        const batch = await rows(from, `SELECT * FROM ${table} ORDER BY rowid LIMIT ${PAGE} OFFSET ${offset}`);
        if (batch.length === 0) break;
        hasId ||= "id" in (batch[0] ?? {});
        for (const statement of insertRows(table, batch)) await rows(to, statement);
      }
      // Tables keyed by a serial id go on from the copied ids (source_origins and the web tables have none).
      if (hasId) {
        await rows(to, `SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce(max(id), 1)) FROM ${table}`);
      }
    }
    await rows(to, "ANALYZE");
  } finally {
    await closeDb(from);
    await closeDb(to);
  }
}
