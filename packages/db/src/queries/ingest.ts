// Writing articles: store, dedup, resolve to events, keep events in step, re-extract.
export { canonKeyOf, type EventChanges, insertExtraction } from "./insert-extraction.ts";
export { refreshEvent } from "./refresh-event.ts";
export { removeExtractions } from "./remove-extractions.ts";
export {
  countToReextract,
  replaceExtraction,
  type StoredArticle,
  sourcesToReextract,
} from "./replace-extraction.ts";
export { type BlockOutcome, createEvent, type IncomingMention, resolveBlock } from "./resolve-block.ts";
export { reresolveBlocks, settleEvents } from "./settle-events.ts";
export {
  type SourceMeta,
  type StoreResult,
  type StoreSourceInput,
  type StoreStatus,
  sourceIdByHash,
  storeSource,
  storeSources,
} from "./store-source.ts";
