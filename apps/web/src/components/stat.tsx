import type { ReactNode } from "react";

/** One labelled figure in a <dl>: "On the map 1,204". */
export function Stat({
  label,
  testId,
  count,
  children,
}: {
  label: string;
  testId: string;
  count: number;
  children?: ReactNode;
}) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums" data-testid={testId} data-count={count}>
        {children ?? count.toLocaleString("en-US")}
      </dd>
    </div>
  );
}
