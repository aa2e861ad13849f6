import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ExportV1 } from "@deconflict/domain";
import type { MetricScore as Prf } from "./run.ts";

// Third-party gold in ../shared/datasets, scored with the referees in ../shared/eval, called as they are.
// Nothing here is copied into the repository: a checkout without ../shared simply has no dataset evals.
const SHARED = fileURLToPath(new URL("../../../../../shared/", import.meta.url));

export type DatasetScorer = "roles" | "events";

export interface Dataset {
  name: string;
  about: string;
  scorer: DatasetScorer;
  /** Corpus folder to ingest. */
  corpus: string;
  /** Gold folder (roles) or gold file (events). */
  gold: string;
  /** The figures the eval prints and the test holds, as the scorer names them. */
  metrics: readonly string[];
  /** Measured by default; train splits are for error analysis and run only when asked for (`--only`). */
  measured: boolean;
}

const ROLE_METRICS = ["detection", "attacker", "target", "place", "instrument", "micro"] as const;
const EVENT_METRICS = ["events", "links", "casualties"] as const;

const data = (p: string) => join(SHARED, "datasets", p);

export const DATASETS: readonly Dataset[] = [
  {
    name: "muc4-dev",
    about: "MUC-4 TST1+TST2: Latin American wire copy 1988-90, mostly upper case (roles)",
    scorer: "roles",
    corpus: data("muc4/dev/corpus"),
    gold: data("muc4/dev/gold"),
    metrics: ROLE_METRICS,
    measured: true,
  },
  {
    name: "wikievents-dev",
    about: "WikiEvents dev: news on bombings, shootings and attacks (roles)",
    scorer: "roles",
    corpus: data("wikievents-dev/corpus"),
    gold: data("wikievents-dev/gold"),
    metrics: ROLE_METRICS,
    measured: true,
  },
  {
    name: "gtd-drone",
    about: "GTD summaries of drone-related incidents 2008-19 (events)",
    scorer: "events",
    corpus: data("gtd-drone/corpus"),
    gold: data("gtd-drone/gold.json"),
    metrics: EVENT_METRICS,
    measured: true,
  },
  {
    name: "muc4-train",
    about: "MUC-4 DEV 0001-1300, for error analysis only",
    scorer: "roles",
    corpus: data("muc4/train/corpus"),
    gold: data("muc4/train/gold"),
    metrics: ROLE_METRICS,
    measured: false,
  },
];

/** The datasets present on this machine (all of them where ../shared/datasets exists, as in CI). */
export function availableDatasets(): Dataset[] {
  return DATASETS.filter((d) => existsSync(d.corpus) && existsSync(d.gold));
}

export interface DatasetReport {
  metrics: Record<string, Prf>;
  /** The scorer's verbose text, when asked for. */
  verbose?: string;
}

/** Scores an export of the dataset's corpus with its referee from ../shared/eval. */
export function scoreDataset(set: Dataset, exported: ExportV1, verbose = false): DatasetReport {
  const dir = mkdtempSync(join(tmpdir(), "deconflict-dataset-"));
  try {
    const pred = join(dir, "pred.json");
    writeFileSync(pred, JSON.stringify(exported));
    const script = join(SHARED, "eval", set.scorer === "roles" ? "score-roles.mjs" : "score.mjs");
    const goldArgs = set.scorer === "roles" ? ["--gold-dir", set.gold] : ["--gold", set.gold];
    const run = (extra: string[]) =>
      execFileSync(process.execPath, [script, ...goldArgs, "--pred", pred, ...extra], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
        maxBuffer: 256 * 1024 * 1024,
      });
    const json = JSON.parse(run(["--json"])) as Record<string, unknown>;
    const table = (set.scorer === "roles" ? json : json.metrics) as Record<string, Prf>;
    const metrics = Object.fromEntries(set.metrics.map((m) => [m, table[m] as Prf]));
    return verbose ? { metrics, verbose: run(["--verbose"]) } : { metrics };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One line: the set's name and each metric's F1 in percent. */
export function datasetLine(set: Dataset, report: DatasetReport): string {
  const figures = set.metrics.map((m) => `${m} ${(100 * (report.metrics[m]?.f1 ?? 0)).toFixed(1)}`).join("  ");
  return `${set.name.padEnd(16)} ${figures}`;
}
