// `npm run eval:pages [-- DIR]`: main-text token F1 and exact titles over a folder of pages (default: the fixtures).
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { scorePages } from "./page-score.ts";

const dir = resolve(process.argv[2] ?? fileURLToPath(new URL("../../fixtures/pages", import.meta.url)));
const report = scorePages(dir);
for (const p of report.pages) {
  const title = p.titleExact ? "title ok" : `title ${JSON.stringify(p.title)} ≠ ${JSON.stringify(p.expectedTitle)}`;
  process.stdout.write(`${p.f1.toFixed(1).padStart(6)}  ${p.name}  ${title}\n`);
}
process.stdout.write(
  `${report.pages.length} pages: main-text token F1 ${report.meanF1.toFixed(1)}, exact titles ${report.titleRate.toFixed(1)}%\n`,
);
