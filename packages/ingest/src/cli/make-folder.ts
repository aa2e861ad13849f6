import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Creates a folder and its missing parents, one level at a time. Node 20's `mkdirSync(..., { recursive: true })`
 * can spin forever where a parent exists but the child cannot be made (e.g. under /proc).
 */
export function makeFolder(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeFolder(parent);
  mkdirSync(dir);
}
