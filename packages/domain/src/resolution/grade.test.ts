import { describe, expect, test } from "vitest";
import { corroborationGrade } from "./grade.ts";

describe("corroborationGrade", () => {
  test("one outlet is single-source", () => expect(corroborationGrade(1, false)).toBe("single-source"));
  test("two independent outlets are fair", () => expect(corroborationGrade(2, false)).toBe("fair"));
  test("three or more are confirmed", () => expect(corroborationGrade(5, false)).toBe("confirmed"));
  test("a contesting claim makes it contested whatever the count", () =>
    expect(corroborationGrade(4, true)).toBe("contested"));
});
