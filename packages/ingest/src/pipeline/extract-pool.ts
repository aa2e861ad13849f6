import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Extraction } from "@deconflict/domain";
import { ReadError } from "../read/errors.ts";
import type { ManifestLine } from "../read/manifest.ts";
import type { FileBytes, ReadArticle } from "../read/read-article.ts";
import type { ExtractJob, ExtractReply } from "./extract-worker.ts";

const ENTRY = new URL("./extract-worker.mjs", import.meta.url);

/** `--workers` when not given: one extraction thread per core. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** An extraction thread died (out of memory, a native crash): the run stops, it is not one article's fault. */
export class ExtractPoolError extends Error {
  override readonly name = "ExtractPoolError";
}

/** A file parsed and extracted in a thread. */
export interface ExtractedFile {
  read: ReadArticle;
  extraction: Extraction;
}

interface Pending {
  file: FileBytes;
  resolve(x: ExtractedFile): void;
  reject(e: unknown): void;
}

/**
 * Extraction threads, each with its own copy of the extractor. Jobs go to the thread with the fewest in flight;
 * results come back as promises, so the caller decides the order they are used in (article order, for the writer).
 */
export class ExtractPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(ENTRY);
      const slot = { worker, busy: 0 };
      worker.on("message", (raw: string) => {
        if (raw === "ready") return;
        const m = JSON.parse(raw) as ExtractReply;
        slot.busy--;
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (!p) return;
        if ("extraction" in m)
          p.resolve({ read: { ...p.file, article: m.article, byline: m.byline }, extraction: m.extraction });
        else if (m.error.readReason) p.reject(new ReadError(m.error.readReason, m.error.message));
        else p.reject(new Error(m.error.message));
      });
      // A thread that dies (out of memory, a crash in the extractor) fails the run, not silently its articles.
      worker.on("error", (e) => this.fail(new ExtractPoolError(`an extraction thread failed: ${e.message}`)));
      worker.on("exit", (code) => {
        if (code !== 0 && !this.failure)
          this.fail(new ExtractPoolError(`an extraction thread exited with code ${code}`));
      });
      this.workers.push(slot);
    }
  }

  private fail(e: Error): void {
    this.failure = e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  /** Parses a file's bytes and extracts the article, in the least busy thread. */
  extract(file: FileBytes, manifest: ManifestLine | undefined): Promise<ExtractedFile> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    const job: ExtractJob = { id, file, manifest };
    return new Promise<ExtractedFile>((resolve, reject) => {
      this.pending.set(id, { file, resolve, reject });
      slot.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    this.fail(new Error("the extraction pool is closed"));
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
