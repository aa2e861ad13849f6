import { skipAdjuncts, skipHearer } from "./adjuncts.ts";
import { beforeContent, beforeSecondCue, trimRange } from "./content.ts";
import { type CueVerb, cueOf, findCues } from "./lexicon/cues.ts";
import { phraseEndingAt, subjectBefore } from "./noun-phrase.ts";
import { objectContent } from "./object-content.ts";
import { coordinatedSubject, relativeAntecedent } from "./shared-subject.ts";
import type { Attribution, Range, SpeakerTest } from "./types.ts";

// Any cue verb of the lexicon (speech, accusation, denial, belief, intention, evidence) with its subject before it
// and its content after it: "Polls show that …", "The union endorsed Ms. Ruiz", "She thinks Sanders could win",
// "He wants to be a hero". The content is the rest of the clause the verb governs.

// Words between a subject and its verb: auxiliaries, negation, adverbs ("has long argued", "does not think").
const BETWEEN = new Set(
  (
    "has have had will would could should may might must can cannot do does did not never also still already long " +
    "repeatedly clearly publicly privately reportedly apparently now then just only even further previously " +
    "often always increasingly initially openly strongly firmly largely actually really genuinely certainly " +
    "probably likely simply quickly immediately later earlier again once first ultimately finally recently " +
    "is are was were am be been being"
  ) // progressive: "is saying", "are calling for"
    .split(" "),
);
const BE = new Set("is are was were am be been being".split(" "));
// A word before the cue that makes it a noun: "the plan", "his claims", "a strong support".
const NOUN_BEFORE = new Set(
  "a an the this that these those his her its their our my your no any some every each another whose what which whatever such".split(
    " ",
  ),
);
const PRONOUN_SUBJECT = /^(?:i|we|you|they|he|she|it|who)$/iu;
// A quantity standing for people, as polls and round-ups count them: "Some say …", "Six in 10 think …",
// "64 percent oppose …", "Others argued …".
// Read only at a clause's start, so "the some" or "in all" never count.
const QUANTITY_SUBJECT_RE =
  /(?:^|[,;:]\s*|["“”]\s*|\b(?:and|but|while|whereas)\s+)((?:(?:about|nearly|almost|roughly|only|just|more than|fewer than|less than|over|under)\s+)?(?:some|many|most|others|several|both|few|half|a (?:third|quarter|majority|minority|plurality)|(?:two|three)[-‐](?:thirds|quarters)|(?:\p{L}+|\d+)\s+in\s+(?:\d+|ten|three|four|five)(?:\s+\p{Ll}+)?|\d[\d.]*\s*(?:percent|%)(?:\s+(?:of\s+)?\p{Ll}+)?))\s+$/iu;

/** "Some say", "Six in 10 think", "64 percent of voters oppose": the quantity right before the verb, as its subject. */
function quantitySubject(masked: string, at: number): { start: number; end: number; anonymous: boolean } | null {
  const from = Math.max(0, at - 40);
  const m = QUANTITY_SUBJECT_RE.exec(masked.slice(from, at));
  if (!m?.[1]) return null;
  const start = from + m.index + m[0].length - m[1].length - (m[0].length - m[0].trimEnd().length);
  return { start, end: start + m[1].length, anonymous: false };
}
// What a cue may take without saying anything: "I think so", "he knows it", "she wants one".
const EMPTY_CONTENT =
  /^(?:so|not|it|this|that|them|him|her|me|us|one|otherwise|yes|no|nothing|anything|something|everything|little|much|more|why|how|too|as much)[.!?]?$/iu;
// Verbs with a hearer before their content: "told reporters that …", "urged voters to …".
const HEARER_LEMMAS = new Set(["tell", "assure", "remind", "reassure", "warn", "advise", "inform"]);
// A clause the cue sits in that ends at its comma: "Petrilli, who thinks X, called …", "Among those who say X, …".
const RELATIVE_BEFORE = /^,?\s*(?:who|which)\s+(?:\S+\s+){0,2}$/iu;
// Words that show the subject phrase is a clause fragment, not a noun phrase.
// "searching the rubble for people feared trapped", "footage from the scene showed": a phrase right after a
// preposition is its object, not the verb's subject.
const NOT_SUBJECT_END =
  /(?:^|\s)(?:to|than|as|like|if|because|whether|how|why|when|where|for|of|from|with|by|into|under|over|about|against|among|between|through)$/iu;

/** Every cue-verb attribution of a unit, left to right; a cue inside an earlier one's content is part of it. */
export function cueClauses(
  text: string,
  masked: string,
  looksLikeSpeaker: SpeakerTest,
  mixedCase: boolean,
): Attribution[] {
  const out: Attribution[] = [];
  let after = 0;
  for (const m of findCues(masked).slice(0, 24)) {
    if (m.start < after) continue;
    const found = readCue(text, masked, m.start, m.end, m.cue, looksLikeSpeaker, mixedCase);
    if (!found) continue;
    out.push(found);
    after = Math.max(...found.content.map((r) => r.end), m.end);
  }
  return out;
}

function readCue(
  text: string,
  masked: string,
  verbStart: number,
  verbEnd: number,
  cue: CueVerb,
  looksLikeSpeaker: SpeakerTest,
  mixedCase: boolean,
): Attribution | null {
  const written = masked.slice(verbStart, verbEnd);
  // "Hope Hicks", "the Trust": a capitalised cue inside a sentence is a name.
  if (mixedCase && /^\p{Lu}/u.test(written) && verbStart > 0) return null;
  const chain = auxChain(masked, verbStart);
  const beforeWord = lastWordBefore(masked, chain.start);
  const quantity = quantitySubject(masked, chain.start);
  if ((!quantity && NOUN_BEFORE.has(beforeWord)) || /['’]s$/u.test(beforeWord) || beforeWord === "to") return null;
  // "was seen", "is expected": a passive cue names no source, or names it after "by".
  if ((cue.form === "past" || cue.form === "participle") && chain.words.some((w) => BE.has(w))) return null;
  // "a man seen as …": a participle alone is no finite verb; "has seen" is.
  if (cue.form === "participle" && !chain.words.some((w) => /^ha(?:s|ve|d)$/.test(w))) return null;
  // "policies proposed by the senator": a past form before "by" is a passive, its source after "by".
  if (cue.form === "past" && /^\s+by\s/iu.test(masked.slice(verbEnd, verbEnd + 5))) return null;
  if (cue.form === "ing" && !chain.words.some((w) => BE.has(w))) return null;
  const relative = relativeAntecedent(masked, chain.start);
  const found =
    quantity ?? coordinatedSubject(text, masked, chain.start) ?? relative ?? subjectBefore(masked, chain.start);
  if (!found || found.end <= found.start) return null;
  // "… the aides he hired", "'' he": a pronoun right before the verb is the whole subject.
  const own = /(?:^|[\s'‘’"“”])(he|she|they|we|i|it|you)$/iu.exec(masked.slice(found.start, found.end));
  const sp = partitive(masked, own ? { ...found, start: found.end - (own[1] as string).length } : found);
  const speaker = text.slice(sp.start, sp.end);
  const lead = masked.slice(Math.max(0, sp.start - 12), sp.start).trimEnd();
  // "As the local paper reported, …": the writer vouches for what the source said, the main clause.
  const asSource = AS_SOURCE_RE.test(lead);
  // "a survey found that 58 percent of voters opposed …": a cue inside another cue's complement is part of its
  // content, not an attribution of its own.
  if (nestedIn(masked, sp.start)) return null;
  // "Ministers who say the truce is …" is an attribution wherever the relative clause sits.
  if (!relative && !asSource && NOT_SUBJECT_END.test(lead)) return null;
  // "In a Facebook post on Monday, Ruiz urged …": a noun-like cue after a sentence-opening preposition is a noun.
  if (cue.nounish && opensWithPreposition(masked, sp.start)) return null;
  // "…, since Iran is hoping to …": a cue in a clause of reason or time is the writer's background, not a claim.
  if (!relative && !asSource && SUBORDINATE_END.test(lead)) return null;
  const pronoun = PRONOUN_SUBJECT.test(speaker.trim()) || quantity !== null;
  if (!quantity && (!nounLike(speaker) || !subjectShaped(speaker))) return null;
  // "the plan", "Trump's attacks on …": a noun-like form needs an auxiliary or a pronoun to be a verb.
  // "Trump plans to …": after a name the form is a verb; "the government plans" may be a noun phrase.
  const named = /^\p{Lu}/u.test(speaker.trim().split(/\s+/).pop() ?? "");
  // After ", who" the form is a verb, and the clause ends at its comma: "Ruiz, who supports the levy, said …".
  const bareNounish =
    cue.nounish &&
    (cue.form === "base" || cue.form === "s") &&
    chain.words.length === 0 &&
    !pronoun &&
    !named &&
    !(relative && beforeWord === "who" && RELATIVE_BEFORE.test(masked.slice(sp.end, chain.start)));
  if (!pronoun && !looksLikeSpeaker(speaker, true)) return null;
  if (!quantity && !agrees(cue, speaker, chain.words)) return null;
  let at = verbEnd;
  if (HEARER_LEMMAS.has(cue.lemma)) {
    at = skipHearer(text, masked, at);
    // "told her to leave" is an order, not a claim.
    if (/^\s*(?:not\s+)?to\s/iu.test(masked.slice(at))) return null;
  }
  at = skipAdjuncts(masked, at);
  if (asSource) return asSourceClaim(text, masked, sp, at, verbStart, verbEnd, written);
  const that = /^\s*,?\s*that\s+/iu.exec(masked.slice(at));
  if (that) at += that[0].length;
  let end = text.length;
  if (RELATIVE_BEFORE.test(masked.slice(sp.end, chain.start))) {
    const comma = masked.indexOf(",", at);
    if (comma > at) end = comma;
  }
  const semi = masked.slice(at, end).search(CONTENT_END_RE);
  if (semi > 0) end = at + semi;
  end = beforeSecondCue(masked, at, end);
  let content: Range[] = [trimRange(text, at, end)];
  const said = text.slice(content[0]?.start ?? 0, content[0]?.end ?? 0);
  // "…, polls show." / "…, he thinks.": the content came first.
  if (/^[\s.!?"”’)]*$/u.test(said)) content = beforeContent(text, masked, sp.start);
  else if (EMPTY_CONTENT.test(said.trim()) || TOPIC_START.test(said)) return null;
  // "did not say where the drones fell": nothing was claimed.
  else if (chain.words.some((w) => w === "not" || w === "never") && WH_START.test(said)) return null;
  // "refused to leave" is an act; "refused to comment", "refused to say whether …" is about speech.
  else if (cue.lemma === "refuse" && !REFUSED_SPEECH_RE.test(said)) return null;
  // "urged residents to stay in shelters", "asked voters to …": an appeal for an act, like an order, no claim.
  else if (APPEAL_LEMMAS.has(cue.lemma) && /^(?:[\p{L}'’.-]+\s+){0,5}?(?:not\s+)?to\s/iu.test(said)) return null;
  // "agreed not to interfere", "agreed to talks": a deal made, not a view held.
  else if (cue.lemma === "agree" && /^(?:not\s+)?to\s/iu.test(said)) return null;
  if (content.length === 0 || !content.every((r) => r.end > r.start)) return null;
  // "backed the mayor last week and has campaigned …": an object phrase, not a clause, is what is attributed.
  const only = content[0];
  if (!that && content.length === 1 && only && only.start >= verbEnd) {
    const object = objectContent(text, only.start, only.end, verbStart);
    if (object) content = [object];
  }
  // "Polls show that …", "Republicans fear the nominee will …": a noun-like form is a verb when a clause follows
  // ("the TV show features …" has a verb right after it instead); "the government plans to send …" may be a noun
  // ("the government plans") and is the writer's report of a plan, not something attributed.
  if (
    bareNounish &&
    !(
      that ||
      (clausal(said) && !VERB_FIRST_RE.test(said) && !/^(?:not\s+)?to\s/iu.test(said)) ||
      smallClause(said, cue)
    )
  )
    return null;
  // "praised the strike", "dismissed the proposal": a bare common noun is what the cue is about, not what was said.
  const object = text.slice(content[0]?.start ?? 0, content[0]?.end ?? 0);
  if (content.length === 1 && !smallClause(object, cue) && bareCommonNoun(object, cue)) return null;
  return {
    speaker: sp,
    content,
    verb: written.toLowerCase().replace(/\s+/g, " "),
    cue: { start: verbStart, end: verbEnd },
    anonymous: sp.anonymous,
    statement: false,
  };
}

// "As the local paper reported, …", "…, as the senator noted.": "as" opening the sentence or a clause after a comma.
const AS_SOURCE_RE = /(?:^|[,;—–]\s*)as$/iu;

/** "As X said, A" and "A, as X noted": the content is the main clause, after the comma or before the "as". */
function asSourceClaim(
  text: string,
  masked: string,
  sp: Range,
  at: number,
  verbStart: number,
  verbEnd: number,
  written: string,
): Attribution | null {
  const comma = /^[^,;:"“”]{0,60}?,\s*/u.exec(masked.slice(at));
  const tail = masked.slice(at);
  let content: Range[] = [];
  if (/^\s*(?:[.!?]+["”’)]*)?\s*$/u.test(tail)) {
    const as = /(?:^|[,;—–]\s*)as\s*$/iu.exec(masked.slice(0, sp.start));
    content = beforeContent(text, masked, as ? as.index : sp.start);
  } else if (comma && sp.start < 40) content = [trimRange(text, at + comma[0].length, text.length)];
  if (content.length === 0 || !content.every((r) => r.end > r.start)) return null;
  return {
    speaker: sp,
    content,
    verb: written.toLowerCase().replace(/\s+/g, " "),
    cue: { start: verbStart, end: verbEnd },
    anonymous: false,
    statement: false,
  };
}

// A preposition opening the sentence or a clause: what follows it is an adverbial, not a subject.
const OPENING_PREP_RE = /(?:^|[,;]\s*)(?:in|on|at|via|through|during|amid)\s+$/iu;

/** Whether the phrase at `at` is the object of a preposition that opens the sentence or a clause. */
export function opensWithPreposition(masked: string, at: number): boolean {
  const from = Math.max(0, at - 16);
  const lead = masked.slice(from, at);
  return OPENING_PREP_RE.test(lead) && (from === 0 || /[,;]\s*\S+\s+$/u.test(lead));
}

/** Whether the clause whose subject starts at `at` is the "that" complement of a cue verb before it. */
function nestedIn(masked: string, at: number): boolean {
  const m = /([\p{L}]+)\s+that\s+$/iu.exec(masked.slice(Math.max(0, at - 40), at));
  return m?.[1] !== undefined && cueOf(m[1]) !== undefined;
}

// The share a partitive subject names: "a third of voters", "a handful of party officials", "most of the senators".
const PARTITIVE_RE =
  /(?:^|\s)(?:\d[\d.,]*%?|percent|half|third|thirds|quarter|quarters|majority|minority|plurality|most|many|some|all|none|each|both|few|several|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|number|group|slew|handful|share|bulk|chunk|lot|lots|rest|members?|leaders?|supporters?)$/iu;

/** The subject with the share it is counted in: "voters" in "a third of voters agree" → the whole. */
function partitive(masked: string, sp: Range & { anonymous: boolean }): Range & { anonymous: boolean } {
  const of = /(\S+(?:\s+\S+){0,3}?)\s+of\s+$/u.exec(masked.slice(Math.max(0, sp.start - 40), sp.start));
  if (!of?.[1]) return sp;
  const head = of[1];
  if (!PARTITIVE_RE.test(head)) return sp;
  const start = sp.start - of[0].length;
  const np = phraseEndingAt(masked, start + head.length);
  if (!np || np.end <= np.start || np.start < start) return sp;
  // "found that 58 percent of voters": the complementizer is no part of the subject.
  const that = /^that\s+/iu.exec(masked.slice(np.start, np.end));
  return { ...sp, start: np.start + (that ? that[0].length : 0) };
}

// "did not comment on the claim", "spoke about the war": a topic, not something said.
const TOPIC_START = /^(?:on|upon|about|of|against|for)\s/iu;
// Lower-case words that end a verb phrase, not a noun phrase: "carried out repeated strikes", "internationally
// recognised government".
const PARTICLES = new Set("out up off down back over away in on around through".split(" "));
const LY_NOUNS = new Set("ally family assembly rally supply anomaly bully monopoly july italy".split(" "));

/** Whether a subject phrase ends in a noun or pronoun rather than an adverb, a particle or a participle. */
function nounLike(phrase: string): boolean {
  const last = phrase.trim().split(/\s+/).pop() ?? "";
  if (!/^\p{Ll}/u.test(last)) return true;
  if (PARTICLES.has(last)) return false;
  if (/ly$/u.test(last) && !LY_NOUNS.has(last)) return false;
  return !(last.length > 4 && /ed$/u.test(last));
}

// Where a cue's content ends inside its sentence: a semicolon, a dash, a concessive clause ("…, though a survey
// found …"), a second predicate of the same subject ("does not support X but approved Y").
const CONTENT_END_RE =
  /;\s|\s[—–]\s|\s--\s|,\s+(?:though|although|while|whereas)\s|\s(?:but|and)\s+(?:also\s+|then\s+)?\p{Ll}+ed\s/u;
const VERB_FIRST_RE = /^(?:is|are|was|were|has|have|had|will|would|\p{Ll}+(?:ed|es|s))\s/u;
const APPEAL_LEMMAS = new Set(["urge", "ask", "call on", "advise", "remind", "implore", "plead", "demand"]);
const REFUSED_SPEECH_RE =
  /^to\s+(?:comment|say|discuss|answer|disclose|reveal|elaborate|specify|confirm|deny|name|identify|explain|endorse|apologi[sz]e|rule out|back|support|release)\b/iu;
const SUBORDINATE_END =
  /(?:^|\s)(?:since|because|as|while|when|whenever|after|before|if|although|though|unless|until|once)$/iu;
const WH_START = /^(?:where|whether|how|why|when|what|who|which|if)\s/iu;

// A subject never opens with a preposition or a conjunction ("In Iowa", "During …"), holds a clause word ("what
// they", "said they", "asking X why he"), or is one lower-case word that is no plural ("main", "congressional").
const SUBJECT_OPENER =
  /^(?:in|on|at|during|ahead|after|before|when|while|as|for|with|since|despite|amid|from|by|if|so|but|and|or|then|of|to|about|because|like)$/iu;
const CLAUSE_WORD = /^(?:what|said|says|say|asking|asked|how|why|whether|told|tells)$/iu;
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|morning|evening|night|afternoon|time|percent|points?)$/iu;

function subjectShaped(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const first = words[0] ?? "";
  const last = (words[words.length - 1] ?? "").replace(/[,.]+$/u, "");
  if (SUBJECT_OPENER.test(first) || words.some((w) => CLAUSE_WORD.test(w)) || TIME_WORD.test(last)) return false;
  if (words.length === 1 && NOUN_BEFORE.has(first.toLowerCase())) return false;
  if (words.length === 1 && /^\p{Ll}/u.test(first) && !PRONOUN_SUBJECT.test(first))
    return /[^s]s$|people$|data$/u.test(first);
  return true;
}

/** The auxiliaries and adverbs right before the verb, read backwards. */
function auxChain(masked: string, verbStart: number): { start: number; words: string[] } {
  let start = verbStart;
  const words: string[] = [];
  for (let k = 0; k < 4; k++) {
    const m = /(\S+)\s+$/u.exec(masked.slice(Math.max(0, start - 30), start));
    if (!m) break;
    // "a significant IS attack": an auxiliary is written in lower case.
    if (/^\p{Lu}{2,}$/u.test(m[1] as string)) break;
    const w = (m[1] as string).toLowerCase().replace(/n['’]t$/u, "");
    if (
      !BETWEEN.has(w) &&
      !/^(?:does|did|do|is|are|was|were|has|have|had|would|could|should|ca|wo)n['’]t$/u.test(m[1] as string)
    )
      break;
    words.unshift(w);
    start -= m[0].length;
  }
  return { start, words };
}

function lastWordBefore(masked: string, at: number): string {
  const m = /([\p{L}'’]+)\s+$/u.exec(masked.slice(Math.max(0, at - 30), at));
  return (m?.[1] ?? "").toLowerCase();
}

/** Subject and verb agree: "polls show", "the poll shows", "he wants", never "he want" or "voters wants". */
function agrees(cue: CueVerb, speaker: string, chain: readonly string[]): boolean {
  if (chain.length > 0 || cue.form === "past" || cue.form === "ing") return true;
  const raw = speaker.trim().split(/\s+/).pop() ?? "";
  const last = raw.toLowerCase();
  if (last === "who") return true;
  const named = /^\p{Lu}/u.test(raw);
  const plural = /[^s'’]s$/.test(last) && !/(?:ss|us|is)$/.test(last);
  if (cue.form === "s") return !/^(?:i|we|you|they)$/.test(last) && (named || !plural);
  // The base form: a plural or I/we/you/they.
  return /^(?:i|we|you|they)$/.test(last) || plural || /(?:people|staff|public|media)$/.test(last);
}

// A finite verb or an infinitive: the content is a proposition, not just the thing a cue is about.
const FINITE_WORD_RE =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|cannot|may|might|must|do|does|did|won't|can't|isn't|aren't|wasn't|weren't|doesn't|didn't|\p{Ll}+ed|\p{Ll}{3,}[^su']s)$/u;

/** "the strike", "his plan", "the new proposal": one common noun after a determiner, nothing more. */
function bareCommonNoun(content: string, cue: CueVerb): boolean {
  const words = content.trim().split(/\s+/);
  // "calls her an extremely intelligent woman": an object with its predicate says something of it.
  if (/^(?:him|her|them|it|us|me|himself|herself|themselves|itself)\s+(?:a|an|the)\s/iu.test(content)) return false;
  // "called the plan “a giveaway”": words of the speaker's own, quoted, are what was said of the object.
  if (/["“”«»]|''/u.test(content)) return false;
  if (cue.cueClass !== "evidence" && cue.cueClass !== "speech") {
    if (words.length > 3 || !NOUN_BEFORE.has((words[0] ?? "").toLowerCase())) return false;
    return words.slice(1).every((w) => /^\p{Ll}/u.test(w)) && !clausal(content);
  }
  // A name or a figure makes an object worth a claim ("endorsed Ms. Ruiz", "show the mayor within two points").
  if (words.some((w, i) => ((i > 0 || !NOUN_BEFORE.has(w.toLowerCase())) && /^\p{Lu}/u.test(w)) || /\d/u.test(w)))
    return false;
  return !clausal(content);
}

// "shows the mayor leading the field", "found most voters opposed to it": a noun phrase and its predicate.
const SMALL_CLAUSE_RE =
  /^(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}'’.-]+\s+){0,3}?(?:\p{Ll}{3,}ing|ahead|behind|tied|trailing|leading)\b/u;

/** Evidence that shows someone doing or being something: a small clause after "show", "find", "see". */
function smallClause(said: string, cue: CueVerb): boolean {
  if (cue.cueClass !== "evidence" && cue.lemma !== "see") return false;
  const m = SMALL_CLAUSE_RE.exec(said);
  return m !== null && m[0].split(/\s+/).length >= 2 && !/^\p{Ll}{3,}ing\b/u.test(said);
}

/** Whether content is a clause ("Sanders could win", "to be a hero") rather than a bare object ("the proposal"). */
export function clausal(content: string): boolean {
  if (/^["“”«»']|^(?:not\s+)?to\s/iu.test(content)) return true;
  const first = content.split(/,\s|\s(?:but|and|while|though|although|because)\s/u)[0] ?? content;
  const words = first.split(/\s+/).slice(1, 12);
  return words.some((w) => FINITE_WORD_RE.test(w.replace(/[,.;:!?"“”’]+$/u, "")));
}
