import { type Client, createClient } from "@libsql/client";

// Direct, read-only SQL on a database file: the checks must not depend on the code under test.
async function withClient<T>(dbPath: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = createClient({ url: `file:${dbPath}` });
  try {
    await client.execute("PRAGMA busy_timeout = 10000");
    return await fn(client);
  } finally {
    client.close();
  }
}

/** `PRAGMA integrity_check` and `foreign_key_check` together: "ok" or the problems found. */
export function integrity(dbPath: string): Promise<string> {
  return withClient(dbPath, async (c) => {
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
    const tables = new Set(
      (await c.execute("SELECT name FROM sqlite_master WHERE type='table'")).rows.map((r) => r[0]),
    );
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
    "SELECT c.id FROM claims c JOIN event_mentions m ON m.id = c.mention_id WHERE c.event_id IS NOT m.event_id",
  "sources without an origin": "SELECT id FROM sources WHERE id NOT IN (SELECT source_id FROM source_origins)",
};

/** Broken cross-table invariants (events in step with mentions, facts with their mention), or []. */
export function invariantProblems(dbPath: string): Promise<string[]> {
  return withClient(dbPath, async (c) => {
    const tables = new Set(
      (await c.execute("SELECT name FROM sqlite_master WHERE type='table'")).rows.map((r) => r[0]),
    );
    if (!tables.has("events")) return [];
    const problems: string[] = [];
    for (const [name, sql] of Object.entries(EVENT_INVARIANTS)) {
      const ids = (await c.execute(`${sql} LIMIT 5`)).rows.map((r) => String(r[0]));
      if (ids.length > 0) problems.push(`${name}: ${ids.join(", ")}`);
    }
    return problems;
  });
}
