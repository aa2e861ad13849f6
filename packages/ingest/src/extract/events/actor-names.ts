import { type Actor, textKey } from "@deconflict/domain";
import { AGENT_HEADS } from "../lexicon/agents.ts";
import type { ActorHit } from "../lexicon/match-actors.ts";
import type { Phrase } from "./frames.ts";

/** An event whose attacker the text does not name ("a car bomb exploded"): exported as null. */
export const UNKNOWN_ATTACKER: Actor = { key: "~", name: "", side: null };

export function isUnknown(a: Actor | null | undefined): boolean {
  return !a || a.key === UNKNOWN_ATTACKER.key;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * A lexicon hit as an actor: the lexicon's key and side, the text's own name. The name is the frame's phrase
 * around the hit ("ELN rebels" for the hit "ELN"), else the hit's own words; a generic word the article's
 * coreference resolved ("the group") takes the name the text last gave that actor.
 */
export function actorOfHit(
  sentence: string,
  hit: ActorHit,
  phrase: Phrase | null,
  lastName: ReadonlyMap<string, string>,
): Actor {
  const own = phrase && overlaps(phrase, hit) && !phrase.anaphoric ? phrase.text : sentence.slice(hit.start, hit.end);
  // "the army" alone takes the name it stands for; "an army post" keeps its own words.
  const bare = cleanName(own).toLowerCase() === cleanName(sentence.slice(hit.start, hit.end)).toLowerCase();
  const name = hit.coref && bare ? (lastName.get(hit.entry.key) ?? hit.entry.name) : cleanName(own) || hit.entry.name;
  return { key: hit.entry.key, name, side: hit.entry.side || null };
}

/** An actor the lexicon does not know, named and keyed by the text's phrase. */
export function openActor(phrase: Phrase): Actor {
  const name = cleanName(phrase.text);
  return { key: textKey(name.replace(COUNT_WORDS, "") || name), name, side: null };
}

// "several urban guerrillas" and "urban guerrillas", "20 or 30 terrorists" and "terrorists": how many is no part of
// who, so one article's tellings of them are one actor.
const COUNT_WORDS =
  /^(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|several|some|many|few|about|approximately|around|nearly|almost|at least|more than|over|up to|or|dozens of|hundreds of|scores of|a group of|group of|a band of|band of)\s+)+/i;

// A name reads as a name: no leading article, no trailing possessive, no line breaks.
function cleanName(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(/^(?:the|a|an)\s+/i, "")
    .replace(/['’]s?$/, "")
    .trim();
}

const VAGUE_MODIFIER =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|dozens|hundreds|unidentified|unknown|suspected|armed|masked|heavily|alleged|other|more|suicide|lone|young|a|an|the|of)$/;

/** "Gunmen", "two unidentified assailants": an attacker the text describes but does not name. */
export function isVague(a: Actor): boolean {
  if (isUnknown(a)) return true;
  if (!a.key.startsWith("~")) return false;
  const words = a.name.toLowerCase().split(/\s+/);
  const head = words.at(-1) ?? "";
  // "the armed forces" is a state's military, named, not "armed men" described.
  if (head === "forces" && words.at(-2) === "armed") return false;
  return AGENT_HEADS.has(head) && words.slice(0, -1).every((w) => VAGUE_MODIFIER.test(w));
}
