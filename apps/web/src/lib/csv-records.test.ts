import { describe, expect, test } from "vitest";
import { parseCsv } from "./csv-records.ts";

describe("parseCsv", () => {
  test("splits plain records", () => {
    expect(parseCsv("a,b\n1,2\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
  describe("quoted fields", () => {
    test("keep commas, newlines and doubled quotes", () => {
      expect(parseCsv('x,"a, ""b""\nc"\r\n')).toEqual([["x", 'a, "b"\nc']]);
    });
  });
});
