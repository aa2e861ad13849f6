"use client";

// A client component only so the page sends the matrix once, as data, not also as a rendered tree.
import type { Coverage, SourceEventCount } from "@deconflict/db/queries/dashboard";
import Link from "next/link";
import { formatDate, humanize } from "../lib/format.ts";
import { ActorLink } from "./actor-link.tsx";
import { GradeBadge } from "./grade-badge.tsx";

/** Sources down, events across: a dot where a source tells an event. */
export function CoverageMatrix({ coverage }: { coverage: Coverage }) {
  const linked = new Set(coverage.links.map(([s, e]) => `${s}:${e}`));
  return (
    <div className="overflow-x-auto">
      <table className="table" data-testid="coverage-matrix">
        <caption className="sr-only">Which sources report which events</caption>
        <thead>
          <tr>
            <th scope="col" className="min-w-40">
              Source
            </th>
            {coverage.events.map((e) => (
              <th key={e.id} scope="col" className="min-w-28 text-center align-bottom" data-event-id={e.id}>
                <Link href={`/events/${e.id}`} className="block font-semibold">
                  {formatDate(e.date)}
                </Link>
                <span className="block text-xs font-normal text-slate-600">
                  {humanize(e.kind)}
                  {e.attacker ? (
                    <>
                      {" by "}
                      <ActorLink name={e.attacker} actorKey={e.attackerKey} />
                    </>
                  ) : null}
                </span>
                <span className="mt-1 block">
                  <GradeBadge grade={e.grade} />
                </span>
                <span className="block text-xs font-normal text-slate-600" data-testid="coverage-count">
                  {e.sourceCount} {e.sourceCount === 1 ? "source" : "sources"}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coverage.sources.map((s) => (
            <tr key={s.id}>
              <th scope="row" className="font-normal">
                <Link href={`/sources/${s.id}`}>{s.label}</Link>
                <span className="block text-xs text-slate-600">{formatDate(s.publishedAt)}</span>
              </th>
              {coverage.events.map((e) => {
                const on = linked.has(`${s.id}:${e.id}`);
                // Empty cells stay empty: the matrix is mostly blanks and each byte is sent twice.
                return on ? (
                  <td key={e.id} className="text-center text-lg text-blue-700" data-event-id={e.id} data-reports="true">
                    <span role="img" aria-label="reports this event">
                      ●
                    </span>
                  </td>
                ) : (
                  <td key={e.id} data-event-id={e.id} data-reports="false" />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function EventsPerSource({ rows }: { rows: SourceEventCount[] }) {
  const max = Math.max(1, ...rows.map((r) => r.events));
  return (
    <ul className="space-y-2" data-testid="events-per-source">
      {rows.map((r) => (
        <li key={r.id} className="text-sm">
          <div className="flex justify-between gap-2">
            <Link href={`/sources/${r.id}`} className="truncate">
              {r.label}
            </Link>
            <span className="tabular-nums text-slate-700">{r.events}</span>
          </div>
          <div className="mt-1 h-2 rounded bg-slate-100" aria-hidden="true">
            <div className="h-2 rounded bg-blue-600" style={{ width: `${(r.events / max) * 100}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
