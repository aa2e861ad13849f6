import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildIfStale, REPO, startServer } from "../support/app.ts";
import { HOSTILE_ARTICLE, HOSTILE_FILE, HOSTILE_MANIFEST_LINE } from "./hostile.ts";

const CLI = join(REPO, "packages/ingest/bin/deconflict.mjs");
// Attacks in many countries, some told twice, one dated only to a month; original wire copy without gold.
const WORLD_ATTACKS_CORPUS = join(REPO, "packages/ingest/fixtures/corpus/world-attacks");

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    dbPath: string;
    corpusDir: string;
    /** A second server, on the corpus of attacks in many countries (the map, time and actor tests). */
    worldUrl: string;
    worldDbPath: string;
  }
}

/** The sample corpus plus a hostile article, ingested by the real CLI into a fresh database. */
export function buildDatabase(dir: string): { dbPath: string; corpusDir: string } {
  const corpusDir = join(dir, "corpus");
  cpSync(join(REPO, "corpus/at-tanf-2017"), corpusDir, { recursive: true });
  writeFileSync(join(corpusDir, HOSTILE_FILE), HOSTILE_ARTICLE);
  appendFileSync(join(corpusDir, "manifest.jsonl"), `${HOSTILE_MANIFEST_LINE}\n`);
  const dbPath = join(dir, "e2e.db");
  execFileSync(process.execPath, [CLI, "ingest", corpusDir, "--db", dbPath], { cwd: REPO, stdio: "inherit" });
  return { dbPath, corpusDir };
}

/** The corpus of attacks in many countries, ingested by the real CLI. */
export function buildWorldDatabase(dir: string): string {
  const dbPath = join(dir, "world.db");
  execFileSync(process.execPath, [CLI, "ingest", WORLD_ATTACKS_CORPUS, "--db", dbPath], {
    cwd: REPO,
    stdio: "inherit",
  });
  return dbPath;
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "deconflict-e2e-"));
  const { dbPath, corpusDir } = buildDatabase(dir);
  // E2E_WORLD_DB runs the world tests on another database instead, e.g. one seeded with coordinates
  // (apps/web/scripts/seed-dev.ts) while the extractor gives none.
  const worldDbPath = process.env.E2E_WORLD_DB ?? buildWorldDatabase(dir);
  buildIfStale();
  const main = await startServer(dbPath);
  const world = await startServer(worldDbPath);
  project.provide("baseUrl", main.baseUrl);
  project.provide("dbPath", dbPath);
  project.provide("corpusDir", corpusDir);
  project.provide("worldUrl", world.baseUrl);
  project.provide("worldDbPath", worldDbPath);
  return async () => {
    for (const { server } of [main, world]) {
      server.kill("SIGTERM");
      await new Promise((ok) => server.once("exit", ok).once("error", ok));
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
