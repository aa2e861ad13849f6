import { isPostgresUrl } from "@deconflict/db/url";
import { createClient } from "@libsql/client";
import pg from "pg";

/** Plain SQL on a database: rows as objects with columns also at their index, as libsql gives them. */
interface Raw {
  pg: boolean;
  execute(sql: string): Promise<{ rows: (Record<string, unknown> & unknown[])[] }>;
}

// Direct, read-only SQL through the drivers themselves: the checks must not depend on the code under test.
async function withClient<T>(target: string, fn: (c: Raw) => Promise<T>): Promise<T> {
  if (isPostgresUrl(target)) {
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      return await fn({
        pg: true,
        execute: async (sql) => {
          const r = await client.query({ text: sql, rowMode: "array" });
          const names = r.fields.map((f) => f.name);
          const rows = r.rows.map((values: unknown[]) => {
            const row = [...values] as unknown[] & Record<string, unknown>;
            names.forEach((n, i) => {
              row[n] = values[i];
            });
            return row;
          });
          return { rows: rows as (Record<string, unknown> & unknown[])[] };
        },
      });
    } finally {
      await client.end();
    }
  }
  const client = createClient({ url: `file:${target}` });
  try {
    await client.execute("PRAGMA busy_timeout = 10000");
    return await fn({
      pg: false,
      execute: async (sql) => ({ rows: (await client.execute(sql)).rows as never }),
    });
  } finally {
    client.close();
  }
}

const TABLES_SQL = {
  sqlite: "SELECT name FROM sqlite_master WHERE type='table'",
  pg: "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()",
};

/**
 * SQLite: `PRAGMA integrity_check` and `foreign_key_check` together. PostgreSQL enforces every foreign key in
 * each transaction, so: every foreign key constraint present and validated. "ok" or the problems found.
 */
export function integrity(dbPath: string): Promise<string> {
  return withClient(dbPath, async (c) => {
    if (c.pg) {
      const fks = (await c.execute("SELECT conname, convalidated FROM pg_constraint WHERE contype = 'f'")).rows;
      const problems = fks.filter((r) => r.convalidated !== true).map((r) => `not validated: ${String(r.conname)}`);
      if (fks.length === 0 && (await c.execute(TABLES_SQL.pg)).rows.length > 0) problems.push("no foreign keys");
      return problems.length === 0 ? "ok" : problems.join("; ");
    }
    const rows = (await c.execute("PRAGMA integrity_check")).rows.map((r) => String(r[0]));
    const fk = (await c.execute("PRAGMA foreign_key_check")).rows;
    const problems = [...rows.filter((r) => r !== "ok"), ...fk.map((r) => `foreign key: ${JSON.stringify(r)}`)];
    return problems.length === 0 ? "ok" : problems.join("; ");
  });
}

/** What one stored source carries; equal for the same article in any two complete runs. */
export interface SourceShape {
  mentions: number;
  forces: number;
  casualties: number;
  escalations: number;
  claims: number;
  textLength: number;
}

/** Per-source row counts keyed by content hash. */
export function sourceShapes(dbPath: string): Promise<Map<string, SourceShape>> {
  return withClient(dbPath, async (c) => {
    const tables = new Set((await c.execute(c.pg ? TABLES_SQL.pg : TABLES_SQL.sqlite)).rows.map((r) => r[0]));
    if (!tables.has("sources")) return new Map();
    const rs = await c.execute(`
      SELECT s.content_hash AS hash, length(s.text) AS text_length,
        (SELECT count(*) FROM event_mentions m WHERE m.source_id = s.id) AS mentions,
        (SELECT count(*) FROM force_reports f WHERE f.source_id = s.id) AS forces,
        (SELECT count(*) FROM casualties k WHERE k.source_id = s.id) AS casualties,
        (SELECT count(*) FROM escalations e WHERE e.source_id = s.id) AS escalations,
        (SELECT count(*) FROM claims c WHERE c.source_id = s.id) AS claims
      FROM sources s`);
    return new Map(
      rs.rows.map((r) => [
        String(r.hash),
        {
          mentions: Number(r.mentions),
          forces: Number(r.forces),
          casualties: Number(r.casualties),
          escalations: Number(r.escalations),
          claims: Number(r.claims),
          textLength: Number(r.text_length),
        },
      ]),
    );
  });
}

/** Single-number answers: `SELECT count(*) …`. */
export function scalar(dbPath: string, sql: string): Promise<number> {
  return withClient(dbPath, async (c) => Number((await c.execute(sql)).rows[0]?.[0] ?? 0));
}

/** Rows of any query, as plain objects. */
export function rows(dbPath: string, sql: string): Promise<Record<string, unknown>[]> {
  return withClient(dbPath, async (c) => (await c.execute(sql)).rows.map((r) => ({ ...r })));
}

/** The sources of `shapes` whose counts differ from the reference run: half-written or wrong. */
export function shapeMismatches(shapes: Map<string, SourceShape>, reference: Map<string, SourceShape>): string[] {
  const out: string[] = [];
  for (const [hash, shape] of shapes) {
    const ref = reference.get(hash);
    if (!ref) out.push(`${hash.slice(0, 12)}: not in the reference run`);
    else if (JSON.stringify(ref) !== JSON.stringify(shape))
      out.push(`${hash.slice(0, 12)}: ${JSON.stringify(shape)} ≠ reference ${JSON.stringify(ref)}`);
  }
  return out;
}

// Each query lists rows that break an invariant the store keeps in every committed transaction.
const EVENT_INVARIANTS: Record<string, string> = {
  "events without mentions": "SELECT id FROM events WHERE id NOT IN (SELECT event_id FROM event_mentions)",
  "source_count out of step": `SELECT e.id FROM events e WHERE e.source_count <>
    (SELECT count(DISTINCT m.source_id) FROM event_mentions m WHERE m.event_id = e.id)`,
  "forces on another event than their mention":
    "SELECT f.id FROM force_reports f JOIN event_mentions m ON m.id = f.mention_id WHERE f.event_id <> m.event_id",
  "casualties on another event than their mention":
    "SELECT k.id FROM casualties k JOIN event_mentions m ON m.id = k.mention_id WHERE k.event_id <> m.event_id",
  "claims on another event than their mention":
    "SELECT c.id FROM claims c JOIN event_mentions m ON m.id = c.mention_id WHERE c.event_id IS DISTINCT FROM m.event_id",
  "sources without an origin": "SELECT id FROM sources WHERE id NOT IN (SELECT source_id FROM source_origins)",
};

/** Broken cross-table invariants (events in step with mentions, facts with their mention), or []. */
export function invariantProblems(dbPath: string): Promise<string[]> {
  return withClient(dbPath, async (c) => {
    const tables = new Set((await c.execute(c.pg ? TABLES_SQL.pg : TABLES_SQL.sqlite)).rows.map((r) => r[0]));
    if (!tables.has("events")) return [];
    const problems: string[] = [];
    for (const [name, sql] of Object.entries(EVENT_INVARIANTS)) {
      const ids = (await c.execute(`${sql} LIMIT 5`)).rows.map((r) => String(r[0]));
      if (ids.length > 0) problems.push(`${name}: ${ids.join(", ")}`);
    }
    return problems;
  });
}
