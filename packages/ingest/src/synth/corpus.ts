import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { drawIncident, type Incident } from "./incident.ts";
import { type FileFormat, renderFile } from "./layout.ts";
import { createRng, deriveSeed } from "./prng.ts";
import { pickOutlets, writeReport } from "./report.ts";

export interface CorpusOptions {
  seed: number;
  /** How many article files to write. */
  count: number;
  outDir: string;
  /** Where to write the ground truth (file → incident), outside the corpus folder; omitted by default. */
  truthFile?: string;
}

export interface CorpusSummary {
  files: number;
  incidents: number;
  /** Total bytes of article files (the raw text size). */
  bytes: number;
  /** Files that are byte-identical reprints of an earlier file (wire copy under another outlet). */
  reprints: number;
}

interface ManifestLine {
  file: string;
  outlet?: string;
  publishedAt?: string;
  url?: string;
  title?: string;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}

/** Writes `count` articles and their `manifest.jsonl`, streaming: one incident in memory at a time. */
export function generateCorpus(options: CorpusOptions): CorpusSummary {
  const { seed, count, outDir } = options;
  mkdirSync(outDir, { recursive: true });
  const manifest = openSync(join(outDir, "manifest.jsonl"), "w");
  const truth = options.truthFile ? openSync(options.truthFile, "w") : null;
  const summary: CorpusSummary = { files: 0, incidents: 0, bytes: 0, reprints: 0 };
  let lastBody: { body: string; format: FileFormat } | null = null;
  try {
    for (let n = 0; summary.files < count; n++) {
      const incident: Incident = drawIncident(createRng(deriveSeed(seed, "incident", n)), n);
      summary.incidents++;
      const rng = createRng(deriveSeed(seed, "reports", n));
      for (const outlet of pickOutlets(rng, incident)) {
        if (summary.files >= count) break;
        const report = writeReport(rng, incident, outlet);
        const format = rng.weighted([
          ["txt", 70],
          ["html", 18],
          ["md", 12],
        ] as const);
        const name = `${String(summary.files).padStart(6, "0")}_${slug(report.title)}`;
        const url = `https://${slug(outlet)}.example/${incident.date.slice(0, 7)}/${slug(report.title)}`;
        // Now and then a wire story is reprinted word for word under another name.
        const reprint: boolean = lastBody !== null && rng.chance(0.01);
        const chosen: { body: string; format: FileFormat } =
          reprint && lastBody ? lastBody : { body: renderFile(rng, report, format, url), format };
        const file = `${name}.${chosen.format}`;
        writeFileSync(join(outDir, file), chosen.body);
        const line: ManifestLine = { file };
        if (rng.chance(0.85)) line.outlet = outlet;
        if (rng.chance(0.85)) line.publishedAt = report.publishedAt;
        if (rng.chance(0.5)) line.url = url;
        if (rng.chance(0.2)) line.title = report.title;
        writeSync(manifest, `${JSON.stringify(line)}\n`);
        if (truth) writeSync(truth, `${JSON.stringify({ file, incident: incident.id, reprint })}\n`);
        summary.files++;
        summary.bytes += Buffer.byteLength(chosen.body);
        if (reprint) summary.reprints++;
        lastBody = chosen;
      }
    }
  } finally {
    closeSync(manifest);
    if (truth) closeSync(truth);
  }
  return summary;
}
