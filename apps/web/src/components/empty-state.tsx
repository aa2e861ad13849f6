import type { ReactNode } from "react";

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="card border-dashed py-10 text-center" role="status">
      <p className="text-base font-semibold text-slate-800">{title}</p>
      {children ? <div className="mt-2 text-sm text-slate-600">{children}</div> : null}
    </div>
  );
}

/** Shown on every page while the database file does not exist. */
export function NoDatabase() {
  return (
    <EmptyState title="No data yet">
      No data yet: run <code className="rounded bg-slate-100 px-1">npx deconflict ingest corpus/at-tanf-2017</code>
    </EmptyState>
  );
}

/** The messages for URL params a page had to ignore. */
export function Problems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      <p className="font-semibold">Some of the link's settings could not be used:</p>
      <ul className="ml-5 list-disc">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
