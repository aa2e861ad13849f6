import type { MapEvent } from "@deconflict/db/queries/dashboard";
import { describe, expect, test } from "vitest";
import { packEvents, unpackEvents } from "./pack.ts";

const event = (id: number, over: Partial<MapEvent> = {}): MapEvent => ({
  id,
  lat: 49.99,
  lon: 36.23,
  precision: "place",
  kind: "drone-strike",
  date: "2024-03-04",
  location: "Kharkiv",
  attacker: "Russian forces",
  attackerKey: "russia",
  target: null,
  targetKey: null,
  grade: "fair",
  killed: { low: 3, high: 4 },
  wounded: null,
  ...over,
});

describe("packed map events", () => {
  test("come back exactly as they went, nulls and open ranges included", () => {
    const events = [
      event(1),
      event(2, { target: "civilians", targetKey: "~civilians", wounded: { low: 12, high: null }, killed: null }),
      event(3, { date: null, location: null, precision: null, attacker: null, attackerKey: null }),
    ];
    expect(unpackEvents(packEvents(events))).toEqual(events);
  });
  test("share each string once", () => {
    const packed = packEvents([event(1), event(2), event(3)]);
    expect(packed.strings.filter((s) => s === "Russian forces")).toHaveLength(1);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify([event(1), event(2), event(3)]).length / 2);
  });
});
