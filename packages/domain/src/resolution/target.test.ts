import { describe, expect, test } from "vitest";
import { compareTargets, siteClass } from "./target.ts";

const site = (name: string) => ({ key: `site:${name}`, name, side: null });
const actor = (key: string, side: string | null = key) => ({ key, name: key, side });

describe("targets", () => {
  test("a school is not a convoy", () =>
    expect(compareTargets(site("a school"), site("a convoy"))).toBe("contradicts"));
  test("two names of one kind of site agree", () =>
    expect(compareTargets(site("the central market"), site("a market"))).toBe("same"));
  test("the first known word decides", () => {
    expect(siteClass("fuel depot")).toBe("fuel");
    expect(siteClass("power station")).toBe("energy");
    expect(siteClass("railway station")).toBe("transport");
  });
  test("a site nobody classed contradicts nothing", () =>
    expect(compareTargets(site("the outskirts"), site("a school"))).toBe("compatible"));
  test("actors of different sides contradict", () =>
    expect(compareTargets(actor("isis"), actor("syria-gov"))).toBe("contradicts"));
  test("two names of one side agree", () =>
    expect(compareTargets(actor("iran-militias", "syria-gov"), actor("syria-gov"))).toBe("compatible"));
  test("a site against an actor, or civilians, rules nothing out", () => {
    expect(compareTargets(site("a school"), actor("ukraine"))).toBe("compatible");
    expect(compareTargets(actor("civilians", null), actor("hezbollah"))).toBe("compatible");
  });
  test("no target is unknown", () => expect(compareTargets(null, site("a school"))).toBe("unknown"));
});
