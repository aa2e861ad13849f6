// npm run eval [-- --verbose] [-- --only name] [-- --write-pred dir]: scores every golden fixture, then every
// third-party dataset in ../shared/datasets (one line per set; `--only muc4-train` for the train split).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, loadGold, prepareFixture } from "../../fixtures/index.ts";
import { printPolnear } from "./datasets/polnear-main.ts";
import { availableDatasets, datasetLine, scoreDataset } from "./datasets.ts";
import { exportCorpus, METRICS, scoreExport } from "./run.ts";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const writeDir = args.includes("--write-pred") ? args[args.indexOf("--write-pred") + 1] : undefined;

function writePred(name: string, exported: unknown): void {
  if (!writeDir) return;
  mkdirSync(writeDir, { recursive: true });
  writeFileSync(join(writeDir, `${name}.json`), JSON.stringify(exported, null, 1));
}

const pct = (x: number) => `${(100 * x).toFixed(1)}`.padStart(6);
for (const stored of FIXTURES) {
  if (only && stored.name !== only) continue;
  const fixture = prepareFixture(stored);
  loadGold(fixture.gold);
  const exported = await exportCorpus(fixture.corpus);
  writePred(fixture.name, exported);
  const report = scoreExport(exported, fixture.gold);
  console.log(`\n${fixture.name}: ${fixture.about}`);
  console.log("metric       precision  recall      F1    tp   fp   fn");
  for (const m of METRICS) {
    const s = report.metrics[m];
    console.log(
      `${m.padEnd(12)} ${pct(s.precision)}%  ${pct(s.recall)}%  ${pct(s.f1)}%  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`,
    );
  }
  if (verbose) {
    for (const [title, list] of Object.entries(report.detail)) {
      if (!Array.isArray(list) || !list.length || typeof list[0] !== "string") continue;
      console.log(`${title}:`);
      for (const x of list) console.log(`  - ${x}`);
    }
  }
}

if (!only || only === "polnear-train") await printPolnear(verbose);
const sets = availableDatasets().filter((d) => (only ? d.name === only : d.measured));
if (sets.length) console.log("\nthird-party datasets (F1 %, ../shared/eval scorers):");
for (const set of sets) {
  const exported = await exportCorpus(set.corpus);
  writePred(set.name, exported);
  const report = scoreDataset(set, exported, verbose);
  if (verbose && report.verbose) console.log(report.verbose);
  console.log(datasetLine(set, report));
}
