import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, NoDatabase } from "../../components/empty-state.tsx";
import { Pagination } from "../../components/pagination.tsx";
import { getDb } from "../../lib/db.ts";
import { formatDate } from "../../lib/format.ts";
import { parseListParams, type SearchParams } from "../../lib/params.ts";
import { listSources } from "../../lib/queries.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sources" };

const PAGE_SIZE = 50;

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const db = await getDb();
  if (!db) return <NoDatabase />;
  const { page } = parseListParams(await searchParams).value;
  const { rows, total } = await listSources(db, page, PAGE_SIZE);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      <h1 className="mb-3 text-2xl font-bold">Sources</h1>
      {total === 0 ? (
        <EmptyState title="No sources yet" />
      ) : (
        <section className="card">
          <div className="overflow-x-auto">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Published</th>
                  <th scope="col">Source</th>
                  <th scope="col">Events</th>
                  <th scope="col">Claims</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((s) => (
                  <tr key={s.id}>
                    <td className="whitespace-nowrap">{formatDate(s.publishedAt)}</td>
                    <td>
                      <Link href={`/sources/${s.id}`}>{s.label}</Link>
                      {s.title && s.title !== s.label ? (
                        <span className="block text-xs text-slate-600">{s.title}</span>
                      ) : null}
                    </td>
                    <td className="tabular-nums">{s.events}</td>
                    <td className="tabular-nums">{s.claims}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            path="/sources"
            page={Math.min(page, pageCount)}
            pageCount={pageCount}
            total={total}
            base={{}}
            noun="sources"
          />
        </section>
      )}
    </>
  );
}
