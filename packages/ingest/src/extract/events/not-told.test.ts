import { describe, expect, test } from "vitest";
import { toldAsNoAttack } from "./not-told.ts";

const at = (lower: string, word: string, dated = false) => {
  const i = lower.indexOf(word);
  return toldAsNoAttack(lower, i, i + word.length, dated);
};

describe("toldAsNoAttack", () => {
  test("an accident is no attack", () => {
    expect(at("five fighters were killed in an accidental explosion at their depot", "explosion")).toBe(true);
    expect(at("the mine went off accidentally, killing its maker", "off")).toBe(true);
  });
  test("an attack that went wrong is still one", () => {
    expect(at("a bomb detonated prematurely as the assailants were planting it", "detonated")).toBe(false);
  });
  test("a clash over an issue is an argument", () =>
    expect(at("the two ministers clashed over the budget", "clashed")).toBe(true));
  test("attacks in a general list or under a generic predicate", () => {
    expect(at("robberies, kidnappings and extortion are commonplace", "kidnappings")).toBe(true);
    expect(at("there were arrests, murders and disappearances", "murders")).toBe(true);
    expect(at("assassinations are all too common", "assassinations")).toBe(true);
  });
  test("a dated or determined plural is particular", () => {
    expect(at("airstrikes and artillery strikes hit the town on tuesday", "airstrikes", true)).toBe(false);
    expect(at("the kidnappings and murders of last week shocked the town", "kidnappings")).toBe(false);
  });
  test("an attack told plainly is one", () => {
    expect(at("gunmen attacked a checkpoint", "attacked")).toBe(false);
    expect(at("troops clashed with rebels near the border", "clashed")).toBe(false);
    expect(at("soldiers killed four farmers by mistake", "killed")).toBe(false);
  });
});
