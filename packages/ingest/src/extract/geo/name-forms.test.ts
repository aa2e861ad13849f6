import { describe, expect, test } from "vitest";
import { nameForms } from "./name-forms.ts";

describe("nameForms", () => {
  test.each([
    ["Anbar province", "region", ["Anbar"]],
    ["the Gaza Strip", undefined, []],
    ["Syria's", undefined, []],
    ["northern Syria", undefined, ["Syria"]],
    ["Bogota airport", "place", ["Bogota"]],
    ["eastern Donetsk region", "region", ["eastern Donetsk", "Donetsk region"]],
    ["Kabul.", undefined, []],
  ])("%s", (name, want, fallbacks) => {
    const forms = nameForms(name, undefined);
    expect(forms.want).toBe(want);
    expect(forms.fallbacks).toEqual(fallbacks);
  });
  test("the frame's own wish wins", () => {
    expect(nameForms("Anbar province", "place").want).toBe("place");
  });
});
