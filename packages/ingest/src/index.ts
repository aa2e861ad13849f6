export { EXTRACTOR_VERSION, extractArticle } from "./extract/index.ts";
