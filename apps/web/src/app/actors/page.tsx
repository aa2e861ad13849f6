import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, NoDatabase, Problems } from "../../components/empty-state.tsx";
import { FormActions } from "../../components/form-actions.tsx";
import { Pagination } from "../../components/pagination.tsx";
import { actorPath } from "../../lib/actor-path.ts";
import { getDb } from "../../lib/db.ts";
import { humanize } from "../../lib/format.ts";
import { parseActorParams, type SearchParams, toQuery } from "../../lib/params.ts";
import { listActors } from "../../lib/queries.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Actors" };

export default async function ActorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const db = await getDb();
  if (!db) return <NoDatabase />;
  const { value: p, problems } = parseActorParams(await searchParams);
  const result = await listActors(db, p);
  return (
    <>
      <h1 className="mb-3 text-2xl font-bold">Actors</h1>
      <Problems problems={problems} />
      <form method="get" action="/actors" className="card mb-4" aria-label="Search actors">
        <div className="flex flex-wrap items-end gap-2">
          <label className="field min-w-60 flex-1">
            Name
            <input
              className="input"
              type="search"
              name="q"
              defaultValue={p.q ?? ""}
              placeholder="any name the texts use"
            />
          </label>
          <FormActions reset="/actors" label="Search" />
        </div>
      </form>
      <section className="card" aria-label="Actors">
        {result.total === 0 ? (
          <EmptyState title={p.q ? "No actor goes by that name" : "No actors yet"}>
            {p.q ? "Try part of a name." : "Actors appear once events with an attacker or target are ingested."}
          </EmptyState>
        ) : (
          <>
            <p className="mb-2 text-xs text-slate-600">
              Each actor once, under the lexicon's key when it knows the actor, else under the text's own name; with
              every name the texts use for it.
            </p>
            <div className="overflow-x-auto">
              <table className="table" data-testid="actors-table">
                <caption className="sr-only">Actors, the most active first</caption>
                <thead>
                  <tr>
                    <th scope="col">Actor</th>
                    <th scope="col" className="hidden sm:table-cell">
                      Names in the texts
                    </th>
                    <th scope="col" className="hidden md:table-cell">
                      Side
                    </th>
                    <th scope="col">As attacker</th>
                    <th scope="col">As target</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((a) => (
                    <tr key={a.key} data-actor-key={a.key}>
                      <td>
                        <Link href={actorPath(a.key)} className="font-medium" data-testid="actor-link">
                          {a.names[0]?.name ?? a.key}
                        </Link>
                        {a.canonical ? null : <span className="block text-xs text-slate-600">not in the lexicon</span>}
                      </td>
                      <td className="hidden sm:table-cell">{a.names.map((n) => n.name).join(", ")}</td>
                      <td className="hidden md:table-cell">{humanize(a.side)}</td>
                      <td className="tabular-nums">
                        {a.asAttacker > 0 ? (
                          <Link href={`/events${toQuery({ actor: a.key, role: "attacker" })}`}>{a.asAttacker}</Link>
                        ) : (
                          0
                        )}
                      </td>
                      <td className="tabular-nums">
                        {a.asTarget > 0 ? (
                          <Link href={`/events${toQuery({ actor: a.key, role: "target" })}`}>{a.asTarget}</Link>
                        ) : (
                          0
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination
              path="/actors"
              page={result.page}
              pageCount={result.pageCount}
              total={result.total}
              base={{ q: p.q }}
              noun={result.total === 1 ? "actor" : "actors"}
            />
          </>
        )}
      </section>
    </>
  );
}
