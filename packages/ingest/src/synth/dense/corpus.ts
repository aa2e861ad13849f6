import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { createRng, deriveSeed } from "../prng.ts";
import { type DenseIncident, drawDenseDay } from "./incident.ts";
import { type DenseReport, writeDenseReport, writeRetelling } from "./report.ts";
import { DENSE_THEATRES, type DenseTheatre } from "./theatres.ts";

export interface DenseCorpusOptions {
  seed: number;
  /** Days per theatre; theatres take turns, one day each. */
  days: number;
  outDir: string;
  /** Stop after this many files (the bench's 100,000); all days' files otherwise. */
  maxFiles?: number;
  /** Where to write the gold annotation (SPEC gold format, as the fixtures' gold), outside the corpus. */
  goldFile?: string;
  theatres?: readonly DenseTheatre[];
  /** Incidents per theatre-day, [min, max]. */
  perDay?: readonly [number, number];
}

export interface DenseCorpusSummary {
  files: number;
  incidents: number;
  retellings: number;
}

interface GoldEvent {
  id: string;
  kind: string;
  date: string;
  attacker: string[];
  target: string[];
  location: string[];
  sources: string[];
  forces: never[];
  casualties: { kind: "killed" | "wounded"; count: { low: number; high: number } }[];
}

const bare = (phrase: string) => phrase.toLowerCase().replace(/^(?:an?|the) /, "");

function goldEvent(inc: DenseIncident): GoldEvent {
  const casualties: GoldEvent["casualties"] = [];
  if (inc.killed > 0) casualties.push({ kind: "killed", count: { low: inc.killed, high: inc.killed + inc.laterDead } });
  if (inc.wounded > 0) casualties.push({ kind: "wounded", count: { low: inc.wounded, high: inc.wounded } });
  return {
    id: inc.id,
    kind: inc.kind,
    date: inc.date,
    attacker: [...inc.theatre.attacker.aliases],
    target: inc.target.phrases.map(bare),
    location: [inc.town.toLowerCase()],
    sources: [],
    forces: [],
    casualties,
  };
}

function render(r: DenseReport): string {
  return [r.title, "", ...r.paragraphs.flatMap((p) => [p, ""])].join("\n");
}

/**
 * Writes a dense-war corpus: per theatre-day 30-80 strikes by one side on towns near each other, each told by
 * one to three outlets in their own words, some retold two or three days later with a risen toll. Streams its files;
 * only the gold (when asked for) is held in memory.
 */
export function generateDenseCorpus(options: DenseCorpusOptions): DenseCorpusSummary {
  const theatres = options.theatres ?? DENSE_THEATRES;
  mkdirSync(options.outDir, { recursive: true });
  const manifest = openSync(join(options.outDir, "manifest.jsonl"), "w");
  const summary: DenseCorpusSummary = { files: 0, incidents: 0, retellings: 0 };
  const gold = options.goldFile
    ? { sources: [] as { file: string; publishedAt: string }[], events: [] as GoldEvent[] }
    : null;
  const claims: { source: string; speaker: string[]; speakerKind: string; text: string; stance: "asserts" }[] = [];
  const full = () => options.maxFiles !== undefined && summary.files >= options.maxFiles;
  const write = (r: DenseReport, inc: DenseIncident, event: GoldEvent | null) => {
    const file = `${inc.theatre.key}_${String(summary.files).padStart(6, "0")}.txt`;
    writeFileSync(join(options.outDir, file), render(r));
    writeSync(manifest, `${JSON.stringify({ file, outlet: r.outlet, publishedAt: r.publishedAt, title: r.title })}\n`);
    summary.files++;
    if (!gold || !event) return;
    gold.sources.push({ file, publishedAt: r.publishedAt });
    event.sources.push(file);
    for (const c of r.claims) {
      const speaker = c.speaker.toLowerCase();
      claims.push({
        source: file,
        speaker: [...new Set([speaker, bare(speaker)])],
        speakerKind: c.speakerKind,
        text: c.text,
        stance: "asserts",
      });
    }
  };
  try {
    for (let day = 0; day < options.days && !full(); day++) {
      for (const theatre of theatres) {
        const rng = createRng(deriveSeed(options.seed, "dense", theatre.key, day));
        for (const inc of drawDenseDay(rng, theatre, day, options.perDay)) {
          if (full()) break;
          summary.incidents++;
          const event = gold ? goldEvent(inc) : null;
          if (event) gold?.events.push(event);
          const n = rng.weighted([
            [1, 4],
            [2, 4],
            [3, 2],
          ] as const);
          for (const outlet of rng.sample(theatre.outlets, n))
            if (!full()) write(writeDenseReport(rng, inc, outlet), inc, event);
          if (inc.killed > 0 && rng.chance(0.15) && !full()) {
            write(writeRetelling(rng, inc, rng.pick(theatre.outlets)), inc, event);
            summary.retellings++;
          }
        }
      }
    }
  } finally {
    closeSync(manifest);
  }
  if (gold && options.goldFile) {
    const doc = { corpus: "dense-synth", version: 1, sources: gold.sources, events: gold.events, claims };
    writeFileSync(options.goldFile, `${JSON.stringify(doc, null, 1)}\n`);
  }
  return summary;
}
