import { describe, expect, test } from "vitest";
import { formatCasualties, formatDate, formatPeriod, formatRange } from "./format.ts";

describe("formatDate", () => {
  test("keeps a date-only day on its day whatever the zone", () => {
    expect(formatDate("2017-05-18")).toBe("18 May 2017");
    expect(formatDate("2017-01-01")).toBe("1 Jan 2017");
  });
  test("formats month and year precision", () => {
    expect(formatDate("2017-06")).toBe("Jun 2017");
    expect(formatDate("2016")).toBe("2016");
  });
  test("says so when the date is unknown", () => {
    expect(formatDate(null)).toBe("date unknown");
  });
});

describe("formatRange", () => {
  test("writes exact, ranged, open and unknown counts", () => {
    expect(formatRange({ low: 10, high: 10 })).toBe("10");
    expect(formatRange({ low: 5, high: 20 })).toBe("5–20");
    expect(formatRange({ low: 60, high: null })).toBe("60+");
    expect(formatRange(null)).toBe("unknown");
  });
});

describe("formatPeriod", () => {
  test("names a month, and a week by its Monday", () => {
    expect(formatPeriod("2017-05", "month")).toBe("May 2017");
    expect(formatPeriod("2017-05-15", "week")).toBe("Week of 15 May 2017");
  });
});

describe("formatCasualties", () => {
  test("joins killed and wounded ranges, or says nothing", () => {
    expect(formatCasualties({ low: 3, high: 4 }, { low: 12, high: 12 })).toBe("3–4 killed, 12 wounded");
    expect(formatCasualties(null, { low: 1, high: null })).toBe("1+ wounded");
    expect(formatCasualties(null, null)).toBeNull();
  });
});
