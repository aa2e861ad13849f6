import { isCommonWord, namesByWords } from "./attacker-group.ts";

/** A non-state group the text names, as the text spells it; offsets relative to the sentence. */
export interface GroupName {
  name: string;
  start: number;
  end: number;
}

// "FMLN guerrillas", "Shining Path terrorists", "ELN rebels": a name before the noun for the group's members.
const MEMBERS =
  /(?<![a-z0-9-])(?:urban\s+)?(?:guerr?ill?as?|terrorists?|rebels?|insurgents?|commandos?|militiam[ae]n|militants|subversives)\b/g;
// "the Red Path Liberation Front", "the Cauca cartel": a name headed by the noun for a body.
const BODY =
  /(?<![a-z0-9-])(?:cartel|(?:liberation|revolutionary|popular|people[’']s|patriotic|guerr?ill?a)\s+(?:army|armed forces|forces|alliance|front|movement|organi[sz]ation|command|commandos?|coordinating board))\b/g;
// "the Black Lotus group", "members of the Black Lotus organization": a name before the noun for a body of people.
const GROUP =
  /(?<![a-z0-9-])(?:(?:terrorist|guerr?ill?a|rebel|armed|criminal|drug|subversive)\s+)?(?:group|organi[sz]ation|gang|band)\b/g;
const QUOTES = /["“”]/g;
// The run of words right before a head noun, up to `n` of them.
const wordsBefore = (n: number) => new RegExp(`((?:[a-z0-9][a-z0-9'’-]*\\s+){1,${n}})$`);
const PATTERNS = [
  { re: MEMBERS, before: wordsBefore(5) },
  { re: BODY, before: wordsBefore(6) },
  { re: GROUP, before: wordsBefore(4) },
];
// "FMLN urban guerrillas": descriptions between a name and the noun.
const DESCRIPTION = /^(?:urban|rural|armed|leftist|rightist|marxist|maoist|presumed|alleged|suspected)$/;
// Words that end a name on its left: articles, prepositions, verbs of the clause and counts.
const LEFT_STOP =
  /^(?:the|a|an|of|by|and|or|to|with|for|from|in|on|at|that|which|who|as|than|between|among|against|said|says|reported|stated|claimed|accused|blamed|linked|attacked|killed|where|when|while|these|those|this|its|their|our|his|her|some|several|many|all|other|two|three|four|five|six|seven|eight|nine|ten|\d+|were|was|are|is|been|had|have|has|also|then|not|no|so|if|armed|heavily|presumed|alleged|suspected|unidentified|urban|rural|leftist|rightist|marxist|maoist|communist|extremist|radical|rebel|fierce|criminal|member|members|group|groups|called|so-called|named|same|whole|entire|such|any|each|every|new|our|your|young|hooded|masked|anti-government|antigovernment)$/;

/** The non-state groups a sentence names by a name of their own (lower-cased sentence, same offsets as `text`). */
export function groupNamesIn(lowerText: string, text: string): GroupName[] {
  const out: GroupName[] = [];
  // 'the "Red Dawn" group': quotation marks around a name are no part of it, nor do they end the run before the noun.
  const lower = lowerText.replace(QUOTES, " ");
  // The head noun first, then the words before it: a scan for names at every position costs every sentence dearly.
  for (const { re, before } of PATTERNS) {
    re.lastIndex = 0;
    for (let h = re.exec(lower); h && out.length < 8; h = re.exec(lower)) {
      const from = Math.max(0, h.index - 90);
      const m = before.exec(lower.slice(from, h.index));
      if (!m) continue;
      const run = m[1] ?? "";
      const at = from + m.index;
      const words = run.trim().split(/\s+/);
      // "FMLN urban guerrillas": descriptions next to the noun are no part of the name before them.
      let last = words.length;
      while (last > 0 && DESCRIPTION.test(words[last - 1] ?? "")) last--;
      let k = last;
      // "had caused numerous rebel casualties": an ordinary word in the past tense is the clause's verb, not a name's.
      while (
        k > 0 &&
        !LEFT_STOP.test(words[k - 1] ?? "") &&
        !pastVerb(text, at + offsetOfWord(run, k - 1), words[k - 1] ?? "")
      )
        k--;
      const kept = words.slice(k, last);
      if (!kept.length) continue;
      const nameStart = at + offsetOfWord(run, k);
      // The name ends with its last word, however many spaces (or quotation marks) lie between its words.
      let end = re === BODY ? h.index + h[0].length : at + offsetOfWord(run, last - 1) + (words[last - 1] ?? "").length;
      // "the Red Path Liberation Front (RPLF)": the gloss is the same name.
      const gloss = /^\s*[([][a-z0-9 .'’-]{2,40}[)\]]/.exec(lower.slice(end, end + 48));
      if (gloss) end += gloss[0].length;
      const name = text.slice(nameStart, end).replace(QUOTES, " ").replace(/\s+/g, " ").trim();
      if (!name || (re !== BODY && !namesByWords(name.split(" ")))) continue;
      if (!out.some((g) => g.start < end && nameStart < g.end)) out.push({ name, start: nameStart, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function pastVerb(text: string, at: number, word: string): boolean {
  return /[a-z]{3}ed$/.test(word) && isCommonWord(text.slice(at, at + word.length));
}

/** Offset of the k-th word (0-based) in a run of words separated by whitespace. */
function offsetOfWord(run: string, k: number): number {
  const re = /\S+/g;
  let n = 0;
  for (let m = re.exec(run); m; m = re.exec(run)) {
    if (n === k) return m.index;
    n++;
  }
  return run.length;
}
