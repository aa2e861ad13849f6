import { type Comparison, compareMentions, type ResolvableMention } from "./compare.ts";
import type { JoinReason } from "./join-reason.ts";
import { placeCells } from "./place.ts";

/** One event of a block: its tellings (anchor first, the rest in canonical order) and why each joined. */
export interface ResolvedCluster {
  members: ResolvableMention[];
  reasons: Map<string, JoinReason>;
  /** Tellings name places that are not one (near each other, or different names nothing else could compare). */
  placeDisputed: boolean;
  /** Tellings give casualty figures that do not overlap, though a rising toll could explain them. */
  tollDisputed: boolean;
}

const byKey = (a: ResolvableMention, b: ResolvableMention) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Resolves one block (one kind class, attacker and date) into events. The result depends only on the set of
 * tellings, never on the order they arrived in: they are sorted by canonical key first, and every tie breaks on it.
 *
 * 1. Tellings whose places agree (same, inside, near) are paired, best score first, and merged complete-link:
 *    two groups join only if every telling of one is compatible with every telling of the other (no contradicting
 *    place, target or toll, no two tellings of one article), so no chain of near places walks across a front.
 * 2. A telling left alone (no place, or a place nothing agrees with) joins another event only when that is
 *    unambiguous (see `loneFit`); otherwise it stays an event of its own.
 */
export function clusterBlock(mentions: readonly ResolvableMention[]): ResolvedCluster[] {
  const sorted = [...mentions].sort(byKey);
  const n = sorted.length;
  const cache = new Map<number, Comparison>();
  const cmp = (i: number, j: number): Comparison => {
    const [a, b] = i < j ? [i, j] : [j, i];
    let c = cache.get(a * n + b);
    if (!c) {
      c = compareMentions(sorted[a] as ResolvableMention, sorted[b] as ResolvableMention);
      cache.set(a * n + b, c);
    }
    return c;
  };

  // Stage 1: pairs whose places agree, found through place cells rather than by comparing every pair.
  const cells = sorted.map((m) => placeCells(m.place));
  const holders = new Map<string, number[]>();
  cells.forEach((c, i) => {
    for (const cell of c.own) {
      const list = holders.get(cell);
      if (list) list.push(i);
      else holders.set(cell, [i]);
    }
  });
  const pairs: { i: number; j: number; score: number }[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const probe = cells[i]?.probe ?? [];
    const others = probe.includes("*all") ? sorted.map((_, j) => j) : probe.flatMap((cell) => holders.get(cell) ?? []);
    for (const j of others) {
      if (j === i) continue;
      const id = Math.min(i, j) * n + Math.max(i, j);
      if (seen.has(id)) continue;
      seen.add(id);
      const c = cmp(i, j);
      if (c.evidence) pairs.push({ i: Math.min(i, j), j: Math.max(i, j), score: c.score });
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);

  const groupOf = sorted.map((_, i) => i);
  const groups = new Map<number, number[]>(sorted.map((_, i) => [i, [i]]));
  const compatibleGroups = (g: number[], h: number[]) => g.every((a) => h.every((b) => cmp(a, b).compatible));
  for (const { i, j } of pairs) {
    const gi = groupOf[i] as number;
    const gj = groupOf[j] as number;
    if (gi === gj) continue;
    const a = groups.get(gi) as number[];
    const b = groups.get(gj) as number[];
    if (!compatibleGroups(a, b)) continue;
    const [keep, drop] = gi < gj ? [gi, gj] : [gj, gi];
    const merged = [...a, ...b].sort((x, y) => x - y);
    groups.set(keep, merged);
    groups.delete(drop);
    for (const m of merged) groupOf[m] = keep;
  }

  // Stage 2: a lone telling joins the block's one fitting event, or stays alone.
  const unambiguous = new Set<number>();
  for (let i = 0; i < n; i++) {
    const own = groupOf[i] as number;
    if ((groups.get(own)?.length ?? 0) > 1) continue;
    const only = loneFit(i, own, groups, sorted, cmp);
    if (only === null) continue;
    (groups.get(only) as number[]).push(i);
    groups.delete(own);
    groupOf[i] = only;
    unambiguous.add(i);
  }

  return [...groups.values()]
    .map((members) => explain(members, unambiguous, cmp, sorted))
    .sort((a, b) => byKey(a.members[0] as ResolvableMention, b.members[0] as ResolvableMention));
}

/**
 * The one event a lone telling can join without agreeing places, or null:
 * - it names a place no other telling agrees with: only when the block holds no other event at all and both name
 *   targets that fit (its place may be broader, "Syria" for "At Tanf"; in a dense day it is another town, so it
 *   stays apart);
 * - it names no place: the block's one compatible event, or, among several, the one with the same kind of target.
 */
function loneFit(
  i: number,
  own: number,
  groups: ReadonlyMap<number, number[]>,
  sorted: readonly ResolvableMention[],
  cmp: (i: number, j: number) => Comparison,
): number | null {
  const m = sorted[i] as ResolvableMention;
  const others = [...groups.keys()].filter((g) => g !== own);
  const fits = (g: number) => (groups.get(g) ?? []).every((x) => cmp(i, x).compatible);
  const targetIs = (g: number, ok: readonly string[]) =>
    (groups.get(g) ?? []).some((x) => ok.includes(cmp(i, x).target));
  if (m.place.name !== null || m.place.geo !== null) {
    // Two strikes of one day on two towns, each told once, look much like this: both must name a target that fits.
    const [only, ...more] = others;
    return only !== undefined && more.length === 0 && fits(only) && targetIs(only, ["same", "compatible"])
      ? only
      : null;
  }
  const compatible: number[] = [];
  for (const g of others) if (fits(g)) compatible.push(g);
  if (compatible.length === 1) return compatible[0] as number;
  if (!m.target) return null;
  const alike = compatible.filter((g) => targetIs(g, ["same"]));
  return alike.length === 1 ? (alike[0] as number) : null;
}

function explain(
  members: number[],
  unambiguous: ReadonlySet<number>,
  cmp: (i: number, j: number) => Comparison,
  sorted: readonly ResolvableMention[],
): ResolvedCluster {
  const anchor = members.find((m) => !unambiguous.has(m)) ?? (members[0] as number);
  const rest = members.filter((m) => m !== anchor).sort((a, b) => a - b);
  const reasons = new Map<string, JoinReason>();
  for (const m of rest) {
    const c = cmp(anchor, m);
    reasons.set((sorted[m] as ResolvableMention).key, {
      with: (sorted[anchor] as ResolvableMention).key,
      rule: unambiguous.has(m) ? "unambiguous" : "place",
      place: c.place,
      target: c.target,
      toll: c.toll,
      sameKind: c.sameKind,
    });
  }
  let placeDisputed = false;
  let tollDisputed = false;
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      const c = cmp(members[x] as number, members[y] as number);
      if (c.place.relation === "near" || c.place.relation === "differs") placeDisputed = true;
      if (c.toll === "differs") tollDisputed = true;
    }
  }
  return {
    members: [anchor, ...rest].map((m) => sorted[m] as ResolvableMention),
    reasons,
    placeDisputed,
    tollDisputed,
  };
}
