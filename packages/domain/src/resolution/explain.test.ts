import { describe, expect, test } from "vitest";
import { explainJoin } from "./explain.ts";
import type { JoinReason } from "./join-reason.ts";

const reason = (over: Partial<JoinReason> = {}): JoinReason => ({
  with: "abc:0000",
  rule: "place",
  place: { relation: "same", km: null },
  target: "unknown",
  toll: "unknown",
  sameKind: true,
  ...over,
});

describe("explainJoin", () => {
  test("says which fields agreed", () =>
    expect(explainJoin(reason({ target: "same", toll: "agree" }), "day")).toBe(
      "joined: same day, same attacker, same place, same target, tolls agree",
    ));
  test("gives the distance between near places", () =>
    expect(explainJoin(reason({ place: { relation: "near", km: 3 } }), "day")).toBe(
      "joined: same day, same attacker, places 3 km apart",
    ));
  test("says when a telling joined only as the one compatible event", () =>
    expect(explainJoin(reason({ rule: "unambiguous", place: { relation: "unknown", km: null } }), "month")).toBe(
      "joined: same month, same attacker, the only compatible event that month",
    ));
  test("names a rising toll", () =>
    expect(explainJoin(reason({ toll: "differs" }), "day")).toContain("tolls differ (a rising toll)"));
});
