// The referee's claim matching (../shared/eval/score.mjs), ported for the claims eval and its test.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Claim } from "@deconflict/domain";
import { sentenceSpans } from "../text/sentences.ts";
import { extractClaims } from "./index.ts";

export interface GoldClaim {
  source: string;
  speaker: string[];
  speakerKind: string;
  text: string;
  stance?: string;
  optional?: boolean;
}

export interface ClaimScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  speakerKind: number;
  stance: number;
  missed: string[];
  spurious: string[];
  wrongKind: string[];
  wrongStance: string[];
}

const STOP = new Set(
  (
    "a an the of to in on at for and or but by with from that this these those is are was were be been " +
    "it its as into than then there their they them he she his her we our us said says say told stated according " +
    "have has had not no so if about after before over under up down out also which who whom what when where while"
  ).split(" "),
);

function norm(s: string): string {
  return ` ${s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ")
    .trim()} `;
}

export function aliasMatch(text: string, aliases: readonly string[]): boolean {
  if (!text || aliases.length === 0) return false;
  const t = norm(text);
  return aliases.some((a) => {
    const al = a.toLowerCase();
    return t.includes(al) || (t.trim().length >= 3 && ` ${al} `.includes(t.trim()));
  });
}

function tokens(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOP.has(w));
}

export function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const bag = new Map<string, number>();
  for (const w of tb) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of ta) {
    const n = bag.get(w);
    if (n) {
      common++;
      bag.set(w, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

export interface PredClaim extends Claim {
  source: string;
}

/** Scores predicted claims against gold with the referee's rules: same source, speaker alias, token F1 ≥ 0.5. */
export function scoreClaims(gold: readonly GoldClaim[], pred: readonly PredClaim[]): ClaimScore {
  const pairs: { g: number; p: number; score: number }[] = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      if (p.source !== g.source || !aliasMatch(p.speaker, g.speaker)) return;
      const f = tokenF1(p.text, g.text);
      if (f >= 0.5) pairs.push({ g: gi, p: pi, score: f });
    });
  });
  pairs.sort((x, y) => y.score - x.score);
  const gm = new Map<number, number>();
  const pm = new Set<number>();
  for (const pr of pairs) {
    if (gm.has(pr.g) || pm.has(pr.p)) continue;
    gm.set(pr.g, pr.p);
    pm.add(pr.p);
  }
  let tp = 0;
  let fn = 0;
  let kindOk = 0;
  let stanceOk = 0;
  const missed: string[] = [];
  const wrongKind: string[] = [];
  const wrongStance: string[] = [];
  gold.forEach((g, gi) => {
    if (g.optional) return;
    const pi = gm.get(gi);
    if (pi === undefined) {
      fn++;
      missed.push(`${g.source.slice(0, 3)} [${g.speaker[0]}] ${g.text.slice(0, 90)}`);
      return;
    }
    tp++;
    const p = pred[pi] as PredClaim;
    if (p.speakerKind === g.speakerKind) kindOk++;
    else wrongKind.push(`${g.source.slice(0, 3)} [${p.speaker}] ${p.speakerKind} ≠ ${g.speakerKind}`);
    if (p.stance === (g.stance ?? "asserts")) stanceOk++;
    else wrongStance.push(`${g.source.slice(0, 3)} [${p.speaker}] ${p.stance}: ${p.text.slice(0, 60)}`);
  });
  const spurious = pred
    .filter((_, pi) => !pm.has(pi))
    .map((p) => `${p.source.slice(0, 3)} [${p.speaker}|${p.speakerKind}] ${p.text.slice(0, 90)}`);
  const fp = spurious.length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1,
    speakerKind: tp ? kindOk / tp : 1,
    stance: tp ? stanceOk / tp : 1,
    missed,
    spurious,
    wrongKind,
    wrongStance,
  };
}

/** Runs the extractor over a corpus folder (optionally lower-cased) and returns claims tagged with their file. */
export function claimsOfCorpus(dir: string, lowerCase = false): PredClaim[] {
  const out: PredClaim[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => /\.(?:txt|md)$/.test(f))
    .sort()) {
    const raw = readFileSync(join(dir, file), "utf8");
    const text = lowerCase ? raw.toLowerCase() : raw;
    const claims = extractClaims({ text, sentences: sentenceSpans(text), mentions: [], publishedAt: null });
    for (const c of claims) out.push({ ...c, source: file });
  }
  return out;
}

export function readGoldClaims(path: string): GoldClaim[] {
  const gold = JSON.parse(readFileSync(path, "utf8")) as { claims?: GoldClaim[] };
  return gold.claims ?? [];
}
