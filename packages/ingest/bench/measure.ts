// Running the CLI as a real process under /usr/bin/time: wall time, CPU seconds, peak RSS. Shared by the benches.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const CLI = fileURLToPath(new URL("../bin/deconflict.mjs", import.meta.url));
/** Node flags of the CLI's shebang (`#!/usr/bin/env -S node --flag`): the benches run it as `npx deconflict` would. */
export const CLI_NODE_FLAGS = (readFileSync(CLI, "utf8").split("\n", 1)[0] ?? "")
  .split(/\s+/)
  .filter((w) => /^--/.test(w));
const TIME = "/usr/bin/time";

export interface Measured {
  seconds: number;
  /** User + system CPU seconds of the CLI process: what the run costs, however busy the machine is. */
  cpuSeconds: number;
  peakRssMb: number;
  code: number | null;
  stderrTail: string;
}

/** Progress samples (CPU seconds of the CLI so far, sources stored) while an ingest runs. */
export type Samples = [number, number][];

/**
 * CPU seconds (user + system) used so far by the CLI: the child of /usr/bin/time, or the process itself. With
 * `mainThread`, only its main thread's (the writer's, when extraction runs in worker threads).
 */
export function cpuSecondsOf(pid: number, mainThread = false): number {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
    const target = children ? Number(children.split(" ")[0]) : pid;
    const stat = mainThread ? `/proc/${target}/task/${target}/stat` : `/proc/${target}/stat`;
    const fields = readFileSync(stat, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** Runs the CLI under /usr/bin/time for its peak RSS (when present), polling progress if asked. */
export async function measure(
  args: string[],
  onTick?: (cpuSeconds: number, mainThreadCpuSeconds: number) => Promise<void>,
  env: Record<string, string> = {},
  tickMs = 2000,
): Promise<Measured> {
  const rssFile = join(tmpdir(), `deconflict-rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const useTime = existsSync(TIME);
  const [cmd, argv] = useTime
    ? [TIME, ["-f", "%M %U %S", "-o", rssFile, process.execPath, ...CLI_NODE_FLAGS, CLI, ...args]]
    : [process.execPath, [...CLI_NODE_FLAGS, CLI, ...args]];
  const started = performance.now();
  const child = spawn(cmd, argv, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...env } });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (d: string) => {
    stderr = (stderr + d).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  let done = false;
  void exited.then(() => {
    done = true;
  });
  while (!done && onTick) {
    await new Promise((r) => setTimeout(r, tickMs));
    if (!done && child.pid) await onTick(cpuSecondsOf(child.pid), cpuSecondsOf(child.pid, true));
  }
  const code = await exited;
  const seconds = (performance.now() - started) / 1000;
  // /usr/bin/time's last line: "maxRSS-KB user-s system-s" (earlier lines may say the command failed).
  const timed = useTime && existsSync(rssFile) ? (readFileSync(rssFile, "utf8").trim().split("\n").at(-1) ?? "") : "";
  const [peakKb, user, system] = timed.split(" ").map(Number) as [number, number, number];
  return {
    seconds,
    cpuSeconds: user + system,
    peakRssMb: peakKb / 1024,
    code,
    stderrTail: stderr.split("\n").slice(-6).join("\n"),
  };
}
