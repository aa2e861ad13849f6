// A real PostgreSQL for tests: the server CI started ($DECONFLICT_TEST_PG_URL), else a throwaway cluster of our
// own, so the PostgreSQL suites never skip silently. Each test gets a database of its own on that server.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export const PG_URL_ENV = "DECONFLICT_TEST_PG_URL";
/** Test databases are named t_<run>_<pid>_<n>: <run> is set once per test run by the global setup. */
export const RUN_ENV = "DECONFLICT_TEST_RUN";
export const testDbPrefix = (run: string) => `t\\_${run}\\_`;

function binDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, "bin", "initdb"))) return join(root, v, "bin");
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  if (which.status === 0) return which.stdout.trim().replace(/\/initdb$/, "");
  throw new Error(`no PostgreSQL found: install Debian's postgresql, or set ${PG_URL_ENV}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface PgCluster {
  url: string;
  dataDir: string;
  /** `pg_ctl` as the cluster's owner, e.g. ["restart", "-m", "immediate"]. */
  ctl(args: string[]): void;
  stop(): void;
}

/** initdb refuses root: as root the cluster belongs to the `postgres` user. */
function asOwner(cmd: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
}

/** Starts a throwaway cluster (trust auth, fsync off, 127.0.0.1 on a free port). */
export async function startCluster(): Promise<PgCluster> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), "deconflict-pg-"));
  chmodSync(dir, 0o777);
  const dataDir = join(dir, "data");
  const port = await freePort();
  const run = (cmd: string, args: string[]) => {
    const [c, a] = asOwner(join(bin, cmd), args);
    execFileSync(c, a, { stdio: ["ignore", "ignore", "pipe"], cwd: dir });
  };
  run("initdb", ["-A", "trust", "-U", "postgres", "--no-locale", "-E", "UTF8", "-D", dataDir]);
  const opts = `-c listen_addresses=127.0.0.1 -p ${port} -c fsync=off -c unix_socket_directories=${dir}`;
  const ctl = (args: string[]) => run("pg_ctl", ["-D", dataDir, "-l", join(dir, "log"), "-o", opts, "-w", ...args]);
  ctl(["start"]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir,
    ctl,
    stop() {
      try {
        ctl(["stop", "-m", "fast"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The server to test on: $DECONFLICT_TEST_PG_URL, set by CI or by the suites' global setup. */
export function testServerUrl(): string {
  const url = process.env[PG_URL_ENV];
  if (!url) throw new Error(`${PG_URL_ENV} is not set: run the suite through vitest (its global setup starts one)`);
  return url;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

let counter = 0;

/** A new empty database on the test server; its URL, and a drop that removes it. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = testServerUrl();
  const run = process.env[RUN_ENV] ?? "x";
  const name = `t_${run}_${process.pid}_${counter++}`; // see testDbPrefix
  await admin(server, (c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    url: withDatabase(server, name),
    drop: () => admin(server, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}
