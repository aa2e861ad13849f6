import { isoDay } from "./absolute.ts";

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseIsoDay(iso: string | null): Ymd | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function toIso(d: Ymd): string {
  return isoDay(d.y, d.m, d.d);
}

function utc(d: Ymd): number {
  return Date.UTC(d.y, d.m - 1, d.d);
}

function fromUtc(t: number): Ymd {
  const x = new Date(t);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
}

export function addDaysYmd(d: Ymd, days: number): Ymd {
  return fromUtc(utc(d) + days * 86_400_000);
}

/** The most recent given weekday (0 = Sunday) on or before the reference day; strictly before when `before`. */
export function recentWeekday(ref: Ymd, weekday: number, before: boolean): Ymd {
  const today = new Date(utc(ref)).getUTCDay();
  let back = (today - weekday + 7) % 7;
  if (back === 0 && before) back = 7;
  return addDaysYmd(ref, -back);
}

/** The next given weekday after the reference day. */
export function nextWeekday(ref: Ymd, weekday: number): Ymd {
  const today = new Date(utc(ref)).getUTCDay();
  const ahead = (weekday - today + 7) % 7 || 7;
  return addDaysYmd(ref, ahead);
}

/** A month stated without a year lies in the past of a news story: this year, or last year if still to come. */
export function recentYearForMonth(ref: Ymd, month: number): number {
  return month > ref.m ? ref.y - 1 : ref.y;
}

/** A day and month stated without a year: the latest such day not more than two days after the reference. */
export function recentYearForDay(ref: Ymd, month: number, day: number): number {
  const slack = addDaysYmd(ref, 2);
  return month > slack.m || (month === slack.m && day > slack.d) ? slack.y - 1 : slack.y;
}
