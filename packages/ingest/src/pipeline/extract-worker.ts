// One extraction thread: articles in, checked extractions (or the one-line reason they failed) out.
import { parentPort } from "node:worker_threads";
import type { Article } from "@deconflict/domain";
import { ReadError } from "../read/errors.ts";
import { extractChecked, loadExtractor } from "./extract-checked.ts";

export interface ExtractJob {
  id: number;
  article: Article;
}

export type ExtractReply =
  | { id: number; extraction: ReturnType<typeof extractChecked> }
  | { id: number; error: { message: string; readReason: ReadError["reason"] | null } };

const port = parentPort;
if (!port) throw new Error("extract-worker.ts runs in a worker thread");
const extract = await loadExtractor();
port.on("message", (job: ExtractJob) => {
  let reply: ExtractReply;
  try {
    reply = { id: job.id, extraction: extractChecked(job.article, extract) };
  } catch (e) {
    const readReason = e instanceof ReadError ? e.reason : null;
    reply = { id: job.id, error: { message: e instanceof Error ? e.message : String(e), readReason } };
  }
  port.postMessage(reply);
});
port.postMessage("ready");
