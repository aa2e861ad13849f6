import { describe, expect, test } from "vitest";
import { blockKey } from "./block.ts";

const day = { value: "2024-05-14", precision: "day" as const };
const month = { value: "2024-05", precision: "month" as const };

describe("blockKey", () => {
  test("is kind class, attacker and day", () =>
    expect(blockKey({ kind: "drone-strike", date: day, attackerKey: "russia", location: "Lyman" })).toBe(
      "air|russia|2024-05-14",
    ));
  test("puts a missile and a drone strike of one day in one block, and artillery in another", () => {
    const missile = blockKey({ kind: "missile-strike", date: day, attackerKey: "russia", location: null });
    expect(blockKey({ kind: "drone-strike", date: day, attackerKey: "russia", location: "Lyman" })).toBe(missile);
    expect(blockKey({ kind: "artillery-strike", date: day, attackerKey: "russia", location: null })).not.toBe(missile);
  });
  test("gives a vague date a block per place", () => {
    expect(blockKey({ kind: "airstrike", date: month, attackerKey: "russia", location: "the town of Lyman" })).toBe(
      "air|russia|2024-05|lyman",
    );
    expect(blockKey({ kind: "airstrike", date: month, attackerKey: "russia", location: null })).toBeNull();
  });
  test("is null without an attacker or a date", () => {
    expect(blockKey({ kind: "airstrike", date: null, attackerKey: "russia", location: "Lyman" })).toBeNull();
    expect(blockKey({ kind: "airstrike", date: day, attackerKey: null, location: "Lyman" })).toBeNull();
  });
});
