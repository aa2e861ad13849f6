import type { Kpis } from "@deconflict/db/queries/dashboard";

const ITEMS: { key: keyof Kpis; label: string }[] = [
  { key: "events", label: "Events" },
  { key: "strikes", label: "Strikes" },
  { key: "sources", label: "Sources" },
  { key: "claims", label: "Claims" },
  { key: "contestedClaims", label: "Contested claims" },
];

export function KpiCards({ kpis }: { kpis: Kpis }) {
  return (
    <dl className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {ITEMS.map((i) => (
        <div key={i.key} className="card" data-testid={`kpi-${i.key}`}>
          <dt className="text-sm text-slate-600">{i.label}</dt>
          <dd className="text-3xl font-semibold tabular-nums text-slate-900">{kpis[i.key].toLocaleString("en-US")}</dd>
        </div>
      ))}
    </dl>
  );
}
