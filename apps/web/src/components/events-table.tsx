import type { EventRow, EventSort } from "@deconflict/db/queries/dashboard";
import Link from "next/link";
import { formatDate, humanize } from "../lib/format.ts";
import { toQuery } from "../lib/params.ts";
import { ActorLink } from "./actor-link.tsx";
import { GradeBadge } from "./grade-badge.tsx";

interface SortProps {
  sort: EventSort;
  dir: "asc" | "desc";
  /** The current query without sort, dir and page. */
  base: Record<string, string | number | undefined>;
}

const COLUMNS: { key: EventSort; label: string; className?: string }[] = [
  { key: "date", label: "Date" },
  { key: "kind", label: "Kind" },
  { key: "attacker", label: "Attacker" },
  { key: "target", label: "Target", className: "hidden md:table-cell" },
  { key: "location", label: "Location", className: "hidden sm:table-cell" },
  { key: "sources", label: "Sources" },
  { key: "grade", label: "Grade", className: "hidden sm:table-cell" },
];

/** Events as a table; with `sorting`, the headers are links that sort by their column. */
export function EventsTable({ rows, sorting, caption }: { rows: EventRow[]; sorting?: SortProps; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="table" data-testid="events-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.className}
                aria-sort={sorting?.sort === c.key ? (sorting.dir === "asc" ? "ascending" : "descending") : undefined}
              >
                {sorting ? <SortLink column={c.key} label={c.label} sorting={sorting} /> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="hover:bg-slate-50">
              <td className="whitespace-nowrap">
                <Link href={`/events/${r.id}`} data-testid="event-link">
                  {formatDate(r.date)}
                </Link>
              </td>
              <td>{humanize(r.kind)}</td>
              <td>
                <ActorLink name={r.attacker} actorKey={r.attackerKey} />
              </td>
              <td className="hidden md:table-cell">
                <ActorLink name={r.target} actorKey={r.targetKey} />
              </td>
              <td className="hidden sm:table-cell">{r.location ?? "—"}</td>
              <td className="tabular-nums">{r.sourceCount}</td>
              <td className="hidden sm:table-cell">
                <GradeBadge grade={r.grade} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SortLink({ column, label, sorting }: { column: EventSort; label: string; sorting: SortProps }) {
  const active = sorting.sort === column;
  const nextDir = active
    ? sorting.dir === "asc"
      ? "desc"
      : "asc"
    : column === "date" || column === "sources"
      ? "desc"
      : "asc";
  const arrow = active ? (sorting.dir === "asc" ? " ▲" : " ▼") : "";
  return (
    <Link href={`/events${toQuery({ ...sorting.base, sort: column, dir: nextDir })}`} className="text-slate-800">
      {label}
      <span aria-hidden="true">{arrow}</span>
    </Link>
  );
}
