import pg from "pg";
import { PG_URL_ENV, startCluster, TEST_DB_PREFIX } from "./pg-server.ts";

/** Drops the test databases this run created on a server that outlives it (names carry their creation time). */
async function dropCreatedSince(url: string, since: number): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${TEST_DB_PREFIX}%`,
    ]);
    for (const { datname } of rows) {
      const created = Number.parseInt(datname.split("_")[2] ?? "", 36);
      if (created >= since) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

/**
 * Vitest global setup of the PostgreSQL projects: CI's (or your) server if $DECONFLICT_TEST_PG_URL names one, its
 * test databases dropped at the end; else a throwaway cluster for the run.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const given = process.env[PG_URL_ENV];
  if (given) {
    const since = Date.now();
    return () => dropCreatedSince(given, since).catch(() => {});
  }
  const cluster = await startCluster();
  process.env[PG_URL_ENV] = cluster.url;
  return async () => cluster.stop();
}
