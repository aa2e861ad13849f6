import type { EventDate } from "@deconflict/domain";
import * as chrono from "chrono-node";
import {
  addDaysYmd,
  nextWeekday,
  parseIsoDay,
  recentWeekday,
  recentYearForDay,
  recentYearForMonth,
  toIso,
  type Ymd,
} from "./relative.ts";

/** A date expression in a piece of text, resolved against the publication day. */
export interface DateHit {
  start: number;
  end: number;
  date: EventDate;
}

// Cheap gate: chrono only runs on text that could hold a date.
const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const WEEKDAY_NAME = "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|satur|sun)day";
// Where a date could be: chrono (the costly part) only reads a window around each of these.
const MAYBE_DATE = new RegExp(
  `\\b(?:${MONTH}\\b|${WEEKDAY_NAME}|may\\s+\\d|(?:in|of|early|late|mid-?|since|until|end of)\\s+may\\b|yesterday|today|tonight|overnight|last night|(?:last|this|next|past|earlier this|later this)\\s+(?:month|year|${WEEKDAY_NAME}|${MONTH})|(?:19|20)\\d\\d\\b|\\d{1,2}\\/\\d{1,2}|\\d{4}-\\d{2}-\\d{2})`,
  "gi",
);
const WINDOW = 40;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY = /\b(sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\b/i;
const WEEK_RELATIVE = /\b(?:week|weekend|fortnight|hours?|minutes?)\b/i;
const RELATIVE_WORD = /\b(?:last|this|next|ago|yesterday|today|tonight|tomorrow|earlier|later|past|coming)\b/i;
const YEAR_ONLY = /\b(?:in|during|throughout|early|late|mid-?)\s+((?:19|20)\d\d)\b/gi;
// "Overnight" in a morning story is the night just ended: the publication day; "last night" the day before.
const OVERNIGHT = /\b(?:overnight|last night)\b/gi;
const MAX_CHARS = 1200;
// What a real date expression holds; chrono also reads "in the day" or "the same day" as dates.
const MEANINGFUL =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat)[a-z]*\b|\b(?:yesterday|today|tonight|tomorrow|midnight)\b|\b(?:last|this|next|past)\s+(?:month|year)\b/i;

/**
 * Every date expression in `text` resolved against `publishedAt` (ISO day or null), with its precision.
 * Weekdays go to the most recent such day (the same day included); months without a year to the most
 * recent such month. Without a publication date only absolute dates resolve. Never throws.
 */
export function findDates(text: string, publishedAt: string | null): DateHit[] {
  const s = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const windows = dateWindows(s);
  if (!windows.length) return [];
  const ref = parseIsoDay(publishedAt);
  const hits: DateHit[] = [];
  const instant = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  for (const w of windows) {
    let results: chrono.ParsedResult[] = [];
    try {
      results = chrono.parse(s.slice(w.start, w.end), { instant, timezone: 0 });
    } catch {
      results = [];
    }
    for (const r of results) {
      const hit = resolveResult(s, r, ref, w.start);
      if (hit && !hits.some((h) => h.start < hit.end && hit.start < h.end)) hits.push(hit);
    }
  }
  addYearOnly(s, hits);
  if (ref) addOvernight(s, ref, hits);
  return hits.sort((a, b) => a.start - b.start);
}

function resolveResult(s: string, r: chrono.ParsedResult, ref: Ymd | null, offset: number): DateHit | null {
  const c = r.start;
  const matched = r.text;
  const start = r.index + offset;
  const end = start + matched.length;
  if (WEEK_RELATIVE.test(matched) && !c.isCertain("weekday")) return null;
  if (!MEANINGFUL.test(matched)) return null;
  if (
    /^(?:in |on |of )?may$/i.test(matched.trim()) &&
    !/\b(?:in|of|since|early|late|mid-?|end of|until)\s+$/i.test(s.slice(Math.max(0, start - 12), start))
  )
    return null;
  const relative = RELATIVE_WORD.test(matched);
  const after = s.slice(end, end + 20);
  const lastYear = /^\s*(?:of\s+)?last year\b/i.test(after);
  const dayOk = c.isCertain("day");
  const monthOk = c.isCertain("month");
  const yearOk = c.isCertain("year");
  if (!ref) {
    if (relative || !yearOk) return null;
    return hitFor(start, end, c, dayOk ? "day" : monthOk ? "month" : "year");
  }
  if (c.isCertain("weekday") && !dayOk) {
    const wd = weekdayIndex(matched);
    if (wd < 0) return null;
    const before = s.slice(Math.max(0, start - 12), start) + matched;
    const day = /\bnext\b|\bthis coming\b/i.test(before)
      ? nextWeekday(ref, wd)
      : recentWeekday(ref, wd, /\blast\s+\w+day\b/i.test(before));
    return { start, end, date: { value: toIso(day), precision: "day" } };
  }
  if (dayOk) {
    if (yearOk) return hitFor(start, end, c, "day");
    const m = c.get("month") ?? 1;
    const d = c.get("day") ?? 1;
    const y = relative ? (c.get("year") ?? ref.y) : recentYearForDay(ref, m, d);
    return { start, end, date: { value: toIso({ y, m, d }), precision: "day" } };
  }
  if (monthOk) {
    const m = c.get("month") ?? 1;
    let y = yearOk ? (c.get("year") ?? ref.y) : recentYearForMonth(ref, m);
    if (lastYear && !yearOk) y = ref.y - 1;
    return {
      start,
      end: lastYear ? end + (after.match(/^\s*(?:of\s+)?last year/i)?.[0].length ?? 0) : end,
      date: { value: `${y}-${pad(m)}`, precision: "month" },
    };
  }
  if (yearOk) {
    // "in June last year" arrives as two results; the month already took the year.
    if (
      /^last year$/i.test(matched.trim()) &&
      /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:of\s+)?$/i.test(
        s.slice(Math.max(0, start - 14), start),
      )
    )
      return null;
    return { start, end, date: { value: String(c.get("year")), precision: "year" } };
  }
  return null;
}

function dateWindows(s: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  MAYBE_DATE.lastIndex = 0;
  for (let m = MAYBE_DATE.exec(s); m; m = MAYBE_DATE.exec(s)) {
    let start = Math.max(0, m.index - WINDOW);
    let end = Math.min(s.length, m.index + m[0].length + WINDOW);
    // Cut at spaces so no word is split in two.
    while (start > 0 && !/\s/.test(s.charAt(start - 1))) start--;
    while (end < s.length && !/\s/.test(s.charAt(end))) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

function hitFor(start: number, end: number, c: chrono.ParsedComponents, precision: "day" | "month" | "year"): DateHit {
  const y = c.get("year") ?? 2000;
  const m = c.get("month") ?? 1;
  const d = c.get("day") ?? 1;
  const value = precision === "day" ? toIso({ y, m, d }) : precision === "month" ? `${y}-${pad(m)}` : String(y);
  return { start, end, date: { value, precision } };
}

function weekdayIndex(text: string): number {
  const m = WEEKDAY.exec(text);
  if (!m) return -1;
  const w = (m[1] ?? "").toLowerCase().slice(0, 3);
  return WEEKDAYS.findIndex((d) => d.startsWith(w));
}

function addYearOnly(s: string, hits: DateHit[]): void {
  YEAR_ONLY.lastIndex = 0;
  for (let m = YEAR_ONLY.exec(s); m; m = YEAR_ONLY.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((h) => h.start < end && start < h.end)) continue;
    hits.push({ start, end, date: { value: m[1] ?? "", precision: "year" } });
  }
}

function addOvernight(s: string, ref: Ymd, hits: DateHit[]): void {
  OVERNIGHT.lastIndex = 0;
  for (let m = OVERNIGHT.exec(s); m; m = OVERNIGHT.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((h) => h.start < end + 12 && start < h.end + 12)) continue;
    hits.push({
      start,
      end,
      date: {
        value: /night/.test(m[0]) && /last/.test(m[0]) ? toIso(addDaysYmd(ref, -1)) : toIso(ref),
        precision: "day",
      },
    });
  }
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
