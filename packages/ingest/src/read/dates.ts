/** An ISO day ("2017-06-08") from a metadata date or date-time string, or null when it holds none. */
export function isoDayOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(trimmed);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(trimmed);
  if (compact) return validDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // Other spellings ("June 8, 2017", RFC 2822) only when they carry a year.
  if (!/\b\d{4}\b/.test(trimmed)) return null;
  const t = Date.parse(trimmed);
  if (Number.isNaN(t)) return null;
  // Date.parse reads a bare date as local midnight; its local day is the day the string meant.
  const d = new Date(t);
  return /[T ]\d{1,2}:\d{2}/.test(trimmed) && /(Z|[+-]\d{2}:?\d{2}|GMT|UTC)$/i.test(trimmed)
    ? d.toISOString().slice(0, 10)
    : validDay(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

function validDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
