import { CSV_TABLES, type CsvTable } from "@deconflict/db/queries";
import * as v from "valibot";
import { UsageError } from "./exit-codes.ts";

const UNITS: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

const MaxBytesSchema = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^\d+(\.\d+)?\s*([kmg]i?b?|b)?$/i, "--max-bytes must be a number of bytes, such as 10485760 or 10M"),
  v.transform((s) => {
    const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)/i.exec(s) as RegExpExecArray;
    return Math.floor(Number(m[1]) * (UNITS[(m[2] ?? "").toLowerCase()] ?? 1));
  }),
  v.minValue(1, "--max-bytes must be at least 1"),
);

/** `--max-bytes` as bytes: plain digits or with a K, M or G suffix (powers of 1024). */
export function parseMaxBytes(raw: string): number {
  const parsed = v.safeParse(MaxBytesSchema, raw);
  if (!parsed.success) throw new UsageError(parsed.issues[0]?.message ?? "bad --max-bytes");
  return parsed.output;
}

export const FORMATS = ["json", "csv"] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(raw: string): Format {
  const parsed = v.safeParse(v.picklist(FORMATS), raw.toLowerCase());
  if (!parsed.success) throw new UsageError(`--format must be json or csv, not "${raw}"`);
  return parsed.output;
}

export function parseTable(raw: string): CsvTable {
  const parsed = v.safeParse(v.picklist(CSV_TABLES), raw.toLowerCase());
  if (!parsed.success) throw new UsageError(`--table must be one of ${CSV_TABLES.join(", ")}, not "${raw}"`);
  return parsed.output;
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A duration such as 500ms, 30s, 15m or 1h (a bare number is seconds), in milliseconds. */
export function parseDuration(raw: string, flag: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(raw);
  if (!m) throw new UsageError(`${flag} must be a duration such as 30s, 15m or 1h, not "${raw}"`);
  return Math.round(Number(m[1]) * (DURATION_UNITS[(m[2] ?? "s").toLowerCase()] ?? 1000));
}

/** A whole number of at least `min`, for counts such as --concurrency. */
export function parseCount(raw: string, flag: string, min: number): number {
  const n = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || n < min)
    throw new UsageError(`${flag} must be a whole number of at least ${min}, not "${raw}"`);
  return n;
}
