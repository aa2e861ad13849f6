// PolNeAR train (../shared/datasets/polnear-train): 839 political news articles with every attribution marked by
// hand, scored with the shared referee score-attribution.mjs, called where it lies (never a copy).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ExportV1 } from "@deconflict/domain";
import { exportCorpus } from "../run.ts";

const SHARED = fileURLToPath(new URL("../../../../../../shared/", import.meta.url));

export const POLNEAR = {
  name: "polnear-train",
  corpus: join(SHARED, "datasets/polnear-train/corpus"),
  gold: join(SHARED, "datasets/polnear-train/gold"),
  scorer: join(SHARED, "eval/score-attribution.mjs"),
  about: "PolNeAR train: 839 US political news articles, every attributed statement, belief and intention",
} as const;

/** The figures the referee reports, as fractions. */
export interface AttributionScore {
  claims: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
  directQuoteRecall: number | null;
  speakerAccuracy: number | null;
}

export const ATTRIBUTION_METRICS = ["precision", "recall", "f1", "speaker", "directQuote"] as const;
export type AttributionMetric = (typeof ATTRIBUTION_METRICS)[number];

export function attributionFigures(s: AttributionScore): Record<AttributionMetric, number> {
  return {
    precision: s.claims.precision,
    recall: s.claims.recall,
    f1: s.claims.f1,
    speaker: s.speakerAccuracy ?? 0,
    directQuote: s.directQuoteRecall ?? 0,
  };
}

/** Whether the third-party set is on this machine (it is in CI, beside the checkout). */
export function polnearAvailable(): boolean {
  return existsSync(POLNEAR.corpus) && existsSync(POLNEAR.gold) && existsSync(POLNEAR.scorer);
}

/** Runs the referee on an export; `args` are its own flags (--json, --by-kind, --verbose). */
export function runAttributionScorer(exported: ExportV1, args: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "deconflict-polnear-"));
  try {
    const pred = join(dir, "pred.json");
    writeFileSync(pred, JSON.stringify(exported));
    return execFileSync(
      process.execPath,
      [POLNEAR.scorer, "--gold-dir", POLNEAR.gold, "--pred", pred, "--label", POLNEAR.name, ...args],
      { encoding: "utf8", maxBuffer: 1 << 30 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Ingests PolNeAR train through the real path and scores it. */
export async function scorePolnear(): Promise<{ exported: ExportV1; score: AttributionScore }> {
  const exported = await exportCorpus(POLNEAR.corpus);
  const score = JSON.parse(runAttributionScorer(exported, ["--json"])) as AttributionScore;
  return { exported, score };
}
