// `npm run eval` part for PolNeAR: the referee's summary line and its --by-kind breakdown (--verbose: every miss).
import { exportCorpus } from "../run.ts";
import { POLNEAR, polnearAvailable, runAttributionScorer } from "./polnear.ts";

export async function printPolnear(verbose: boolean): Promise<void> {
  console.log(`\n${POLNEAR.name}: ${POLNEAR.about}`);
  if (!polnearAvailable()) {
    console.log(`  skipped: ${POLNEAR.corpus} is not on this machine`);
    return;
  }
  const exported = await exportCorpus(POLNEAR.corpus);
  process.stdout.write(runAttributionScorer(exported, verbose ? ["--by-kind", "--verbose"] : ["--by-kind"]));
}
