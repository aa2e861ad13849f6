import type { Article, Extraction } from "@deconflict/domain";
import { EXTRACTOR_VERSION } from "./version.ts";

export { EXTRACTOR_VERSION };

/** Article in, domain objects with provenance out. Never throws; every span lies inside `text`. */
export function extractArticle(article: Article): Extraction {
  return {
    extractorVersion: EXTRACTOR_VERSION,
    text: article.text,
    title: article.title,
    byline: null,
    publishedAt: article.publishedAt,
    mentions: [],
    claims: [],
  };
}
