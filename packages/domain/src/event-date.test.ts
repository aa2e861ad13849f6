import * as v from "valibot";
import { describe, expect, test } from "vitest";
import { dayDate, EventDateSchema } from "./event-date.ts";

describe("event date", () => {
  test("pairs each precision with its shape", () => {
    expect(v.is(EventDateSchema, { value: "2017-05-18", precision: "day" })).toBe(true);
    expect(v.is(EventDateSchema, { value: "2017-04", precision: "month" })).toBe(true);
    expect(v.is(EventDateSchema, { value: "2016", precision: "year" })).toBe(true);
  });
  test("rejects a precision the value does not have", () => {
    expect(v.is(EventDateSchema, { value: "2017-04", precision: "day" })).toBe(false);
    expect(v.is(EventDateSchema, { value: "May 18", precision: "day" })).toBe(false);
  });
  test("dayDate cuts a timestamp to its day", () => {
    expect(dayDate("2017-06-08T12:00:00Z")).toEqual({ value: "2017-06-08", precision: "day" });
  });
});
