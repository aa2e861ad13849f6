// SQLite caps bound parameters per statement; multi-row inserts go in chunks well under it.
const ROWS_PER_INSERT = 200;

/** Splits rows into insert-sized chunks. */
export function chunks<T>(rows: readonly T[], size = ROWS_PER_INSERT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
