#!/usr/bin/env node
// `npm start`: create or open the database, ingest the sample corpus if it holds no articles, then build the
// dashboard when its build is missing or stale and serve it on http://localhost:3000.
//   node scripts/start.mjs [--no-serve]    (--no-serve: prepare the database only, then exit)
// The database is $DECONFLICT_DB (a path relative to the working folder, or a postgres:// URL), else $DATABASE_URL,
// else data/deconflict.db at the repo root: as the CLI resolves it.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const web = join(root, "apps/web");
const corpus = join(root, "corpus/at-tanf-2017");
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--no-serve");
if (unknown.length > 0) {
  console.error(`start: unknown option ${unknown[0]} (only --no-serve)`);
  process.exit(2);
}
const serve = !args.includes("--no-serve");

register();
const { resolveDbTarget } = await import("../packages/db/src/path.ts");
const { describeUrl, isPostgresUrl } = await import("../packages/db/src/url.ts");
let dbPath;
try {
  dbPath = resolveDbTarget(undefined, process.env);
} catch (e) {
  console.error(`start: ${e instanceof Error ? e.message : e}`);
  process.exit(2);
}
// Never the password of a URL in what is printed.
const shownDb = isPostgresUrl(dbPath) ? describeUrl(dbPath) : dbPath;

/** Runs a command to the end with inherited output; resolves with its exit code. */
function run(command, commandArgs, env = {}) {
  return new Promise((done) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("close", (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

/** How many articles the database holds (creating and migrating it if needed). */
async function storedSources() {
  const { openDb, closeDb } = await import("../packages/db/src/index.ts");
  const { sourceCount } = await import("../packages/db/src/queries/counts.ts");
  const db = await openDb(dbPath);
  try {
    return await sourceCount(db);
  } finally {
    closeDb(db);
  }
}

/** The newest modification time of any file under `path`, skipping build output and dependencies. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry === ".next" || entry.startsWith(".") || entry.startsWith("test")) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** The dashboard needs a build when there is none, or its sources (or the packages it reads) changed since. */
function buildIsStale() {
  const buildId = join(web, ".next/BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const inputs = [
    web,
    join(root, "packages/db/src"),
    join(root, "packages/domain/src"),
    join(root, "package-lock.json"),
  ];
  return inputs.some((p) => newestMtime(p) > built);
}

let sources;
try {
  sources = await storedSources();
} catch (e) {
  console.error(`start: cannot open the database ${shownDb}: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
if (sources === 0) {
  console.log(`start: ${shownDb} has no articles; ingesting the sample corpus ${corpus}`);
  const code = await run(process.execPath, [
    join(root, "packages/ingest/bin/deconflict.mjs"),
    "ingest",
    corpus,
    "--db",
    dbPath,
  ]);
  if (code !== 0) {
    console.error(`start: ingesting the sample corpus failed (exit ${code})`);
    process.exit(code);
  }
} else {
  console.log(`start: ${shownDb} holds ${sources} article(s); not ingesting the sample corpus`);
}
if (!serve) process.exit(0);

const webEnv = { DECONFLICT_DB: dbPath };
if (buildIsStale()) {
  console.log("start: building the dashboard (npm run build -w @deconflict/web)");
  const code = await run("npm", ["run", "build", "-w", "@deconflict/web"], webEnv);
  if (code !== 0) {
    console.error(`start: the dashboard build failed (exit ${code})`);
    process.exit(code);
  }
}
console.log("start: serving the dashboard on http://localhost:3000 (Ctrl-C to stop)");
// Its own process group, so stopping start.mjs stops npm, next and the server under them.
const server = spawn("npm", ["run", "start", "-w", "@deconflict/web"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, ...webEnv },
  detached: true,
});
const stopServer = (signal) => {
  try {
    process.kill(-server.pid, signal);
  } catch {
    // already gone
  }
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stopServer("SIGTERM"));
process.on("exit", () => stopServer("SIGTERM"));
server.on("close", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
