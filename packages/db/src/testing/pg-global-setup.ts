import { PG_URL_ENV, startCluster } from "./pg-server.ts";

/** Vitest global setup of the PostgreSQL projects: CI's server if given, else a throwaway cluster for the run. */
export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env[PG_URL_ENV]) return undefined;
  const cluster = await startCluster();
  process.env[PG_URL_ENV] = cluster.url;
  return () => cluster.stop();
}
