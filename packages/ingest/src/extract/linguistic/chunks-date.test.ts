import { describe, expect, test } from "vitest";
import { analyseSentence } from "./index.ts";

const chunks = (t: string) =>
  analyseSentence(t, { start: 0, end: t.length }).chunks.map((c) => t.slice(c.start, c.end));

describe("noun chunks", () => {
  test("a day and its month end the phrase they make, in all-caps copy", () => {
    expect(chunks("ON 4 MARCH UNIDENTIFIED MEN BURNED TWO TRUCKS.")).toEqual([
      "4 MARCH",
      "UNIDENTIFIED MEN",
      "TWO TRUCKS",
    ]);
  });
  test("a date is still one phrase", () => {
    expect(chunks("The talks resumed on 12 March 1990.")).toEqual(["The talks", "12 March 1990"]);
  });
});
