// npm run eval [-- --verbose] [-- --only name] [-- --write-pred dir]: scores every golden fixture.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, loadGold, prepareFixture } from "../../fixtures/index.ts";
import { printPolnear } from "./datasets/polnear-main.ts";
import { exportCorpus, METRICS, scoreExport } from "./run.ts";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const writeDir = args.includes("--write-pred") ? args[args.indexOf("--write-pred") + 1] : undefined;

const pct = (x: number) => `${(100 * x).toFixed(1)}`.padStart(6);
for (const stored of FIXTURES) {
  if (only && stored.name !== only) continue;
  const fixture = prepareFixture(stored);
  loadGold(fixture.gold);
  const exported = await exportCorpus(fixture.corpus);
  if (writeDir) {
    mkdirSync(writeDir, { recursive: true });
    writeFileSync(join(writeDir, `${fixture.name}.json`), JSON.stringify(exported, null, 1));
  }
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
