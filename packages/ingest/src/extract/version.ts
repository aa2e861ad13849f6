/** Bumped whenever extraction output can change, so `deconflict reextract` knows what is stale. */
export const EXTRACTOR_VERSION = "0.5.3";
