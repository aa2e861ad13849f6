"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="card py-10 text-center">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-slate-700">
        The page could not be loaded. {error.digest ? `(ref ${error.digest})` : null}
      </p>
      <button type="button" onClick={reset} className="btn mt-4">
        Try again
      </button>
    </div>
  );
}
