import type { EventDate } from "../event-date.ts";

/** The first and last ISO day an event date can mean. */
export function dateBounds(date: EventDate): { from: string; to: string } {
  const [y, m, d] = date.value.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (date.precision === "day") return { from: date.value, to: date.value };
  if (date.precision === "month" && m) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { from: `${date.value}-01`, to: `${date.value}-${String(last).padStart(2, "0")}` };
  }
  void d;
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

export function addDays(isoDay: string, days: number): string {
  const t = Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
