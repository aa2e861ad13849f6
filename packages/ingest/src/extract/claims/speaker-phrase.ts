import type { SpeakerKind } from "@deconflict/domain";
import { isCountry } from "./lexicon/countries.ts";
import {
  BODY_PHRASE_RE,
  BODY_WORDS,
  OUTLET_DESCRIPTORS,
  OUTLET_HEADS,
  OUTLET_RE,
  STATEMENT_NOUNS,
} from "./lexicon/organisations.ts";
import { ANONYMOUS_HEADS, bareWord, PERSON_ROLES, PERSON_TITLES, SPEAKER_NOISE } from "./lexicon/titles.ts";

/** What a speaker phrase is, before any coreference. */
export type SpeakerShape =
  | { type: "pronoun"; refers: "person" | "org" | "any" }
  | { type: "statement"; issuer: SpeakerShape | null; noun: string }
  | { type: "outlet"; name: string }
  | { type: "person"; name: string; role: string | null }
  | { type: "anonymous"; name: string }
  | { type: "body"; name: string }
  | { type: "role"; name: string; role: string; definite: boolean }
  | { type: "unknown"; name: string };

const PRONOUNS: Readonly<Record<string, "person" | "org" | "any">> = {
  he: "person",
  she: "person",
  i: "person",
  it: "org",
  they: "any",
  we: "any",
};
const NOT_SPEAKERS = new Set("this that which what there these those who whom here one".split(" "));
const FUNCTION_WORDS = new Set(
  "of for from by at in with to on and or the a an as about against over under into".split(" "),
);
const ISSUER_PREP_RE = /\b(?:issued|released|put out|posted|published)?\s*(?:from|by|of)\s+(.+)$/i;

interface Word {
  raw: string;
  lower: string;
}

function words(phrase: string): Word[] {
  return phrase
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((raw) => ({ raw: raw.replace(/[,;:]+$/u, ""), lower: bareWord(raw) }));
}

function singular(w: string): string {
  if (w.length <= 3) return w;
  if (/(?:ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  return w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
}

function join(ws: readonly Word[]): string {
  return ws
    .map((w) => w.raw)
    .join(" ")
    .replace(/['’]s$/u, "")
    .trim();
}

/** Words before the first inner preposition, without articles and counts: "a military source in X" → "military source". */
function core(ws: readonly Word[]): Word[] {
  const cut = ws.findIndex((w, i) => i > 0 && FUNCTION_WORDS.has(w.lower));
  const head = cut > 0 ? ws.slice(0, cut) : ws;
  return head.filter((w) => !SPEAKER_NOISE.has(w.lower) && !/^\d+$/.test(w.lower));
}

function isNameWord(w: Word, mixedCase: boolean): boolean {
  if (FUNCTION_WORDS.has(w.lower) || SPEAKER_NOISE.has(w.lower)) return false;
  if (BODY_WORDS.has(w.lower) || OUTLET_HEADS.has(w.lower) || STATEMENT_NOUNS.has(w.lower)) return false;
  if (ANONYMOUS_HEADS.has(w.lower) || PERSON_ROLES.has(w.lower)) return false;
  if (!/\p{L}/u.test(w.raw)) return false;
  return mixedCase ? /^\p{Lu}/u.test(w.raw) || NAME_PARTICLE_RE.test(w.raw) : true;
}

// Lower-case particles inside names: "Hamid al-Shami", "Ursula von der Leyen", "Osama bin Laden".
const NAME_PARTICLE_RE =
  /^(?:(?:al|el|ad|an|ar|as|ash|at|az|ul|ud|bin|ibn|abu|ben|bint)-\p{L}|(?:bin|ibn|abu|bint|van|von|der|den|de|da|di|du|del|della|dos|das|le|la|ter)$)/u;

/** "the National Police": an outlet's name inside a longer body name is no outlet. */
function outletInName(phrase: string, end: number, mixedCase: boolean): boolean {
  const next = words(phrase.slice(end))[0];
  if (!next || OUTLET_HEADS.has(next.lower) || OUTLET_DESCRIPTORS.has(next.lower) || FUNCTION_WORDS.has(next.lower))
    return false;
  return BODY_WORDS.has(next.lower) || (mixedCase && /^\p{Lu}/u.test(next.raw));
}

/** Reads a speaker phrase as a pronoun, a statement, an outlet, a person, an unnamed source or a body. */
export function shapeOf(phrase: string, mixedCase = true): SpeakerShape {
  const ws = words(phrase);
  const first = ws[0];
  if (!first) return { type: "unknown", name: "" };
  if (ws.length === 1 && PRONOUNS[first.lower]) return { type: "pronoun", refers: PRONOUNS[first.lower] as "person" };

  const stmt = ws.findIndex((w) => STATEMENT_NOUNS.has(w.lower));
  if (stmt >= 0 && !ws.slice(0, stmt).some((w) => PERSON_TITLES.has(w.lower) && !SPEAKER_NOISE.has(w.lower))) {
    const after = ws
      .slice(stmt + 1)
      .map((w) => w.raw)
      .join(" ");
    const prep = ISSUER_PREP_RE.exec(after);
    const noun = (ws[stmt] as Word).lower;
    if (prep?.[1]) return { type: "statement", issuer: shapeOf(prep[1], mixedCase), noun };
    const before = core(ws.slice(0, stmt)).filter(
      (w) => !/^(?:official|joint|written|new|latest|brief|earlier|separate)$/.test(w.lower),
    );
    return { type: "statement", issuer: before.length > 0 ? shapeOf(join(before), mixedCase) : null, noun };
  }

  // "CNN's Dana Bash", "the Post's Ana Ruiz": the outlet's reporter, named, speaks.
  const reporter = outletPerson(ws, mixedCase);
  if (reporter) return reporter;
  const outlet = OUTLET_RE.exec(phrase);
  if (
    outlet?.[1] &&
    !/\b(?:official|source|spokes\w*)s?\b/i.test(phrase) &&
    !outletInName(phrase, outlet.index + outlet[0].length, mixedCase)
  )
    return { type: "outlet", name: outlet[1] };
  const cw = core(ws);
  const headWord = cw[cw.length - 1];
  if (headWord && isOutletHead(cw)) return { type: "outlet", name: outletName(cw, mixedCase) };

  // "a spokesman for Sen. X": the spokesman speaks, not the senator.
  const roleFor = ws.findIndex(
    (w, i) => i < 4 && PERSON_ROLES.has(w.lower) && /^(?:for|of|to)$/.test(ws[i + 1]?.lower ?? ""),
  );
  // "Chairman of the Joint Chiefs Gen. Jane Roe": a role used as a title, no article, then a titled name.
  const titled = roleFor === 0 ? titledName(ws, mixedCase) : null;
  if (titled) return titled;
  if (roleFor >= 0 && ws.slice(0, roleFor).every((w) => !PERSON_TITLES.has(w.lower) || SPEAKER_NOISE.has(w.lower))) {
    const role = (ws[roleFor] as Word).lower;
    return { type: "role", name: describe(ws, mixedCase), role, definite: /^(?:the|this|that)$/i.test(first.lower) };
  }
  const person = titledName(ws, mixedCase);
  if (person) return person;
  if (isCountry(phrase.replace(/['’]s$/u, ""))) return { type: "body", name: join(cw) };

  const anonAt = cw.findIndex((w) => ANONYMOUS_HEADS.has(w.lower));
  if (anonAt >= 0 && !(cw[anonAt + 1] && BODY_WORDS.has((cw[anonAt + 1] as Word).lower))) {
    return { type: "anonymous", name: describe(ws, mixedCase) };
  }

  if (headWord && PERSON_ROLES.has(singular(headWord.lower))) {
    return {
      type: "role",
      name: describe(ws, mixedCase),
      role: singular(headWord.lower),
      definite: /^(?:the|this|that)$/i.test(first.lower),
    };
  }

  const body = BODY_PHRASE_RE.exec(phrase);
  if (body || cw.some((w) => BODY_WORDS.has(w.lower))) {
    return { type: "body", name: describe(ws, mixedCase) || (body?.[1] ?? "") };
  }
  // "UNIFIL", "the RSF", "the rsf": an acronym, or one word after "the", names a body; people take no article.
  if (cw.length === 1 && isBodyName(ws, cw[0] as Word, mixedCase)) return { type: "body", name: join(cw) };
  // "Colombia's ELN": a name that ends in an acronym is a body's.
  const lastRaw = (cw[cw.length - 1]?.raw ?? "").replace(/['’]s$/u, "");
  if (mixedCase && cw.length > 1 && /^\p{Lu}[\p{Lu}\p{N}&-]{1,7}$/u.test(lastRaw))
    return { type: "body", name: join(cw) };
  // Lower-cased, a name is still never "the vehicles".
  const determined = !mixedCase && SPEAKER_NOISE.has(first.lower);
  if (
    cw.length > 0 &&
    cw.length <= 4 &&
    !determined &&
    cw.every((w) => isNameWord(w, mixedCase)) &&
    !NOT_SPEAKERS.has(first.lower)
  ) {
    return { type: "person", name: join(cw), role: null };
  }
  return { type: "unknown", name: join(cw) };
}

/** "CNN's Dana Bash": an outlet's possessive, then a name of two to four words. */
function outletPerson(ws: readonly Word[], mixedCase: boolean): SpeakerShape | null {
  if (!mixedCase) return null;
  const at = ws.findIndex((w) => /['’]s$/u.test(w.raw));
  if (at < 0 || at > 3) return null;
  const name = ws.slice(at + 1);
  if (name.length < 2 || name.length > 4 || !name.every((w) => isNameWord(w, mixedCase))) return null;
  const owner = ws
    .slice(0, at + 1)
    .map((w) => w.raw)
    .join(" ")
    .replace(/['’]s$/u, "");
  const found = OUTLET_RE.exec(owner);
  if (!found || found[0].length < owner.replace(/^the\s+/iu, "").length) return null;
  return { type: "person", name: join(name), role: null };
}

function isBodyName(ws: readonly Word[], only: Word, mixedCase: boolean): boolean {
  if (NOT_SPEAKERS.has(only.lower) || PRONOUNS[only.lower]) return false;
  if (mixedCase && /^\p{Lu}[\p{Lu}\p{N}&-]{1,7}$/u.test(only.raw.replace(/['’]s$/u, ""))) return true;
  if (ws.length !== 2 || ws[0]?.lower !== "the") return false;
  // "The Pentagon"; lower-cased, only what reads as an acronym ("the rsf"), not "the vehicles".
  if (mixedCase) return /^\p{Lu}\p{L}+$/u.test(only.raw);
  // An acronym has no vowel inside it: "rsf", "idf", "sbu", but not "town" or "man".
  return /^\p{L}{2,5}$/u.test(only.raw) && !/[aeiou]/.test(only.lower.slice(1, -1));
}

/** A descriptive speaker phrase without articles and counts, prepositional tail kept: "spokesman for the ministry". */
function describe(ws: readonly Word[], _mixedCase: boolean): string {
  const kept = ws.slice(0, 10).filter((w, i) => !(i === 0 && SPEAKER_NOISE.has(w.lower)));
  let k = 0;
  while (k < kept.length && (SPEAKER_NOISE.has((kept[k] as Word).lower) || /^\d+$/.test((kept[k] as Word).lower))) k++;
  const out = kept.slice(k);
  while (out.length > 0 && FUNCTION_WORDS.has((out[out.length - 1] as Word).lower)) out.pop();
  return join(out);
}

/** "the SANA state news agency" → SANA; "Lebanon's state-run National News Agency" → National News Agency. */
function outletName(cw: readonly Word[], mixedCase: boolean): string {
  const head = cw[cw.length - 1] as Word;
  if (mixedCase && /^\p{Lu}/u.test(head.raw)) {
    let k = cw.length - 1;
    while (k > 0 && /^\p{Lu}/u.test((cw[k - 1] as Word).raw) && !/['’]s$/u.test((cw[k - 1] as Word).raw)) k--;
    if (k < cw.length - 1) return join(cw.slice(k));
  }
  const compound = (w: Word) => /-(?:run|backed|owned|controlled|affiliated|linked|aligned|based)$/.test(w.lower);
  const possessive = (w: Word) => /['’]s$/u.test(w.raw);
  const name = cw.filter(
    (w) => !OUTLET_DESCRIPTORS.has(w.lower) && !OUTLET_HEADS.has(w.lower) && !compound(w) && !possessive(w),
  );
  if (name.length > 0) return join(name);
  const rest = cw.filter((w) => !compound(w) && !possessive(w));
  return join(rest.length > 0 ? rest : cw);
}

function isOutletHead(cw: readonly Word[]): boolean {
  const head = cw[cw.length - 1];
  if (!head || !OUTLET_HEADS.has(head.lower)) return false;
  // "the agency", "the network" alone may be a government body; a news agency says so.
  if (head.lower === "agency" || head.lower === "network" || head.lower === "service" || head.lower === "station") {
    return cw.some((w) => /^(?:news|press|wire|state|media|broadcasting|television|tv)$/.test(w.lower));
  }
  return true;
}

/** "Foreign Minister Sergei Lavrov" → Sergei Lavrov; "Col. Ryan Dillon" → Ryan Dillon. */
function titledName(ws: readonly Word[], mixedCase: boolean): SpeakerShape | null {
  let lastTitle = -1;
  for (let i = 0; i < ws.length; i++) if (PERSON_TITLES.has((ws[i] as Word).lower)) lastTitle = i;
  if (lastTitle < 0) return null;
  // "analyst Jane Roe of the Policy Institute": the name ends where its prepositional tail begins.
  const tail = ws.findIndex((w, i) => i > lastTitle && FUNCTION_WORDS.has(w.lower));
  const name = ws.slice(lastTitle + 1, tail > lastTitle ? tail : ws.length);
  if (name.length === 0 || name.length > 4 || !name.every((w) => isNameWord(w, mixedCase))) return null;
  return { type: "person", name: join(name), role: (ws[lastTitle] as Word).lower };
}

// Roles that describe an unnamed source rather than one identifiable office-holder.
const UNNAMED_SOURCES = new Set(
  (
    "witness resident survivor villager medic doctor nurse activist rescuer analyst expert observer worker " +
    "volunteer journalist reporter student farmer man woman father mother son daughter brother sister wife " +
    "husband teacher pilot soldier fighter researcher economist campaigner critic local relative neighbour neighbor"
  ).split(" "),
);

/** Whether a phrase before or after a speech verb plausibly names who spoke. */
export function looksLikeSpeaker(phrase: string, lenient: boolean, mixedCase = true): boolean {
  const ws = words(phrase);
  if (ws.length === 0 || ws.length > 12) return false;
  if (ws.length === 1 && NOT_SPEAKERS.has((ws[0] as Word).lower)) return false;
  if (ws.every((w) => SPEAKER_NOISE.has(w.lower) || FUNCTION_WORDS.has(w.lower))) return false;
  if (!/\p{L}{2}|^(?:i|I)$/u.test(phrase)) return false;
  const shape = shapeOf(phrase, mixedCase);
  if (shape.type !== "unknown") return true;
  return lenient && shape.name.length > 0;
}

/** The kind a shape has when it needs no coreference. */
export function kindOfShape(shape: SpeakerShape): SpeakerKind | null {
  switch (shape.type) {
    case "statement":
      return shape.issuer?.type === "outlet" ? "media" : "official-statement";
    case "outlet":
      return "media";
    case "person":
      return "named-person";
    case "anonymous":
      return "anonymous-official";
    case "body":
      return "official-statement";
    case "role":
      if (shape.role.startsWith("spokes")) return "official-statement";
      // "witnesses said", "a doctor told Reuters": unnamed people speaking as sources.
      return UNNAMED_SOURCES.has(shape.role) && !shape.definite ? "anonymous-official" : "named-person";
    case "unknown":
      return "named-person";
    case "pronoun":
      return null;
  }
}
