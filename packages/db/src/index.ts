export { type Conn, closeDb, type Db, openDb, openReadOnlyDb } from "./client.ts";
export { DEFAULT_DB_PATH, REPO_ROOT, resolveDbPath } from "./path.ts";
