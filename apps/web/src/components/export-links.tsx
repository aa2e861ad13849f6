/** Downloads of the current filtered view, in the CLI's export formats. */
export function ExportLinks({ query }: { query: string }) {
  const sep = query ? "&" : "?";
  return (
    <nav className="flex flex-wrap gap-2 text-sm" aria-label="Export">
      <a className="btn-secondary" href={`/export/json${query}`} download>
        Export JSON
      </a>
      <a className="btn-secondary" href={`/export/csv${query}${sep}table=events`} download>
        Events CSV
      </a>
      <a className="btn-secondary" href={`/export/csv${query}${sep}table=claims`} download>
        Claims CSV
      </a>
    </nav>
  );
}
