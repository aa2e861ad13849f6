import type { ExportV1 } from "@deconflict/domain";
import { runCli } from "./cli.ts";
import { integrity, type SourceShape, sourceShapes } from "./inspect.ts";

export interface Reference {
  /** Wall time of the uninterrupted ingest, ms. */
  ms: number;
  shapes: Map<string, SourceShape>;
  exportJson: string;
  export: ExportV1;
}

/** The JSON export of a database, as the CLI prints it. */
export async function exportOf(dbPath: string): Promise<{ json: string; parsed: ExportV1 }> {
  const r = await runCli(["export", "--format", "json", "--db", dbPath]);
  if (r.code !== 0) throw new Error(`export failed (${r.code}): ${r.stderr}`);
  return { json: r.stdout, parsed: JSON.parse(r.stdout) as ExportV1 };
}

/** An uninterrupted ingest of `inputs` into a fresh database: what every faulted run must end up equal to. */
export async function referenceRun(inputs: readonly string[], dbPath: string): Promise<Reference> {
  const r = await runCli(["ingest", ...inputs, "--db", dbPath]);
  if (r.code !== 0) throw new Error(`reference ingest failed (${r.code}): ${r.stderr}`);
  const ok = await integrity(dbPath);
  if (ok !== "ok") throw new Error(`reference database not intact: ${ok}`);
  const exp = await exportOf(dbPath);
  return { ms: r.ms, shapes: await sourceShapes(dbPath), exportJson: exp.json, export: exp.parsed };
}
