import { describe, expect, test } from "vitest";
import { findDates } from "./find-dates.ts";

// 2017-05-18 was a Thursday.
const THURSDAY = "2017-05-18";
const first = (text: string, ref: string | null = THURSDAY) => findDates(text, ref)[0]?.date ?? null;

describe("findDates", () => {
  describe("weekdays", () => {
    test("the same day in a story of that day", () =>
      expect(first("struck forces Thursday")).toEqual({ value: "2017-05-18", precision: "day" }));
    test("the most recent such day, not the next", () =>
      expect(first("on Tuesday bombed")).toEqual({ value: "2017-05-16", precision: "day" }));
    test("with a time of day", () => expect(first("headed there Wednesday night")?.value).toBe("2017-05-17"));
    test("after a time zone", () => expect(first("at about midnight EST Thursday when")?.value).toBe("2017-05-18"));
    test("in lower case", () => expect(first("on tuesday’s strike")?.value).toBe("2017-05-16"));
  });
  describe("months", () => {
    test("last month", () => expect(first("a strike last month")).toEqual({ value: "2017-04", precision: "month" }));
    test("a month without a year is the most recent one", () =>
      expect(first("carried out in April in")).toEqual({ value: "2017-04", precision: "month" }));
    test("a later month is last year's", () => expect(first("in September the base fell")?.value).toBe("2016-09"));
    test("in June last year", () =>
      expect(first("And in June last year, warplanes bombed")).toEqual({ value: "2016-06", precision: "month" }));
  });
  describe("days", () => {
    test("On May 18", () =>
      expect(first("On May 18, forces struck")).toEqual({ value: "2017-05-18", precision: "day" }));
    test("a full date", () =>
      expect(first("on 3 March 2022 they struck")).toEqual({ value: "2022-03-03", precision: "day" }));
    test("the modal verb may is not a month", () => expect(findDates("they may be lulled", THURSDAY)).toEqual([]));
    test("in the day is not a date", () => expect(findDates("earlier in the day", THURSDAY)).toEqual([]));
  });
  describe("without a publication date", () => {
    test("only absolute dates resolve", () => {
      expect(first("on Tuesday", null)).toBeNull();
      expect(first("last month", null)).toBeNull();
      expect(first("on June 7, 2017", null)).toEqual({ value: "2017-06-07", precision: "day" });
    });
  });
  test("offsets point at the expression", () => {
    const text = "Coalition jets struck on Tuesday.";
    const [hit] = findDates(text, THURSDAY);
    expect(hit && text.slice(hit.start, hit.end)).toMatch(/Tuesday/);
  });
});
