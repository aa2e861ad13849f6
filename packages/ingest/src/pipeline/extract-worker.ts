// One extraction thread: files' bytes in (parsed here: HTML parsing is as costly as storing), articles with their
// checked extractions (or the one-line reason they failed) out.
import { parentPort } from "node:worker_threads";
import type { Article } from "@deconflict/domain";
import { ReadError } from "../read/errors.ts";
import type { ManifestLine } from "../read/manifest.ts";
import { type FileBytes, parseArticleBytes } from "../read/read-article.ts";
import { extractChecked, loadExtractor } from "./extract-checked.ts";

export interface ExtractJob {
  id: number;
  file: FileBytes;
  manifest: ManifestLine | undefined;
}

export type ExtractReply =
  | { id: number; article: Article; byline: string | null; extraction: ReturnType<typeof extractChecked> }
  | { id: number; error: { message: string; readReason: ReadError["reason"] | null } };

const port = parentPort;
if (!port) throw new Error("extract-worker.ts runs in a worker thread");
const extract = await loadExtractor();
port.on("message", async (job: ExtractJob) => {
  let reply: ExtractReply;
  try {
    const { article, byline } = await parseArticleBytes(job.file, job.manifest);
    reply = { id: job.id, article, byline, extraction: extractChecked(article, extract) };
  } catch (e) {
    const readReason = e instanceof ReadError ? e.reason : null;
    reply = { id: job.id, error: { message: e instanceof Error ? e.message : String(e), readReason } };
  }
  // As JSON text: posting a string and parsing it costs about half of what cloning the object graph does, and the
  // parsing happens on the writer's thread, which every article waits on.
  port.postMessage(JSON.stringify(reply));
});
port.postMessage("ready");
