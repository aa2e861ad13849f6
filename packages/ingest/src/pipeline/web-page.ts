import type { Db } from "@deconflict/db";
import { type StoreStatus, saveValidators } from "@deconflict/db/queries";
import { type Failure, failureOf, ReadError } from "../read/errors.ts";
import type { ReadArticle } from "../read/read-article.ts";
import { type PageFallback, readWebPage } from "../read/web-page.ts";
import type { Fetcher, Validators } from "../web/fetcher.ts";
import { asDatabaseError } from "./database-error.ts";
import { ingestFile } from "./ingest-paths.ts";

/** One page to fetch: its URL, what a feed said about it, and the validators of the copy already stored. */
export interface PageTask {
  url: string;
  fallback: PageFallback;
  conditional: Validators | null;
}

export type Fetched =
  | { kind: "unchanged" }
  | { kind: "page"; read: ReadArticle; validators: Validators }
  | { kind: "failed"; failure: Failure; transient: boolean };

/** Fetches and reads one page; never throws (the result goes through a fetch-ahead queue). */
export async function fetchPage(fetcher: Fetcher, task: PageTask): Promise<Fetched> {
  try {
    const response = await fetcher.get(task.url, task.conditional);
    if (response.kind === "not-modified") return { kind: "unchanged" };
    const read = readWebPage({ url: task.url, body: response.body, contentType: response.contentType }, task.fallback);
    return { kind: "page", read, validators: response.validators };
  } catch (e) {
    return { kind: "failed", failure: failureOf(task.url, e), transient: isTransient(e) };
  }
}

/** A failure worth retrying on the next poll: a timeout, a network error or a server error, not a 404 or a PDF. */
function isTransient(e: unknown): boolean {
  if (!(e instanceof ReadError) || e.reason !== "fetch-failed") return false;
  return !/^HTTP 4\d\d|redirect/.test(e.message);
}

/** Stores a fetched page through the one store path (dedup, replace, resolution), then keeps its validators. */
export async function storePage(
  db: Db,
  url: string,
  fetched: Extract<Fetched, { kind: "page" }>,
  dbPath: string | undefined,
): Promise<{ status: StoreStatus } | Failure> {
  const outcome = await ingestFile(db, { path: url, read: async () => fetched.read }, { dbPath });
  if ("reason" in outcome) return outcome;
  try {
    await saveValidators(db, { url, ...fetched.validators, checkedAt: new Date().toISOString() });
  } catch (e) {
    throw asDatabaseError(e, dbPath ?? "") ?? e;
  }
  return outcome;
}
