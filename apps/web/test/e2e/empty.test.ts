import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, olderSchemaDatabase, tempTarget, testDialect } from "@deconflict/db/testing";
import { describe, expect, test } from "vitest";
import { startServer } from "../support/app.ts";

describe.runIf(testDialect() === "pg")("with an empty PostgreSQL database", () => {
  test("every page shows how to ingest instead of failing", async () => {
    const empty = await createTestDatabase();
    const { baseUrl, server } = await startServer(empty.url);
    try {
      for (const path of ["/", "/events", "/claims", "/sources", "/events/1"]) {
        const r = await fetch(baseUrl + path);
        expect(r.status, path).toBe(200);
        expect(await r.text(), path).toContain("npx deconflict ingest corpus/at-tanf-2017");
      }
      expect((await fetch(`${baseUrl}/export/json`)).status).toBe(404);
    } finally {
      server.kill("SIGTERM");
      await new Promise((ok) => server.once("exit", ok));
      await empty.drop();
    }
  });
});

describe.runIf(testDialect() === "sqlite")("with no database file yet", () => {
  test("every page shows how to ingest instead of failing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "deconflict-empty-"));
    const { baseUrl, server } = await startServer(join(dir, "missing.db"));
    try {
      for (const path of [
        "/",
        "/events",
        "/map",
        "/actors",
        "/claims",
        "/sources",
        "/events/1",
        "/sources/1",
        "/actors/x",
      ]) {
        const r = await fetch(baseUrl + path);
        expect(r.status, path).toBe(200);
        expect(await r.text(), path).toContain("npx deconflict ingest corpus/at-tanf-2017");
      }
      expect((await fetch(`${baseUrl}/export/json`)).status).toBe(404);
      // An ingest has created the file but not yet its tables.
      writeFileSync(join(dir, "missing.db"), "");
      expect(await (await fetch(`${baseUrl}/`)).text()).toContain("No data yet");
    } finally {
      server.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("with a database an older version made", () => {
  test("brings it up to date on first read, and shows its rows", async () => {
    const { target, cleanup } = await tempTarget();
    await olderSchemaDatabase(target, 1, [
      `INSERT INTO sources (content_hash, title, text, extractor_version, ingested_at)
       VALUES ('h1', 'An older article', 'Text.', 'x', '2024-01-01T00:00:00Z')`,
      "INSERT INTO source_origins (path, source_id) VALUES ('/corpus/older.txt', 1)",
    ]);
    const { baseUrl, server } = await startServer(target);
    try {
      const page = await fetch(`${baseUrl}/sources/1`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("An older article");
      const exported = await (await fetch(`${baseUrl}/export/json`)).json();
      expect(exported.sources).toMatchObject([{ file: "older.txt", title: "An older article" }]);
    } finally {
      server.kill("SIGTERM");
      await new Promise((ok) => server.once("exit", ok));
      await cleanup();
    }
  });
});
