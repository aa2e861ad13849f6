// Writing articles: store, dedup, resolve to events, keep events in step, re-extract.
export { addToEvents, type EventAddition } from "./add-to-events.ts";
export { insertExtraction } from "./insert-extraction.ts";
export { refreshEvent } from "./refresh-event.ts";
export { removeExtractions } from "./remove-extractions.ts";
export {
  countToReextract,
  replaceExtraction,
  type StoredArticle,
  sourcesToReextract,
} from "./replace-extraction.ts";
export { createEvent, findSameEvent, resolveEvent } from "./resolve-event.ts";
export {
  refreshEvents,
  type SourceMeta,
  type StoreResult,
  type StoreSourceInput,
  type StoreStatus,
  sourceIdByHash,
  storeSource,
} from "./store-source.ts";
