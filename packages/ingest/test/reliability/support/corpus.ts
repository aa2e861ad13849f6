import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus } from "../../../src/synth/corpus.ts";

/** A temp folder removed by `cleanup()`; tests call it in afterAll. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `deconflict-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A synthetic corpus folder of `count` articles, seeded. */
export function synthCorpus(parent: string, seed: number, count: number): string {
  const dir = join(parent, `synth-${seed}-${count}`);
  generateCorpus({ seed, count, outDir: dir });
  return dir;
}
