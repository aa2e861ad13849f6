import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function ok(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
}

/** Can this process mount a tmpfs? (root with CAP_SYS_ADMIN; not in most CI containers.) */
export function canMountTmpfs(): boolean {
  const dir = mkdtempSync(join(tmpdir(), "deconflict-probe-"));
  try {
    if (!ok("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir])) return false;
    ok("umount", [dir]);
    return true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A tiny tmpfs at `dir` of `size` (e.g. "1m"); returns its unmount. */
export function mountTmpfs(dir: string, size: string): () => void {
  mkdirSync(dir, { recursive: true });
  if (!ok("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir]))
    throw new Error(`cannot mount tmpfs at ${dir}`);
  return () => {
    ok("umount", ["-l", dir]);
  };
}

/** Makes paths immutable with chattr +i (stops root too); returns the undo, or null when chattr is refused. */
export function makeImmutable(paths: string[]): (() => void) | null {
  if (!ok("chattr", ["+i", ...paths])) {
    ok("chattr", ["-i", ...paths]);
    return null;
  }
  return () => {
    ok("chattr", ["-i", ...paths]);
  };
}

/** A read-only bind mount of `dir` at `at`; returns its unmount, or null when not permitted. */
export function readOnlyBind(dir: string, at: string): (() => void) | null {
  mkdirSync(at, { recursive: true });
  if (!ok("mount", ["--bind", dir, at])) return null;
  if (!ok("mount", ["-o", "remount,bind,ro", at])) {
    ok("umount", [at]);
    return null;
  }
  return () => {
    ok("umount", ["-l", at]);
  };
}
