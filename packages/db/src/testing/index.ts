// Test helpers shared by every db test: a real database of the dialect under test (a SQLite file in a temp
// folder, or a fresh PostgreSQL database), and small domain builders.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Actor, Claim, EventMention, Extraction, ForceReport } from "@deconflict/domain";
import { closeDb, type Db, openDb } from "../client.ts";
import type { Dialect } from "../dialect.ts";
import { createTestDatabase } from "./pg-server.ts";

export { createTestDatabase, PG_URL_ENV, type PgCluster, startCluster } from "./pg-server.ts";

/** The dialect this test run is for: each package's vitest config has a sqlite and a pg project. */
export function testDialect(): Dialect {
  return process.env.DECONFLICT_TEST_DIALECT === "pg" ? "pg" : "sqlite";
}

/**
 * Where a test's database lives: a SQLite path in a new temp folder, or the URL of a new PostgreSQL database.
 * Nothing is opened; `cleanup` removes it (close any connection first).
 */
export async function tempTarget(): Promise<{ target: string; cleanup: () => Promise<void> }> {
  if (testDialect() === "pg") {
    const { url, drop } = await createTestDatabase();
    return { target: url, cleanup: drop };
  }
  const dir = mkdtempSync(join(tmpdir(), "deconflict-db-"));
  return { target: join(dir, "test.db"), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh migrated database of the dialect under test, and a cleanup that removes it. */
export async function tempDb(): Promise<{ db: Db; path: string; cleanup: () => Promise<void> }> {
  if (testDialect() === "pg") {
    const { target, cleanup } = await tempTarget();
    const db = await openDb(target);
    return {
      db,
      path: target,
      cleanup: async () => {
        await closeDb(db);
        await cleanup();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "deconflict-db-"));
  const path = join(dir, "test.db");
  const db = await openDb(path);
  return {
    db,
    path,
    cleanup: async () => {
      await closeDb(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export const actor = (key: string, side: string | null = null): Actor => ({ key, name: key, side });

export function mention(over: Partial<EventMention> = {}): EventMention {
  return {
    kind: "airstrike",
    date: { value: "2017-06-08", precision: "day" },
    location: "At Tanf",
    attacker: actor("US-led coalition", "coalition"),
    target: actor("pro-regime forces", "regime"),
    platform: null,
    munition: null,
    distanceKm: null,
    geo: null,
    eventType: null,
    subEventType: null,
    instruments: [],
    forces: [],
    casualties: [],
    escalation: [],
    span: { start: 0, end: 10 },
    ...over,
  };
}

export function force(over: Partial<ForceReport> = {}): ForceReport {
  return {
    category: "armed-vehicle",
    status: "hit",
    count: { low: 2, high: 2, qualifier: "exact" },
    noun: "technicals",
    span: { start: 0, end: 5 },
    ...over,
  };
}

export function claim(over: Partial<Claim> = {}): Claim {
  return {
    speaker: "two US officials",
    speakerKind: "anonymous-official",
    text: "The coalition struck again.",
    stance: "asserts",
    claimKind: "statement",
    cue: null,
    mentionIndex: 0,
    span: { start: 0, end: 10 },
    ...over,
  };
}

export function extraction(over: Partial<Extraction> = {}): Extraction {
  return {
    extractorVersion: "test-1",
    text: "The coalition struck pro-regime forces near At Tanf.",
    title: null,
    byline: null,
    publishedAt: null,
    mentions: [],
    claims: [],
    ...over,
  };
}

export const noMeta = { title: null, outlet: null, url: null, publishedAt: null, byline: null };
export { olderSchemaDatabase } from "./older-schema.ts";
