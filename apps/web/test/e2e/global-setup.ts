import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase } from "@deconflict/db/testing";
import type { TestProject } from "vitest/node";
import { buildIfStale, REPO, startServer } from "../support/app.ts";
import { HOSTILE_ARTICLE, HOSTILE_FILE, HOSTILE_MANIFEST_LINE } from "./hostile.ts";

const CLI = join(REPO, "packages/ingest/bin/deconflict.mjs");

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    dbPath: string;
    corpusDir: string;
  }
}

/** The sample corpus plus a hostile article, ingested by the real CLI into a fresh database (a file, or a URL). */
export function buildDatabase(dir: string, target = join(dir, "e2e.db")): { dbPath: string; corpusDir: string } {
  const corpusDir = join(dir, "corpus");
  cpSync(join(REPO, "corpus/at-tanf-2017"), corpusDir, { recursive: true });
  writeFileSync(join(corpusDir, HOSTILE_FILE), HOSTILE_ARTICLE);
  appendFileSync(join(corpusDir, "manifest.jsonl"), `${HOSTILE_MANIFEST_LINE}\n`);
  const dbPath = target;
  execFileSync(process.execPath, [CLI, "ingest", corpusDir, "--db", dbPath], { cwd: REPO, stdio: "inherit" });
  return { dbPath, corpusDir };
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "deconflict-e2e-"));
  // The e2e-pg project: the same pages on a PostgreSQL database (its server from the pg global setup).
  const pg = project.config.env?.DECONFLICT_TEST_DIALECT === "pg" ? await createTestDatabase() : null;
  const { dbPath, corpusDir } = buildDatabase(dir, pg?.url);
  buildIfStale();
  const { baseUrl, server } = await startServer(dbPath);
  project.provide("baseUrl", baseUrl);
  project.provide("dbPath", dbPath);
  project.provide("corpusDir", corpusDir);
  return async () => {
    server.kill("SIGTERM");
    await new Promise((ok) => server.once("exit", ok).once("error", ok));
    rmSync(dir, { recursive: true, force: true });
    await pg?.drop();
  };
}
