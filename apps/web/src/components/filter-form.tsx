import type { EventFilter, FilterOptions } from "@deconflict/db/queries/dashboard";
import { CORROBORATION_GRADES, EVENT_KINDS } from "@deconflict/domain";
import { humanize } from "../lib/format.ts";
import { ActorLink } from "./actor-link.tsx";
import { FormActions } from "./form-actions.tsx";
import { SelectField } from "./select-field.tsx";

interface Props {
  action: string;
  filter: EventFilter;
  options: FilterOptions;
  /** Params to carry over (sort order), as hidden fields. */
  keep?: Record<string, string | undefined>;
}

// One entry per actor, shown by the names the texts gave it ("US-led coalition / United States +1").
function attackerLabel(options: FilterOptions, key: string): string {
  const names = options.attackerGroups.find((g) => g.key === key)?.names ?? [key];
  const shown = names.slice(0, 3).join(" / ");
  return names.length > 3 ? `${shown} +${names.length - 3}` : shown;
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
        <SelectField
          name="attacker"
          label="Attacker"
          value={filter.attacker}
          values={options.attackerGroups.map((g) => g.key)}
          format={(key) => attackerLabel(options, key)}
        />
        <SelectField name="target" label="Target" value={filter.target} values={options.targets} />
        <SelectField name="kind" label="Kind" value={filter.kind} values={EVENT_KINDS} format={humanize} />
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
        <SelectField name="grade" label="Grade" value={filter.grade} values={CORROBORATION_GRADES} format={humanize} />
      </div>
      {filter.actor ? (
        <p className="mt-3 text-sm text-slate-700" data-testid="actor-filter">
          Only events of <ActorLink name={filter.actor} actorKey={filter.actor} />
          {filter.actorRole ? ` as ${filter.actorRole}` : ""}.
          <input type="hidden" name="actor" value={filter.actor} />
          {filter.actorRole ? <input type="hidden" name="role" value={filter.actorRole} /> : null}
        </p>
      ) : null}
      {Object.entries(keep).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      <div className="mt-3 flex gap-2">
        <FormActions reset={action} />
      </div>
    </form>
  );
}
