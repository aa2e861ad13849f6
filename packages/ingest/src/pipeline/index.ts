export { asDatabaseError, DatabaseError } from "./database-error.ts";
export { type Extractor, extractChecked, loadExtractor } from "./extract-checked.ts";
export {
  type IngestOptions,
  type IngestProgress,
  type IngestSummary,
  ingestFile,
  ingestPaths,
  metaOf,
} from "./ingest-paths.ts";
export { type ReextractOptions, type ReextractSummary, reextractSources } from "./reextract.ts";
