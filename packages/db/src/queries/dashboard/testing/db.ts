import { afterAll, beforeAll } from "vitest";
import type { Db } from "../../../client.ts";
import { tempDb } from "../../../testing/index.ts";
import { type SeedWorld, seedWorld } from "./seed.ts";
import { SAMPLE_WORLD } from "./world.ts";

type SeededIds = Awaited<ReturnType<typeof seedWorld>>;

/** A real SQLite file seeded with a world (the sample one by default); call the returned cleanup when done. */
export async function sampleDb(
  world: SeedWorld = SAMPLE_WORLD,
): Promise<{ db: Db; ids: SeededIds; cleanup: () => void }> {
  const { db, cleanup } = await tempDb();
  return { db, ids: await seedWorld(db, world), cleanup };
}

/** One seeded database for the whole test file: read `world.db` and `world.ids` inside tests. */
export function useSampleDb(seed: SeedWorld = SAMPLE_WORLD): { db: Db; ids: SeededIds } {
  const world = {} as { db: Db; ids: SeededIds };
  let cleanup = () => {};
  beforeAll(async () => {
    const s = await sampleDb(seed);
    world.db = s.db;
    world.ids = s.ids;
    cleanup = s.cleanup;
  });
  afterAll(() => cleanup());
  return world;
}
