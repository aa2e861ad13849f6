import { type EventKind, KIND_CLASS } from "@deconflict/domain";
import { addDays } from "@deconflict/domain/resolution";
import type { Rng } from "../prng.ts";
import { DENSE_TARGETS, type DenseTarget } from "./targets.ts";
import type { DenseTheatre } from "./theatres.ts";

/** One strike of a dense day: the truth its reports tell. */
export interface DenseIncident {
  id: string;
  theatre: DenseTheatre;
  kind: EventKind;
  /** ISO day. */
  date: string;
  town: string;
  isCity: boolean;
  target: DenseTarget;
  killed: number;
  wounded: number;
  /** Dead found after the first reports: a retelling days later gives the higher toll. */
  laterDead: number;
}

/**
 * The strikes of one theatre's day `dayIndex`: 30 to 80 by default, each on a distinct (kind class, town, target
 * class), since two strikes alike in all of these on one day could not be told apart by anyone reading the reports.
 */
export function drawDenseDay(
  rng: Rng,
  theatre: DenseTheatre,
  dayIndex: number,
  perDay: readonly [number, number] = [30, 80],
): DenseIncident[] {
  const date = addDays(theatre.start, dayIndex);
  const targets = DENSE_TARGETS[theatre.key] ?? [];
  const places = [...theatre.cities.map((t) => [t, true] as const), ...theatre.towns.map((t) => [t, false] as const)];
  const taken = new Set<string>();
  const out: DenseIncident[] = [];
  const wanted = rng.int(perDay[0], perDay[1]);
  for (let tries = 0; out.length < wanted && tries < wanted * 20; tries++) {
    const kind = rng.weighted(theatre.kinds);
    const [town, isCity] = rng.pick(places);
    const target = rng.pick(targets);
    const slot = `${KIND_CLASS[kind]}|${town}|${target.class}`;
    if (taken.has(slot)) continue;
    taken.add(slot);
    const hurt = rng.chance(0.7);
    const killed = hurt && rng.chance(0.7) ? rng.int(1, 25) : 0;
    out.push({
      id: `${theatre.key}-${date}-${String(out.length).padStart(3, "0")}`,
      theatre,
      kind,
      date,
      town,
      isCity,
      target,
      killed,
      wounded: hurt ? rng.int(killed === 0 ? 1 : 0, killed * 2 + 6) : 0,
      laterDead: killed > 0 && rng.chance(0.4) ? rng.int(1, 3) : 0,
    });
  }
  return out;
}
