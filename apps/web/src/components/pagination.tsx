import Link from "next/link";
import { toQuery } from "../lib/params.ts";

export function Pagination({
  path,
  page,
  pageCount,
  total,
  base,
  noun,
}: {
  path: string;
  page: number;
  pageCount: number;
  total: number;
  base: Record<string, string | number | undefined>;
  noun: string;
}) {
  const href = (p: number) => `${path}${toQuery({ ...base, page: p === 1 ? undefined : p })}`;
  return (
    <nav aria-label="Pages" className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
      <span>
        {total.toLocaleString("en-US")} {noun} · page {page} of {pageCount}
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link className="btn-secondary" href={href(page - 1)} rel="prev">
            ← Previous
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link className="btn-secondary" href={href(page + 1)} rel="next">
            Next →
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
