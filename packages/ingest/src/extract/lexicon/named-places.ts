import type { PlaceHit } from "./places.ts";

// "the village of X", "near the town of X", "in X, a village near Y": a settlement the gazetteer need not know.
const KIND = "(?:village|town|city|hamlet|settlement|township|neighbou?rhood|district|suburb)";
const OF_FORM = new RegExp(`\\b(?:the\\s+)?(?:[a-z-]+\\s+)?${KIND}\\s+of\\s+`, "g");
const APPOSITION = new RegExp(
  `\\b(?:in|at|near|outside|on)\\s+([a-z][a-z'’-]*(?:\\s+[a-z][a-z'’-]*){0,2}),\\s+(?:a|an)\\s+(?:[a-z-]+\\s+){0,2}${KIND}\\b`,
  "g",
);
// "on the outskirts of X", "at the edge of X", "in the area of X": a place told by where an event lay beside it.
const RELATIONAL =
  /\b(?:on|at|in|near)\s+the\s+(?:(?:northern|southern|eastern|western)\s+)?(?:outskirts|edges?|fringes?|vicinity|environs|area|periphery)\s+of\s+/g;
const NAME_WORD = /^[a-z][a-z'’-]*/;
// Words that end a name read off lower-cased text.
const STOP = new Set(
  "the a an and or but in on at near of to from by with after before while when which who that was were is are had has have been said says its their his her where as for into outside north south east west".split(
    " ",
  ),
);
const MAX_HITS = 8;
const PARTICLE = /^(?:al|el|ad|as|ash|ar|at|az|an|ed|es|et)-[a-z]/;

/** Settlements named by their own frame ("the town of X"), as written in `original`. */
export function findNamedPlaces(lower: string, original: string, lowerMode: boolean): PlaceHit[] {
  if (
    !/village|town|city|hamlet|settlement|neighbou?rhood|district|suburb|outskirts|edge|fringe|vicinity|environs|area|periphery/.test(
      lower,
    )
  )
    return [];
  const out: PlaceHit[] = [];
  RELATIONAL.lastIndex = 0;
  for (let m = RELATIONAL.exec(lower); m && out.length < MAX_HITS; m = RELATIONAL.exec(lower)) {
    const hit = nameAt(lower, original, m.index + m[0].length, lowerMode);
    if (hit) out.push(hit);
  }
  OF_FORM.lastIndex = 0;
  for (let m = OF_FORM.exec(lower); m && out.length < MAX_HITS; m = OF_FORM.exec(lower)) {
    const hit = nameAt(lower, original, m.index + m[0].length, lowerMode);
    if (hit) out.push(hit);
  }
  APPOSITION.lastIndex = 0;
  for (let m = APPOSITION.exec(lower); m && out.length < MAX_HITS; m = APPOSITION.exec(lower)) {
    const start = m.index + m[0].indexOf(m[1] ?? "", m[0].search(/\s/));
    const hit = nameAt(lower, original, start, lowerMode);
    if (hit) out.push(hit);
  }
  return out;
}

// Up to three name words: capitalised ones when the text has capitals, else up to the first function word.
function nameAt(lower: string, original: string, start: number, lowerMode: boolean): PlaceHit | null {
  let end = start;
  let words = 0;
  while (words < 3) {
    const m = NAME_WORD.exec(lower.slice(end, end + 40));
    if (!m || STOP.has(m[0])) break;
    const first = original[end] ?? "";
    // Arabic article particles stay lower-case inside a name: "Aita al-Shaab".
    if (!lowerMode && first.toLowerCase() === first && !PARTICLE.test(m[0])) {
      if (words > 0) break;
      return null;
    }
    end += m[0].length;
    words++;
    if (lower[end] !== " ") break;
    end++;
  }
  const name = original.slice(start, end).trim();
  if (!words || name.length < 3) return null;
  return { start, end: start + name.length, place: { name, level: 1, aliases: [] } };
}
