import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { closeDb, openDb } from "@deconflict/db";
import { exportV1 } from "@deconflict/db/queries";
import type { ExportV1 } from "@deconflict/domain";
import { ingestPaths } from "../pipeline/index.ts";

const SCORER = fileURLToPath(new URL("./score.mjs", import.meta.url));

export const METRICS = ["events", "links", "forces", "casualties", "claims"] as const;
export type Metric = (typeof METRICS)[number];

export interface MetricScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface ScoreReport {
  metrics: Record<Metric, MetricScore>;
  detail: { missedEvents: string[]; spuriousEvents: string[]; missedClaims: string[]; spuriousClaims: string[] };
}

/** Ingests a corpus folder the way the CLI does (read, extract, store, resolve) into a fresh database and exports it. */
export async function exportCorpus(corpusDir: string): Promise<ExportV1> {
  const dir = mkdtempSync(join(tmpdir(), "deconflict-eval-db-"));
  const db = await openDb(join(dir, "eval.db"));
  try {
    const summary = await ingestPaths(db, [corpusDir]);
    if (summary.failed.length)
      throw new Error(`eval corpus ${corpusDir}: ${summary.failed.length} files failed to ingest`);
    return await exportV1(db);
  } finally {
    closeDb(db);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Scores an export against a gold file with the vendored referee (score.mjs, unchanged). */
export function scoreExport(exported: ExportV1, goldPath: string): ScoreReport {
  const dir = mkdtempSync(join(tmpdir(), "deconflict-eval-"));
  try {
    const pred = join(dir, "pred.json");
    writeFileSync(pred, JSON.stringify(exported));
    const out = execFileSync(process.execPath, [SCORER, "--gold", goldPath, "--pred", pred, "--json"], {
      encoding: "utf8",
    });
    return JSON.parse(out) as ScoreReport;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
