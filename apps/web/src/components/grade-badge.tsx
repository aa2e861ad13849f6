const STYLES: Record<string, string> = {
  confirmed: "bg-emerald-100 text-emerald-900",
  fair: "bg-sky-100 text-sky-900",
  "single-source": "bg-slate-200 text-slate-800",
  contested: "bg-rose-100 text-rose-900",
};

export function GradeBadge({ grade }: { grade: string }) {
  return <span className={`badge ${STYLES[grade] ?? "bg-slate-100 text-slate-800"}`}>{grade.replace(/-/g, " ")}</span>;
}
