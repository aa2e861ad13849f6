import { describe, expect, test } from "vitest";
import { describesGroupless, groupCore, withGroupOf } from "./attacker-group.ts";

describe("attackers and the group they belong to", () => {
  describe("a description that names no group", () => {
    test("bare, counted, or with a country's adjective", () => {
      expect(describesGroupless("guerrillas")).toBe(true);
      expect(describesGroupless("SEVERAL URBAN GUERRILLAS")).toBe(true);
      expect(describesGroupless("Colombian rebels")).toBe(true);
    });
    test("not a phrase that names the group, nor a state force", () => {
      expect(describesGroupless("Red Dawn guerrillas")).toBe(false);
      expect(describesGroupless("soldiers")).toBe(false);
    });
  });
  test("a group's name without the noun for its members", () => {
    expect(groupCore("the PFK urban commandos")).toBe("PFK urban");
    expect(groupCore("Red Dawn guerrillas")).toBe("Red Dawn");
    expect(groupCore("the recent Peruvian Red Dawn guerrillas")).toBe("Red Dawn");
    expect(groupCore("SEVERAL RED DAWN FIGHTERS")).toBe("RED DAWN");
  });
  test("the description with the group's name, under the group's key", () => {
    const group = { key: "~red dawn", name: "Red Dawn guerrillas", side: null };
    expect(withGroupOf({ key: "~rebels", name: "rebels", side: null }, group)).toEqual({
      key: "~red dawn",
      name: "rebels of the Red Dawn",
      side: null,
    });
  });
});
