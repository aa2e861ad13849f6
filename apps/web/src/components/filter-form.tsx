import type { EventFilter, FilterOptions } from "@deconflict/db/queries/dashboard";
import { CORROBORATION_GRADES, EVENT_KINDS } from "@deconflict/domain";
import Link from "next/link";
import { humanize } from "../lib/format.ts";

interface Props {
  action: string;
  filter: EventFilter;
  options: FilterOptions;
  /** Params to carry over (sort order), as hidden fields. */
  keep?: Record<string, string | undefined>;
}

/** A plain GET form: every filter lands in the URL, so the view is a shareable link and works without JS. */
export function FilterForm({ action, filter, options, keep = {} }: Props) {
  return (
    <form method="get" action={action} className="card mb-4" aria-label="Filter events">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-8">
        <label className="field">
          From
          <input className="input" type="date" name="from" defaultValue={filter.from ?? ""} />
        </label>
        <label className="field">
          To
          <input className="input" type="date" name="to" defaultValue={filter.to ?? ""} />
        </label>
        <Select name="attacker" label="Attacker" value={filter.attacker} values={options.attackers} />
        <Select name="target" label="Target" value={filter.target} values={options.targets} />
        <Select name="kind" label="Kind" value={filter.kind} values={[...EVENT_KINDS]} />
        <label className="field">
          Location
          <input
            className="input"
            type="search"
            name="location"
            defaultValue={filter.location ?? ""}
            placeholder="any"
          />
        </label>
        <label className="field">
          Min. sources
          <input className="input" type="number" min={1} name="minSources" defaultValue={filter.minSources ?? ""} />
        </label>
        <Select name="grade" label="Grade" value={filter.grade} values={[...CORROBORATION_GRADES]} />
      </div>
      {Object.entries(keep).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      <div className="mt-3 flex gap-2">
        <button type="submit" className="btn">
          Apply filters
        </button>
        <Link href={action} className="btn-secondary">
          Reset
        </Link>
      </div>
    </form>
  );
}

function Select({ name, label, value, values }: { name: string; label: string; value?: string; values: string[] }) {
  // A value from the URL that the menu does not offer is kept, so the form shows what is applied.
  const all = value && !values.includes(value) ? [value, ...values] : values;
  return (
    <label className="field">
      {label}
      <select className="input" name={name} defaultValue={value ?? ""}>
        <option value="">any</option>
        {all.map((x) => (
          <option key={x} value={x}>
            {name === "kind" || name === "grade" ? humanize(x) : x}
          </option>
        ))}
      </select>
    </label>
  );
}
