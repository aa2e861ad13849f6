// Calendar buckets for counting events over time: a month ("2017-05") or an ISO week named by its Monday
// ("2017-05-15"). Shared by the queries that bucket and the charts that turn a clicked bar into a date range.
export const DAY_MS = 86_400_000;

/** The first and last ISO day of a bucket: "2017-05" → 1–31 May, "2017-05-15" → that Monday to the Sunday. */
export function periodBounds(period: string): { from: string; to: string } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) {
    const sunday = new Date(Date.parse(`${period}T00:00:00Z`) + 6 * DAY_MS);
    return { from: period, to: sunday.toISOString().slice(0, 10) };
  }
  const [y, m] = period.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, "0")}` };
}
