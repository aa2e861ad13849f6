// Test helpers shared by every db test: real SQLite files in temp folders, and small domain builders.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Actor, Claim, EventMention, Extraction, ForceReport } from "@deconflict/domain";
import { closeDb, type Db, openDb } from "../client.ts";

/** A fresh migrated database in its own temp folder, and a cleanup that removes it. */
export async function tempDb(): Promise<{ db: Db; path: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "deconflict-db-"));
  const path = join(dir, "test.db");
  const db = await openDb(path);
  return {
    db,
    path,
    cleanup: () => {
      closeDb(db);
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
