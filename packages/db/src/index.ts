export { type Conn, closeDb, type Db, openDb, openReadOnlyDb } from "./client.ts";
export { type Dialect, dialectOf, isPostgresUrl } from "./dialect.ts";
export { DEFAULT_DB_PATH, REPO_ROOT, resolveDbPath } from "./path.ts";
export { describeUrl, PgConnectError } from "./pg-client.ts";
