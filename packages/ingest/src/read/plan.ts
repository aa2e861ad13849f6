import { type Dirent, realpathSync } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { describeErrno, type Failure } from "./errors.ts";
import { isInside, MANIFEST_NAME, type Manifest, type ManifestEntry, readManifest } from "./manifest.ts";
import { ARTICLE_EXTENSIONS } from "./read-article.ts";

export interface PlannedFile {
  /** Absolute path. */
  path: string;
  manifest?: ManifestEntry | undefined;
}

export interface Plan {
  files: PlannedFile[];
  failures: Failure[];
}

export interface PlanOptions {
  /** An explicit manifest: its metadata beats a folder's own manifest.jsonl. */
  manifest?: string | undefined;
}

// Folders no corpus lives in.
const SKIP_DIRS = new Set(["node_modules", ".git", ".next", ".turbo"]);

export function isArticleFile(path: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/**
 * The files an ingest will read, in order, with their manifest lines; and every input that is already known to be bad.
 * Folders are walked recursively; symlinked folders are followed once each (by real path), so loops end.
 */
export async function planInputs(paths: readonly string[], options: PlanOptions = {}): Promise<Plan> {
  const files = new Map<string, PlannedFile>();
  const failures: Failure[] = [];
  const visitedDirs = new Set<string>();
  const folderManifests: Manifest[] = [];
  const explicit = options.manifest ? await readManifest(options.manifest) : null;
  if (explicit) failures.push(...explicit.failures);

  const entryFor = (path: string): ManifestEntry | undefined => {
    const fromExplicit = explicit?.entries.get(path);
    if (fromExplicit) return fromExplicit;
    for (const m of folderManifests) {
      const entry = m.entries.get(path);
      if (entry) return entry;
    }
    return undefined;
  };
  const addFile = (path: string) => {
    if (!files.has(path)) files.set(path, { path });
  };

  async function walk(dir: string): Promise<void> {
    let real: string;
    let dirents: Dirent[];
    try {
      real = await realpath(dir);
      if (visitedDirs.has(real)) return;
      visitedDirs.add(real);
      dirents = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      failures.push({ path: dir, reason: `unreadable folder: ${errnoWords(e)}` });
      return;
    }
    dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (dirents.some((d) => d.name === MANIFEST_NAME)) {
      const manifest = await readManifest(join(dir, MANIFEST_NAME));
      failures.push(...manifest.failures);
      folderManifests.push(manifest);
    }
    for (const d of dirents) {
      if (d.name.startsWith(".") || d.name === MANIFEST_NAME) continue;
      const path = join(dir, d.name);
      let isDir = d.isDirectory();
      let isFile = d.isFile();
      if (d.isSymbolicLink()) {
        try {
          const s = await stat(path);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch (e) {
          if (isArticleFile(path))
            failures.push({ path, reason: `unreadable: ${errnoWords(e)} (broken symbolic link?)` });
          continue;
        }
      }
      if (isDir && !SKIP_DIRS.has(d.name)) await walk(path);
      else if (isFile && isArticleFile(path)) addFile(path);
    }
  }

  for (const input of paths) {
    const path = resolve(input);
    try {
      const s = await stat(path);
      if (s.isDirectory()) await walk(path);
      else if (basename(path) === MANIFEST_NAME) folderManifests.push(await readManifestInto(path, failures));
      else addFile(path);
    } catch (e) {
      failures.push({ path, reason: `unreadable: ${errnoWords(e)}` });
    }
  }

  // Manifest lines must name files that exist inside their folder; a walked folder's listed files are all read.
  const manifests = explicit ? [explicit, ...folderManifests] : folderManifests;
  for (const manifest of manifests) {
    const ingestAll = manifest !== explicit || paths.length === 0;
    const realFolder = safeRealpath(manifest.folder);
    for (const entry of manifest.entries.values()) {
      const real = safeRealpath(entry.path);
      if (real === null) {
        failures.push({ path: entry.path, reason: `missing file: listed on line ${entry.line} of ${manifest.path}` });
        files.delete(entry.path);
      } else if (realFolder !== null && !isInside(realFolder, real)) {
        failures.push({
          path: entry.path,
          reason: `outside the corpus folder: line ${entry.line} of ${manifest.path} resolves to ${real}`,
        });
        files.delete(entry.path);
      } else if (ingestAll) {
        addFile(entry.path);
      }
    }
  }
  const planned = [...files.values()].map((f) => ({ path: f.path, manifest: entryFor(f.path) }));
  return { files: planned, failures };
}

async function readManifestInto(path: string, failures: Failure[]): Promise<Manifest> {
  const manifest = await readManifest(path);
  failures.push(...manifest.failures);
  return manifest;
}

function safeRealpath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

function errnoWords(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code ? describeErrno(code) : String(e);
}
