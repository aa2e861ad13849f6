import { describe, expect, test } from "vitest";
import { periodBounds } from "./period.ts";

describe("period bounds", () => {
  test("a month runs from its first to its last day, leap years included", () => {
    expect(periodBounds("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(periodBounds("2023-12")).toEqual({ from: "2023-12-01", to: "2023-12-31" });
  });
  test("a week runs from its Monday to the Sunday, across a month's end", () => {
    expect(periodBounds("2024-02-26")).toEqual({ from: "2024-02-26", to: "2024-03-03" });
  });
});
