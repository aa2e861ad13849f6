export { type Conn, closeDb, type Db, openDb, openReadOnlyDb } from "./client.ts";
export { type Dialect, dialectOf } from "./dialect.ts";
export { DEFAULT_DB_PATH, REPO_ROOT, resolveDbPath, resolveDbTarget, UnsupportedDbUrl } from "./path.ts";
export { PgConnectError } from "./pg-client.ts";
export { pendingMigrations } from "./schema-version.ts";
export { describeUrl, isPostgresUrl } from "./url.ts";
