import { describe, expect, test } from "vitest";
import { findActors } from "./match-actors.ts";

const actors = (text: string, lowerMode = false) =>
  findActors(text.toLowerCase(), text, lowerMode).map((a) => [text.slice(a.start, a.end), a.entry.key]);

describe("findActors", () => {
  test("prefers the longest alias: a US-led coalition is not the US", () => {
    expect(actors("the U.S.-led anti-ISIS coalition struck")).toEqual([
      ["U.S.-led anti-ISIS coalition", "us-coalition"],
    ]);
  });
  test("anti-X is not X", () =>
    expect(actors("anti-government forces attacked")).toEqual([["anti-government forces", "syria-opposition"]]));
  test("X-backed is not X", () => expect(actors("USA -backed rebels")).toEqual([["rebels", "militants"]]));
  test("a bare country after 'in' is a place", () => expect(actors("fighting in Ukraine")).toEqual([]));
  test("joins a specific name with a generic one", () => {
    expect(actors("Al-Shabaab militants attacked")).toEqual([["Al-Shabaab militants", "al-shabaab"]]);
  });
  describe("the short names US and IS", () => {
    test("count in capitals", () =>
      expect(actors("a significant IS attack on US troops").map((a) => a[1])).toEqual(["isis", "us-coalition"]));
    test("are English words in lower case", () => expect(actors("it is a threat to us", false)).toEqual([]));
    test("need context in a lower-cased article", () => {
      expect(actors("a significant is attack on the base", true)).toEqual([["is", "isis"]]);
      expect(actors("the us agreed, but it is a threat to us", true)).toEqual([["us", "us-coalition"]]);
    });
  });
});
