import pg from "pg";
import { PG_URL_ENV, RUN_ENV, startCluster, testDbPrefix } from "./pg-server.ts";

/** Drops this run's test databases on a server that outlives it, and none of another run's. */
async function dropRun(url: string, run: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${testDbPrefix(run)}%`,
    ]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/**
 * Vitest global setup of the PostgreSQL projects: CI's (or your) server if $DECONFLICT_TEST_PG_URL names one, this
 * run's test databases dropped at the end; else a throwaway cluster for the run.
 */
export default async function setup(): Promise<() => Promise<void>> {
  process.env[RUN_ENV] ??= `${process.pid.toString(36)}${Date.now().toString(36)}`;
  const run = process.env[RUN_ENV];
  const given = process.env[PG_URL_ENV];
  if (given) return () => dropRun(given, run).catch(() => {});
  const cluster = await startCluster();
  process.env[PG_URL_ENV] = cluster.url;
  return async () => cluster.stop();
}
