import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Db } from "../client.ts";
import { events } from "../schema/index.ts";
import { tempDb } from "../testing/index.ts";
import { runWithOne, updateById } from "./hand-sql.ts";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
});
afterEach(() => cleanup());

const newEvent = async () => {
  const [row] = await db
    .insert(events)
    .values({ kind: "airstrike", kindClass: "strike", grade: "single-source" })
    .returning({ id: events.id });
  return row?.id as number;
};

describe("updateById", () => {
  test("sets what drizzle's update sets, booleans and nulls included, and leaves undefined keys alone", async () => {
    const [a, b] = [await newEvent(), await newEvent()];
    const values = { location: "Hama", placeDisputed: true, lat: 35.1, attackerKey: null, sourceCount: 3 };
    await db.update(events).set(values).where(eq(events.id, a));
    await updateById(db, events, b, { ...values, grade: undefined });
    const [ra, rb] = await db.select().from(events).orderBy(events.id);
    expect(rb).toEqual({ ...ra, id: b });
    expect(rb).toMatchObject({ placeDisputed: true, grade: "single-source", location: "Hama" });
  });

  test("touches only the row with the id", async () => {
    const [a, b] = [await newEvent(), await newEvent()];
    await updateById(db, events, a, { location: "Idlib" });
    const rows = await db.select({ id: events.id, location: events.location }).from(events).orderBy(events.id);
    expect(rows).toEqual([
      { id: a, location: "Idlib" },
      { id: b, location: null },
    ]);
  });
});

describe("runWithOne", () => {
  test("binds the one value to every placeholder", async () => {
    const id = await newEvent();
    const [row] = await runWithOne(db, `SELECT count(*) AS n FROM "events" WHERE "id" = ? AND "id" = ?`, id);
    expect(Number(row?.n)).toBe(1);
  });
});
