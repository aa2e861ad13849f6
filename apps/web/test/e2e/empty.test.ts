import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { startServer } from "../support/app.ts";

describe("with no database file yet", () => {
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
