// Telling a PostgreSQL URL from a SQLite path, and showing one without its password. No driver imports: the
// CLI checks its arguments with these before loading anything heavy.

/** True for a `postgres://` or `postgresql://` URL; anything else is a SQLite path. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target.trim());
}

/** The host, port and database of a URL, never its user or password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    const db = u.pathname.replace(/^\//, "");
    return `${u.hostname || "localhost"}:${u.port || "5432"}${db ? `/${decodeURIComponent(db)}` : ""}`;
  } catch {
    return "an unparseable PostgreSQL URL";
  }
}
