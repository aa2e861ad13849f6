import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { describeErrno, type Failure } from "../read/errors.ts";

export interface UrlList {
  urls: string[];
  failures: Failure[];
}

/** One URL a line; blank lines and `#` comments (whole-line or trailing) are skipped. */
export function parseUrlList(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
    .filter((line) => line !== "");
}

/** Reads a --urls file; an unreadable one is one failure. */
export async function readUrlList(path: string): Promise<UrlList> {
  const full = resolve(path);
  try {
    return { urls: parseUrlList(await readFile(full, "utf8")), failures: [] };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      urls: [],
      failures: [{ path: full, reason: `unreadable URL list: ${code ? describeErrno(code) : String(e)}` }],
    };
  }
}
