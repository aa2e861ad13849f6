import { describe, expect, test } from "vitest";
import { actorPath } from "./actor-path.ts";
import { filterParams, parseActorKey, parseBucket, parseClaimParams, parseEventFilter } from "./params.ts";

describe("URL params", () => {
  describe("the actor filter", () => {
    test("takes an actor key and a role", () => {
      expect(parseEventFilter({ actor: "~eln rebels", role: "attacker" })).toEqual({
        value: { actor: "~eln rebels", actorRole: "attacker" },
        problems: [],
      });
    });
    test("drops a role without an actor, and a role that is not one, saying so", () => {
      expect(parseEventFilter({ role: "attacker" }).problems).toEqual(['Ignored role "attacker": it needs an actor.']);
      expect(parseEventFilter({ actor: "rsf", role: "bystander" }).problems[0]).toMatch(/^Ignored role "bystander"/);
    });
    test("goes back into a URL under the names it came from", () => {
      expect(filterParams({ actor: "rsf", actorRole: "target", kind: "airstrike" })).toEqual({
        actor: "rsf",
        role: "target",
        kind: "airstrike",
      });
    });
  });

  describe("the bucket", () => {
    test("is a month unless told week", () => {
      expect(parseBucket({})).toEqual({ value: "month", problems: [] });
      expect(parseBucket({ bucket: "week" }).value).toBe("week");
      expect(parseBucket({ bucket: "fortnight" })).toMatchObject({ value: "month", problems: [/^Ignored bucket/] });
    });
  });

  describe("actor keys in paths", () => {
    test("round-trip through the actor's path", () => {
      for (const key of ["russia", "~eln rebels", "site:displacement camp", "~al-shabaab's men"]) {
        const segment = actorPath(key).replace("/actors/", "");
        expect(parseActorKey(segment)).toBe(key);
        expect(parseActorKey(decodeURIComponent(segment))).toBe(key);
      }
    });
    test("refuse a broken escape, an empty key and an overlong one", () => {
      expect(parseActorKey("%E0%A4%A")).toBeNull();
      expect(parseActorKey("%20")).toBeNull();
      expect(parseActorKey("x".repeat(201))).toBeNull();
    });
  });
});

describe("claims explorer params", () => {
  test("keep a known claim kind", () => {
    expect(parseClaimParams({ claimKind: "belief" }).value).toMatchObject({ claimKind: "belief", page: 1 });
  });
  test("drop an unknown claim kind with one message", () => {
    const { value, problems } = parseClaimParams({ claimKind: "<script>" });
    expect(value.claimKind).toBeUndefined();
    expect(problems).toEqual(['Ignored claim kind "<script>": must be one of statement, belief, intention.']);
  });
});
