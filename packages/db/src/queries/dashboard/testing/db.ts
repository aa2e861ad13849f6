import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeDb, type Db, openDb } from "../../../client.ts";
import { seedWorld } from "./seed.ts";
import { SAMPLE_WORLD } from "./world.ts";

/** A real SQLite file seeded with the sample world; call the returned cleanup when done. */
export async function sampleDb(): Promise<{ db: Db; ids: Awaited<ReturnType<typeof seedWorld>>; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "deconflict-dash-"));
  const db = await openDb(join(dir, "test.db"));
  const ids = await seedWorld(db, SAMPLE_WORLD);
  return {
    db,
    ids,
    cleanup: () => {
      closeDb(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
