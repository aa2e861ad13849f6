import type { CasualtyKind, EventKind, ForceCategory, ForceStatus } from "@deconflict/domain";
import type { Rng } from "./prng.ts";
import { actorOf, THEATRES, type Theatre } from "./theatres.ts";
import { FORCE_NOUNS } from "./words.ts";

/** The ground truth one or more articles tell: what really happened, once. */
export interface Incident {
  id: string;
  theatre: Theatre;
  kind: EventKind;
  /** ISO day. */
  date: string;
  place: string;
  distanceKm: number | null;
  attackerKey: string;
  targetKey: string;
  forces: SynthForce[];
  casualties: SynthCasualty[];
}

export interface SynthForce {
  category: Exclude<ForceCategory, "other">;
  status: ForceStatus;
  count: number;
  noun: string;
}

export interface SynthCasualty {
  kind: CasualtyKind;
  count: number;
  who: string;
}

const STRIKE_STATUSES: readonly (readonly [ForceStatus, number])[] = [
  ["destroyed", 4],
  ["damaged", 2],
  ["hit", 3],
];

function isoDay(rng: Rng, years: readonly [number, number]): string {
  const from = Date.UTC(years[0], 0, 1);
  const to = Date.UTC(years[1], 11, 31);
  const day = rng.int(0, Math.floor((to - from) / 86_400_000));
  return new Date(from + day * 86_400_000).toISOString().slice(0, 10);
}

function forcesFor(rng: Rng, kind: EventKind): SynthForce[] {
  const forces: SynthForce[] = [];
  const categories = Object.keys(FORCE_NOUNS) as SynthForce["category"][];
  if (kind === "shootdown") {
    forces.push({ category: "aircraft", status: "destroyed", count: 1, noun: rng.pick(FORCE_NOUNS.aircraft) });
    return forces;
  }
  // Often a convoy or a force is described before what the strike did to it.
  if (rng.chance(0.4)) {
    const category = rng.pick(["vehicle", "personnel", "armed-vehicle"] as const);
    const count = category === "personnel" ? rng.int(10, 300) : rng.int(3, 40);
    forces.push({ category, status: "present", count, noun: rng.pick(FORCE_NOUNS[category]) });
  }
  for (const category of rng.sample(categories, rng.int(0, 3))) {
    if (category === "personnel") continue;
    const status = rng.weighted(STRIKE_STATUSES);
    forces.push({ category, status, count: rng.int(1, 6), noun: rng.pick(FORCE_NOUNS[category]) });
  }
  return forces;
}

function casualtiesFor(rng: Rng): SynthCasualty[] {
  const out: SynthCasualty[] = [];
  if (rng.chance(0.7)) {
    // Mostly small numbers, now and then a massacre.
    const killed = rng.chance(0.1) ? rng.int(30, 250) : rng.int(1, 25);
    out.push({
      kind: "killed",
      count: killed,
      who: rng.pick(["civilians", "fighters", "soldiers", "people", "militants"]),
    });
    if (rng.chance(0.6)) out.push({ kind: "wounded", count: rng.int(killed, killed * 3 + 2), who: "people" });
  }
  return out;
}

/** Draws incident number `index` of a theatre mix; the same rng state gives the same incident. */
export function drawIncident(rng: Rng, index: number): Incident {
  const theatre = rng.pick(THEATRES);
  const [attackerKey, targetKey] = rng.pick(theatre.pairs);
  const kind = rng.pick(actorOf(attackerKey).kinds);
  return {
    id: `i${String(index).padStart(6, "0")}`,
    theatre,
    kind,
    date: isoDay(rng, theatre.years),
    place: rng.pick(theatre.places),
    distanceKm: rng.chance(0.2) ? rng.int(2, 60) : null,
    attackerKey,
    targetKey,
    forces: forcesFor(rng, kind),
    casualties: casualtiesFor(rng),
  };
}
