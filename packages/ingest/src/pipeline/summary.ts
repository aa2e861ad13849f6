import type { IngestSummary } from "./ingest-paths.ts";

export function emptySummary(): IngestSummary {
  return { ingested: 0, unchanged: 0, replaced: 0, duplicate: 0, failed: [], total: 0, interrupted: false };
}

/** Two runs' counts as one: files, then web sources. */
export function mergedSummary(a: IngestSummary, b: IngestSummary): IngestSummary {
  return {
    ingested: a.ingested + b.ingested,
    unchanged: a.unchanged + b.unchanged,
    replaced: a.replaced + b.replaced,
    duplicate: a.duplicate + b.duplicate,
    failed: [...a.failed, ...b.failed],
    total: a.total + b.total,
    interrupted: a.interrupted || b.interrupted,
  };
}
