import { resolve } from "node:path";
import type { Db } from "@deconflict/db";
import { isoDayOf } from "../read/dates.ts";
import { type Failure, failureOf } from "../read/errors.ts";
import { DEFAULT_MAX_BYTES, formatBytes } from "../read/read-article.ts";
import { readWebPage } from "../read/web-page.ts";
import { parseHttpResponse, type WarcRecord, warcRecords } from "../web/warc.ts";
import { asDatabaseError } from "./database-error.ts";
import { type IngestOptions, type IngestSummary, ingestFile } from "./ingest-paths.ts";
import { yieldToEventLoop } from "./yield.ts";

const HTML = /^(text\/html|application\/xhtml\+xml)\b/i;

/** True for the records that can hold a page: HTTP responses and stored resources. */
function isCandidate(headers: Map<string, string>): boolean {
  const type = headers.get("warc-type")?.toLowerCase();
  const content = headers.get("content-type") ?? "";
  return (type === "response" && /application\/http/i.test(content)) || (type === "resource" && HTML.test(content));
}

/**
 * Each HTML response (status 200) or HTML resource record of a WARC file becomes an article, under its target URI
 * with the WARC-Date as a fallback publication date. Images, scripts, redirects and other records are skipped.
 */
export async function ingestWarc(
  db: Db,
  path: string,
  options: Pick<IngestOptions, "maxBytes" | "dbPath" | "signal" | "onProgress">,
  summary: IngestSummary,
  fail: (failure: Failure) => void,
): Promise<void> {
  const file = resolve(path);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const label = (r: WarcRecord) => `${file} record ${r.index}${r.targetUri ? ` (${r.targetUri})` : ""}`;
  try {
    for await (const record of warcRecords(file, { maxBytes, wanted: isCandidate })) {
      if (options.signal?.aborted) {
        summary.interrupted = true;
        return;
      }
      const page = pageOf(record, maxBytes);
      if (page === null) continue;
      summary.total++;
      const outcome =
        "reason" in page
          ? { path: label(record), reason: page.reason }
          : await ingestFile(
              db,
              { path: page.url, read: async () => readWebPage(page, { publishedAt: page.date }) },
              options,
            );
      if ("reason" in outcome) fail({ path: label(record), reason: outcome.reason });
      else summary[outcome.status]++;
      options.onProgress?.({
        done: summary.total,
        total: summary.total,
        path: label(record),
        status: "reason" in outcome ? "failed" : outcome.status,
      });
      await yieldToEventLoop();
    }
  } catch (e) {
    const fatal = asDatabaseError(e, options.dbPath ?? "");
    if (fatal) throw fatal;
    fail(failureOf(file, e));
  }
}

type ArchivedPage = { url: string; body: Buffer; contentType: string | null; date: string | null };

/** The page a record holds; null for records that hold none (not HTML, not a 200); a reason for a broken one. */
function pageOf(record: WarcRecord, maxBytes: number): ArchivedPage | { reason: string } | null {
  if (!record.targetUri || (record.type !== "response" && record.type !== "resource")) return null;
  if (record.block === null) {
    return record.length > maxBytes && record.type === "resource"
      ? { reason: `record is ${formatBytes(record.length)}, over the ${formatBytes(maxBytes)} limit (--max-bytes)` }
      : null;
  }
  const date = isoDayOf(record.date);
  if (record.type === "resource")
    return { url: record.targetUri, body: record.block, contentType: record.contentType, date };
  try {
    const http = parseHttpResponse(record.block, maxBytes);
    const contentType = http.headers.get("content-type") ?? null;
    if (http.status !== 200 || !HTML.test(contentType ?? "")) return null;
    return { url: record.targetUri, body: http.body, contentType, date };
  } catch (e) {
    return { reason: (e as Error).message };
  }
}
