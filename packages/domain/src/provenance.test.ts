import * as v from "valibot";
import { describe, expect, test } from "vitest";
import { SpanSchema, spanInside } from "./provenance.ts";

describe("provenance", () => {
  test("a span must not end before it starts", () => {
    expect(v.is(SpanSchema, { start: 4, end: 2 })).toBe(false);
    expect(v.is(SpanSchema, { start: 2, end: 4 })).toBe(true);
  });
  test("spanInside knows the text's bounds", () => {
    expect(spanInside({ start: 0, end: 5 }, "hello")).toBe(true);
    expect(spanInside({ start: 0, end: 6 }, "hello")).toBe(false);
  });
});
