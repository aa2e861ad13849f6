import * as v from "valibot";

export const IsoDaySchema = v.pipe(v.string(), v.isoDate());

/** An ingested article. The text is the cleaned text every span points into. */
export const SourceSchema = v.object({
  id: v.string(),
  contentHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  title: v.nullable(v.string()),
  outlet: v.nullable(v.string()),
  url: v.nullable(v.string()),
  byline: v.nullable(v.string()),
  publishedAt: v.nullable(IsoDaySchema),
  text: v.string(),
  originPath: v.string(),
});
export type Source = v.InferOutput<typeof SourceSchema>;

/** What a reader hands the extractor: the article before it is stored. */
export const ArticleSchema = v.object({
  title: v.nullable(v.string()),
  outlet: v.nullable(v.string()),
  url: v.nullable(v.string()),
  publishedAt: v.nullable(IsoDaySchema),
  text: v.string(),
});
export type Article = v.InferOutput<typeof ArticleSchema>;
