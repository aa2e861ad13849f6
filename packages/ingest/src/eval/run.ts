import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ExportV1 } from "@deconflict/domain";
import { extractArticle } from "../extract/index.ts";
import { readCorpus } from "./corpus.ts";
import { MemoryStore } from "./memory-store.ts";

const SCORER = fileURLToPath(new URL("./score.mjs", import.meta.url));

export const METRICS = ["events", "links", "forces", "casualties", "claims"] as const;
export type Metric = (typeof METRICS)[number];

export interface ScoreReport {
  metrics: Record<Metric, { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }>;
  detail: { missedEvents: string[]; spuriousEvents: string[]; missedClaims: string[]; spuriousClaims: string[] };
}

/** Ingests a corpus folder through extraction and resolution into SPEC's export. */
export function exportCorpus(corpusDir: string): ExportV1 {
  const store = new MemoryStore();
  for (const { file, article } of readCorpus(corpusDir)) store.add(file, article, extractArticle(article));
  return store.exportV1();
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
