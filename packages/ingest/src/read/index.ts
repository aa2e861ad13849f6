export { isoDayOf } from "./dates.ts";
export { decodeText } from "./decode.ts";
export { describeErrno, type Failure, failureOf, ReadError, type ReadReason } from "./errors.ts";
export { type HtmlArticle, htmlToArticle } from "./html/html.ts";
export {
  isInside,
  MANIFEST_NAME,
  type Manifest,
  type ManifestEntry,
  type ManifestLine,
  ManifestLineSchema,
  parseManifest,
  readManifest,
} from "./manifest.ts";
export { type MarkdownArticle, markdownToArticle } from "./markdown.ts";
export { isArticleFile, type Plan, type PlannedFile, type PlanOptions, planInputs } from "./plan.ts";
export {
  ARTICLE_EXTENSIONS,
  DEFAULT_MAX_BYTES,
  formatBytes,
  type ReadArticle,
  type ReadOptions,
  readArticleFile,
} from "./read-article.ts";
