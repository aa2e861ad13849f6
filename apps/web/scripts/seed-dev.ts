// Dev only: writes the hand-made sample world into a fresh database, for working on pages without the CLI.
// Usage: npx tsx scripts/seed-dev.ts /tmp/dev.db   (the At Tanf sample, plus located strikes in four countries)
import { existsSync, rmSync } from "node:fs";
import { closeDb, openDb } from "@deconflict/db";
import { GEO_WORLD } from "../../../packages/db/src/queries/dashboard/testing/geo-world.ts";
import { seedWorld } from "../../../packages/db/src/queries/dashboard/testing/seed.ts";
import { SAMPLE_WORLD } from "../../../packages/db/src/queries/dashboard/testing/world.ts";

const path = process.argv[2];
if (!path) throw new Error("usage: seed-dev.ts <db path>");
for (const suffix of ["", "-wal", "-shm"]) if (existsSync(path + suffix)) rmSync(path + suffix);
const db = await openDb(path);
await seedWorld(db, SAMPLE_WORLD);
await seedWorld(db, GEO_WORLD);
closeDb(db);
console.log(`seeded ${path}`);
