import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";

// Shared by the e2e global setup and the page benchmark: build once, serve on a free loopback port.
export const WEB = resolve(import.meta.dirname, "../..");
export const REPO = resolve(WEB, "../..");
// What the built app depends on: a change to any of it makes `.next` stale.
const BUILD_INPUTS = [
  join(WEB, "src"),
  join(REPO, "packages/db/src"),
  join(REPO, "packages/domain/src"),
  join(WEB, "next.config.ts"),
  join(WEB, "tailwind.config.ts"),
  join(WEB, "package.json"),
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    // Tests are not part of the build, and other people's test edits should not force one.
    if (/\.test(-d)?\.tsx?$/.test(entry)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function buildIfStale(): void {
  const built = join(WEB, ".next/BUILD_ID");
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  if (builtAt > Math.max(...BUILD_INPUTS.map(newestMtime))) return;
  console.log("[e2e] building the web app (next build)…");
  execFileSync(process.execPath, [join(REPO, "node_modules/next/dist/bin/next"), "build", "--webpack"], {
    cwd: WEB,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? ok(address.port) : fail(new Error("no port"))));
    });
  });
}

/** Starts `next start` on a free loopback port and waits until it answers. */
export async function startServer(dbPath: string): Promise<{ baseUrl: string; server: ChildProcess }> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [join(REPO, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    { cwd: WEB, env: { ...process.env, DECONFLICT_DB: dbPath, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "pipe" },
  );
  let log = "";
  server.stdout?.on("data", (d) => {
    log += d;
  });
  server.stderr?.on("data", (d) => {
    log += d;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited:\n${log}`);
    try {
      const r = await fetch(`${baseUrl}/not-a-page`);
      if (r.status > 0) return { baseUrl, server };
    } catch {
      await new Promise((ok) => setTimeout(ok, 250));
    }
  }
  server.kill();
  throw new Error(`next start did not answer within 60 s:\n${log}`);
}
