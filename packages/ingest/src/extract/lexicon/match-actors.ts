import { ACTORS, type ActorEntry, COUNTRY_WORDS, GENERIC_COALITION, GENERIC_GROUP, GENERIC_STATE } from "./actors.ts";

export interface ActorHit {
  start: number;
  end: number;
  entry: ActorEntry;
  /** A generic word ("the group", "the army") that coreference resolved to the entry. */
  coref?: boolean;
}

// One alternation, longest aliases first, each actor's aliases in one capturing group.
const ORDERED = ACTORS.map((entry, i) => ({ entry, i }));
const SOURCE = ORDERED.map(({ entry }) => `(${[...entry.aliases].sort((a, b) => b.length - a.length).join("|")})`).join(
  "|",
);
// Not part of a longer word, and not "anti-X" (an anti-ISIS coalition is not ISIS).
const ACTOR_RE = new RegExp(
  `(?<![a-z0-9\\-])(?:${SOURCE})(?![a-z0-9]|\\s?-\\s?(?:led|run|held|[a-z]+ed|[a-z]+ing)\\b)`,
  "g",
);
// The bare "us" and "is" are English words in lower-cased text; "US" and "IS" only in capitals.
const SHORT_CAPS = /^(?:us|is|usa|u\.s)$/;
const US_AFTER =
  /^\s*(?:-?\s?led|forces|troops|military|aircraft|jets|warplanes|officials?|defen[cs]e|drones?|strikes?|airstrikes?|air strikes?|navy|army|air force|president|government|administration|and|has|had|did|does|carried|conducted|launched|struck|bombed)\b/;
const US_STRICT_AFTER =
  /^\s*(?:-?\s?led|forces|troops|military|aircraft|jets|warplanes|officials?|defen[cs]e|drones?|strikes?|airstrikes?|navy|army|air force|marines|embassy|government|administration|president)\b/;
const IS_AFTER =
  /^\s*(?:group|fighters|militants|jihadists|terrorists|attacks?|strikes?|positions?|targets?|members|forces|cells?)\b/;

/**
 * Actor mentions in a lower-cased sentence. `original` is the same text with its case, used to tell
 * "US"/"IS" from "us"/"is"; in a lower-cased article (`lowerMode`) context decides instead.
 */
export function findActors(lower: string, original: string, lowerMode: boolean): ActorHit[] {
  const hits: ActorHit[] = [];
  ACTOR_RE.lastIndex = 0;
  for (let m = ACTOR_RE.exec(lower); m; m = ACTOR_RE.exec(lower)) {
    const text = m[0];
    const groupIndex = m.findIndex((g, gi) => gi > 0 && g !== undefined);
    const entry = ACTORS[groupIndex - 1];
    if (!entry) continue;
    const start = m.index;
    const end = start + text.length;
    if (!shortAliasOk(text, lower, original, start, end, lowerMode)) continue;
    if (
      /^anti-/.test(lower.slice(Math.max(0, start - 5), start + 1)) ||
      lower.slice(Math.max(0, start - 5), start) === "anti-"
    )
      continue;
    if (
      COUNTRY_WORDS.has(text) &&
      /\b(?:in|inside|across|into|throughout|near|from|to|of|around|outside)\s+$/.test(
        lower.slice(Math.max(0, start - 12), start),
      )
    )
      continue;
    hits.push({ start, end, entry });
  }
  return joinAdjacent(lower, hits);
}

export function isGeneric(entry: ActorEntry): boolean {
  return entry.key === GENERIC_GROUP || entry.key === GENERIC_STATE || entry.key === GENERIC_COALITION;
}

// "Al-Shabaab militants", "Sudanese army's 6th Division": one actor, named by its specific part.
function joinAdjacent(lower: string, hits: ActorHit[]): ActorHit[] {
  const out: ActorHit[] = [];
  for (const hit of hits) {
    const prev = out[out.length - 1];
    if (prev && /^[\s-]*$/.test(lower.slice(prev.end, hit.start)) && isGeneric(prev.entry) !== isGeneric(hit.entry)) {
      out[out.length - 1] = { start: prev.start, end: hit.end, entry: isGeneric(prev.entry) ? hit.entry : prev.entry };
      continue;
    }
    out.push(hit);
  }
  return out;
}

function shortAliasOk(
  text: string,
  lower: string,
  original: string,
  start: number,
  end: number,
  lowerMode: boolean,
): boolean {
  const bare = text.replace(/\.$/, "").replace(/\s/g, "");
  if (!SHORT_CAPS.test(bare) || bare === "u.s") return true;
  const orig = original.slice(start, end);
  if (!lowerMode) return orig !== orig.toLowerCase();
  const after = lower.slice(end, end + 24);
  if (bare === "is")
    return (
      IS_AFTER.test(after) &&
      !/\b(?:it|this|that|there|what|which|who)\s+$/.test(lower.slice(Math.max(0, start - 8), start))
    );
  if (bare === "us" || bare === "usa") {
    // All-caps copy: "ATTACKED US", "US AND OUR ALLIES" are the pronoun; only "US TROOPS" and the like are the US.
    if (orig !== orig.toLowerCase() && original === original.toUpperCase()) return US_STRICT_AFTER.test(after);
    if (US_AFTER.test(after)) return true;
    const before = lower.slice(Math.max(0, start - 10), start);
    if (/\b(?:to|for|of|with|against|at|on|by|from|let|give|told|tell|help|join|about)\s+$/.test(before)) return false;
    return /\bthe\s+$/.test(before);
  }

  return true;
}
