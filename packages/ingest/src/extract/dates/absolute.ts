import * as chrono from "chrono-node";

/** An ISO day for a fully stated date ("June 7, 2017", "7 June 2017", "2017-06-07"), or null. */
export function absoluteDay(text: string): string | null {
  const head = text.slice(0, 200);
  // A stated day and year are digits: a line without any (most titles) needs no parse.
  if (!/\d/.test(head)) return null;
  try {
    for (const r of chrono.parse(head, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })) {
      const c = r.start;
      if (c.isCertain("day") && c.isCertain("month") && c.isCertain("year")) {
        const y = c.get("year");
        const m = c.get("month");
        const d = c.get("day");
        if (y && m && d && y > 1900 && y < 2200) return isoDay(y, m, d);
      }
    }
  } catch {
    // chrono on odd input: no date.
  }
  return null;
}

export function isoDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
