import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import * as v from "valibot";
import { isoDayOf } from "./dates.ts";
import { describeErrno, type Failure } from "./errors.ts";

export const MANIFEST_NAME = "manifest.jsonl";

const optionalText = v.optional(v.nullable(v.pipe(v.string(), v.trim())));

/** One line of SPEC's manifest.jsonl: `file` is required, every other key optional. Unknown keys are ignored. */
export const ManifestLineSchema = v.object({
  file: v.pipe(v.string("file must be a string"), v.trim(), v.minLength(1, "file must not be empty")),
  outlet: optionalText,
  title: optionalText,
  url: optionalText,
  publishedAt: v.optional(
    v.nullable(
      v.pipe(
        v.string(),
        v.check((s) => isoDayOf(s) !== null, "publishedAt must be an ISO date such as 2017-06-08"),
        v.transform((s) => isoDayOf(s) as string),
      ),
    ),
  ),
});
export type ManifestLine = v.InferOutput<typeof ManifestLineSchema>;

export interface ManifestEntry extends ManifestLine {
  /** Absolute path of the file the line describes. */
  path: string;
  line: number;
}

export interface Manifest {
  path: string;
  folder: string;
  /** By absolute file path. */
  entries: Map<string, ManifestEntry>;
  /** Lines that could not be used, one failure each. */
  failures: Failure[];
}

/** True when `child` lies inside `folder` (after resolving `..`). */
export function isInside(folder: string, child: string): boolean {
  const rel = relative(folder, child);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}

/** Parses a manifest's text; every bad line becomes a failure naming its line number, the rest still count. */
export function parseManifest(manifestPath: string, text: string): Manifest {
  const folder = dirname(manifestPath);
  const entries = new Map<string, ManifestEntry>();
  const failures: Failure[] = [];
  const fail = (line: number, why: string) => failures.push({ path: manifestPath, reason: `line ${line}: ${why}` });
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      fail(line, `malformed manifest line, not JSON (${(e as Error).message})`);
      return;
    }
    if (typeof json !== "object" || json === null || Array.isArray(json)) {
      fail(line, 'malformed manifest line: expected a JSON object such as {"file":"a.txt"}');
      return;
    }
    if (!("file" in json)) {
      fail(line, 'malformed manifest line: no "file" key');
      return;
    }
    const parsed = v.safeParse(ManifestLineSchema, json);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const key = issue ? v.getDotPath(issue) : null;
      fail(line, `malformed manifest line: ${key ? `${key}: ` : ""}${issue?.message ?? "invalid"}`);
      return;
    }
    const path = resolve(folder, parsed.output.file);
    if (!isInside(folder, path)) {
      fail(line, `file "${parsed.output.file}" points outside the corpus folder ${folder}`);
      return;
    }
    if (entries.has(path)) {
      fail(line, `file "${parsed.output.file}" is listed twice (first on line ${entries.get(path)?.line})`);
      return;
    }
    entries.set(path, { ...parsed.output, path, line });
  });
  return { path: manifestPath, folder, entries, failures };
}

/** Reads and parses a manifest file; an unreadable manifest is one failure. */
export async function readManifest(manifestPath: string): Promise<Manifest> {
  const path = resolve(manifestPath);
  try {
    return parseManifest(path, await readFile(path, "utf8"));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      path,
      folder: dirname(path),
      entries: new Map(),
      failures: [{ path, reason: `unreadable manifest: ${code ? describeErrno(code) : String(e)}` }],
    };
  }
}
