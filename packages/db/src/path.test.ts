import { describe, expect, test } from "vitest";
import { DEFAULT_DB_PATH, resolveDbTarget, UnsupportedDbUrl } from "./path.ts";

describe("resolveDbTarget", () => {
  const pgUrl = "postgres://u:p@127.0.0.1:5432/news";
  test("--db beats DECONFLICT_DB, which beats DATABASE_URL, which beats the default file", () => {
    const env = { DECONFLICT_DB: "env.db", DATABASE_URL: pgUrl };
    expect(resolveDbTarget("flag.db", env, "/w")).toBe("/w/flag.db");
    expect(resolveDbTarget(undefined, env, "/w")).toBe("/w/env.db");
    expect(resolveDbTarget(undefined, { DATABASE_URL: pgUrl }, "/w")).toBe(pgUrl);
    expect(resolveDbTarget(undefined, { DECONFLICT_DB: "  ", DATABASE_URL: "" }, "/w")).toBe(DEFAULT_DB_PATH);
  });
  test("keeps postgres:// and postgresql:// URLs as they are, never as a folder", () => {
    expect(resolveDbTarget("postgresql://h/db", {}, "/w")).toBe("postgresql://h/db");
    expect(resolveDbTarget(undefined, { DECONFLICT_DB: "POSTGRES://h/db" }, "/w")).toBe("POSTGRES://h/db");
  });
  test("a file: URL is a SQLite path; another scheme is refused", () => {
    expect(resolveDbTarget("file:x/a.db", {}, "/w")).toBe("/w/x/a.db");
    expect(() => resolveDbTarget("mysql://h/db", {}, "/w")).toThrow(UnsupportedDbUrl);
  });
});
