import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "@deconflict/domain";
import * as v from "valibot";

const ManifestLine = v.object({
  file: v.string(),
  outlet: v.optional(v.nullable(v.string())),
  publishedAt: v.optional(v.nullable(v.pipe(v.string(), v.isoDate()))),
  url: v.optional(v.nullable(v.string())),
  title: v.optional(v.nullable(v.string())),
});

export interface CorpusFile {
  file: string;
  article: Article;
}

/** A corpus folder (.txt/.md files and an optional manifest.jsonl) as articles, in file-name order. */
export function readCorpus(dir: string): CorpusFile[] {
  const manifest = new Map<string, v.InferOutput<typeof ManifestLine>>();
  try {
    for (const line of readFileSync(join(dir, "manifest.jsonl"), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const entry = v.parse(ManifestLine, JSON.parse(line));
      manifest.set(entry.file, entry);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  return readdirSync(dir)
    .filter((f) => /\.(?:txt|md)$/.test(f))
    .sort()
    .map((file) => {
      const m = manifest.get(file);
      return {
        file,
        article: {
          title: m?.title ?? null,
          outlet: m?.outlet ?? null,
          url: m?.url ?? null,
          publishedAt: m?.publishedAt ?? null,
          text: readFileSync(join(dir, file), "utf8"),
        },
      };
    });
}
