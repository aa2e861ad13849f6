import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@libsql/client";
import { drizzle as libsqlDrizzle } from "drizzle-orm/libsql";
import { migrate as libsqlMigrate } from "drizzle-orm/libsql/migrator";
import { drizzle as pgDrizzle } from "drizzle-orm/node-postgres";
import { migrate as pgMigrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { isPostgresUrl } from "../url.ts";

/**
 * Makes `target` (a SQLite path or a PostgreSQL URL) a database as an older version left it: every committed
 * migration but the last `missing`, then runs `statements` (rows as that version would have written them). For tests
 * of upgrading a database in place.
 */
export async function olderSchemaDatabase(target: string, missing = 1, statements: string[] = []): Promise<void> {
  const dialect = isPostgresUrl(target) ? "pg" : "sqlite";
  const source = fileURLToPath(new URL(`../../migrations/${dialect}`, import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), "deconflict-older-"));
  try {
    cpSync(source, dir, { recursive: true });
    const journalFile = join(dir, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: unknown[] };
    journal.entries = journal.entries.slice(0, Math.max(0, journal.entries.length - missing));
    writeFileSync(journalFile, JSON.stringify(journal));
    if (dialect === "pg") {
      const client = new pg.Client({ connectionString: target });
      await client.connect();
      try {
        await client.query("SET client_min_messages = warning");
        await pgMigrate(pgDrizzle(client), { migrationsFolder: dir });
        for (const statement of statements) await client.query(statement);
      } finally {
        await client.end();
      }
    } else {
      const client = createClient({ url: `file:${target}` });
      try {
        await libsqlMigrate(libsqlDrizzle(client), { migrationsFolder: dir });
        for (const statement of statements) await client.execute(statement);
      } finally {
        client.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
