import { describe, expect, test } from "vitest";
import { notUsed } from "./instrument-use.ts";

const weapon = (lower: string, text: string) => notUsed(lower, lower.indexOf(text), text);

describe("notUsed", () => {
  test("arms seized or traded were not the attack's", () => {
    expect(weapon("troops seized two assault rifles and a radio", "assault rifles")).toBe(true);
    expect(weapon("police found a cache of explosives", "explosives")).toBe(true);
    expect(weapon("accused of smuggling grenades", "grenades")).toBe(true);
  });
  test("a bare class word says nothing of what was used", () =>
    expect(weapon("gunmen with weapons attacked", "weapons")).toBe(true));
  test("a weapon used is kept", () => {
    expect(weapon("rebels attacked the post with mortars", "mortars")).toBe(false);
    expect(weapon("a bomb was found and defused", "bomb")).toBe(false);
  });
});
