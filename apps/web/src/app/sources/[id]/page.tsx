import { basename } from "node:path";
import { type Annotation, sourceDetail } from "@deconflict/db/queries/dashboard";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnotatedArticle, anchorId, annotationHref, describe } from "../../../components/annotated-article.tsx";
import { NoDatabase } from "../../../components/empty-state.tsx";
import { getDb } from "../../../lib/db.ts";
import { formatDate } from "../../../lib/format.ts";
import { parseId } from "../../../lib/params.ts";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

async function load(rawId: string) {
  const db = await getDb();
  if (!db) return { db: null, source: null } as const;
  const id = parseId(rawId);
  return { db, source: id === null ? null : await sourceDetail(db, id) } as const;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { source } = await load((await params).id);
  return { title: source ? source.label : "Source" };
}

const LEGEND: { type: Annotation["type"]; label: string; className: string }[] = [
  { type: "event", label: "Event sentence", className: "bg-amber-100 border-b-2 border-amber-400" },
  { type: "force", label: "Forces", className: "bg-rose-200" },
  { type: "casualty", label: "Casualties", className: "bg-red-300" },
  { type: "escalation", label: "Escalation", className: "bg-violet-200" },
  { type: "claim", label: "Claim", className: "bg-sky-200" },
];

export default async function SourcePage({ params }: { params: Params }) {
  const { db, source } = await load((await params).id);
  if (!db) return <NoDatabase />;
  if (!source) notFound();

  return (
    <article className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0">
        <p className="mb-1 text-sm">
          <Link href="/sources">← Sources</Link>
        </p>
        <h1 className="break-words text-2xl font-bold" data-testid="source-title">
          {source.title ?? source.label}
        </h1>
        <p className="mt-1 break-words text-sm text-slate-700">
          {source.outlet ?? "Outlet unknown"} · {formatDate(source.publishedAt)}
          {source.byline ? ` · ${source.byline}` : ""}
          {source.file ? ` · ${basename(source.file)}` : ""}
        </p>
        {source.url && /^https?:\/\//i.test(source.url) ? (
          <p className="mt-1 break-all text-sm">
            <a href={source.url} rel="noopener noreferrer nofollow" target="_blank">
              {source.url}
            </a>
          </p>
        ) : null}
        <ul className="mt-3 flex flex-wrap gap-2 text-xs" aria-label="Highlight colours">
          {LEGEND.map((l) => (
            <li key={l.type} className={`rounded-sm px-1.5 py-0.5 text-slate-900 ${l.className}`}>
              {l.label}
            </li>
          ))}
        </ul>
        <div className="card mt-3">
          <AnnotatedArticle text={source.text} annotations={source.annotations} />
        </div>
      </div>
      <aside className="card h-fit" aria-labelledby="extracted-title">
        <h2 id="extracted-title" className="card-title">
          Extracted from this article ({source.annotations.length})
        </h2>
        {source.annotations.length === 0 ? (
          <p className="text-sm text-slate-600">Nothing was extracted from this article.</p>
        ) : (
          <ol className="space-y-2 text-sm" data-testid="extracted-list">
            {source.annotations.map((a) => (
              <li key={anchorId(a)}>
                <a href={`#${anchorId(a)}`} className="text-slate-900">
                  {describe(a)}
                </a>{" "}
                · <Link href={annotationHref(a)}>{a.type === "claim" ? "claim" : "event"} →</Link>
                {a.type === "claim" ? <q className="mt-0.5 block text-slate-700">{a.text}</q> : null}
              </li>
            ))}
          </ol>
        )}
      </aside>
    </article>
  );
}
