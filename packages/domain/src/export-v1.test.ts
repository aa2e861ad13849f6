import * as v from "valibot";
import { describe, expect, test } from "vitest";
import { ExportV1Schema } from "./export-v1.ts";

const minimal = {
  version: 1,
  sources: [{ id: "s1", file: "a.txt", title: null, outlet: "CNN", publishedAt: "2017-06-08" }],
  events: [
    {
      id: "e1",
      kind: "airstrike",
      date: "2017-06",
      location: "At Tanf",
      attacker: "US-led coalition",
      target: "pro-regime forces",
      sources: ["s1"],
      forces: [{ category: "tank", status: "damaged", count: { low: 1, high: 1 } }],
      casualties: [{ kind: "killed", count: null }],
    },
  ],
  claims: [
    {
      source: "s1",
      speaker: "coalition",
      speakerKind: "official-statement",
      text: "…",
      stance: "asserts",
      event: "e1",
    },
  ],
};

describe("export v1", () => {
  test("accepts SPEC's shape", () => {
    expect(v.safeParse(ExportV1Schema, minimal).success).toBe(true);
  });
  test("rejects keys SPEC does not define", () => {
    expect(v.safeParse(ExportV1Schema, { ...minimal, extra: true }).success).toBe(false);
  });
  test("takes claimKind as an optional field, from its vocabulary only", () => {
    const withKind = structuredClone(minimal);
    (withKind.claims[0] as Record<string, unknown>).claimKind = "belief";
    expect(v.safeParse(ExportV1Schema, withKind).success).toBe(true);
    (withKind.claims[0] as Record<string, unknown>).claimKind = "rumour";
    expect(v.safeParse(ExportV1Schema, withKind).success).toBe(false);
  });
  test("rejects a category outside the vocabulary", () => {
    const bad = structuredClone(minimal);
    (bad.events[0] as { forces: { category: string }[] }).forces[0] = { category: "boat" } as never;
    expect(v.safeParse(ExportV1Schema, bad).success).toBe(false);
  });
});
