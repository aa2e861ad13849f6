import type { Db } from "@deconflict/db";
import { dataVersion } from "@deconflict/db/dialect";

// Dashboard aggregates change only when an ingest commits. SQLite's data_version changes exactly
// then (for commits by other connections); on PostgreSQL the server's WAL position moves on every
// write. Results are kept until it moves: a materialised view refreshed on write, costing one
// small query per lookup.
const MAX_ENTRIES = 500;
const entries = new Map<string, Promise<unknown>>();
let seenVersion: unknown = null;

/** The result of `compute` for this key, reused until the database changes. */
export async function cached<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  const version = await dataVersion(db);
  if (version !== seenVersion) {
    entries.clear();
    seenVersion = version;
  }
  const hit = entries.get(key);
  if (hit) {
    // Refresh its place in the LRU order.
    entries.delete(key);
    entries.set(key, hit);
    return hit as Promise<T>;
  }
  const promise = compute();
  entries.set(key, promise);
  promise.catch(() => entries.delete(key));
  if (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  return promise;
}

/** A stable key for a params object, whatever order its fields were set in. */
export function keyOf(name: string, params: object): string {
  const sorted = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return `${name}:${JSON.stringify(sorted)}`;
}
