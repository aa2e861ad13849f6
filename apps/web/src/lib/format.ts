// Dates are ISO strings formatted by hand: a date-only value never passes through local time.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2017-05-18" → "18 May 2017", "2017-05" → "May 2017", "2017" → "2017", null → "date unknown". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "date unknown";
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (!month) return y ?? value;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A chart bucket's label: "2017-05" → "May 2017"; a week by its Monday, "2017-05-15" → "Week of 15 May 2017". */
export function formatPeriod(period: string, bucket: "month" | "week"): string {
  return bucket === "week" ? `Week of ${formatDate(period)}` : formatDate(period.slice(0, 7));
}

/** A count range as people write it: "10", "2–3", "60+", "unknown". */
export function formatRange(q: { low: number | null; high: number | null } | null | undefined): string {
  if (!q || (q.low === null && q.high === null)) return "unknown";
  if (q.high === null) return `${q.low ?? 0}+`;
  if (q.low === null) return `up to ${q.high}`;
  return q.low === q.high ? String(q.low) : `${q.low}–${q.high}`;
}

export function humanize(value: string | null | undefined): string {
  if (!value) return "—";
  return value.replace(/-/g, " ");
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** An event's casualties for a popup or list: "3–4 killed, 12 wounded", or null when none were reported. */
export function formatCasualties(
  killed: { low: number | null; high: number | null } | null,
  wounded: { low: number | null; high: number | null } | null,
): string | null {
  const parts = [
    killed ? `${formatRange(killed)} killed` : null,
    wounded ? `${formatRange(wounded)} wounded` : null,
  ].filter((p) => p !== null);
  return parts.length === 0 ? null : parts.join(", ");
}
