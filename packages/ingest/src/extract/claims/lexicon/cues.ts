import data from "./cues.json" with { type: "json" };

// Cue verbs of attribution (cues.json), every inflection generated once at load.

export type CueClass = "speech" | "accusation" | "denial" | "belief" | "intention" | "evidence";
export type ClaimKind = "statement" | "belief" | "intention";
export type CueForm = "base" | "s" | "past" | "participle" | "ing";

export interface CueVerb {
  lemma: string;
  cueClass: CueClass;
  kind: ClaimKind;
  form: CueForm;
  /** The lemma's base and -s forms are also common nouns ("the plan", "his claims"). */
  nounish: boolean;
}

const CLASSES = Object.keys(data.verbs) as CueClass[];
const IRREGULAR = data.irregular as Record<string, string[] | undefined>;
const DOUBLE = new Set(data.double);
const NOUNISH = new Set(data.nounish);

function sForm(h: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(h)) return `${h}es`;
  if (/[^aeiou]y$/.test(h)) return `${h.slice(0, -1)}ies`;
  return `${h}s`;
}

function pastForms(h: string): string[] {
  const irregular = IRREGULAR[h];
  if (irregular) return irregular;
  if (h.endsWith("e")) return [`${h}d`];
  if (/[^aeiou]y$/.test(h)) return [`${h.slice(0, -1)}ied`];
  if (DOUBLE.has(h)) return [`${h}${h.slice(-1)}ed`];
  return [`${h}ed`];
}

function ingForm(h: string): string {
  if (h.endsWith("ie")) return `${h.slice(0, -2)}ying`;
  if (/[^eoy]e$/.test(h)) return `${h.slice(0, -1)}ing`;
  if (DOUBLE.has(h)) return `${h}${h.slice(-1)}ing`;
  return `${h}ing`;
}

/** Every written form of a cue lemma ("point out" → "points out", "pointed out", …). */
export function inflect(lemma: string): Array<{ text: string; form: CueForm }> {
  const [head = "", ...rest] = lemma.split(" ");
  const tail = rest.length ? ` ${rest.join(" ")}` : "";
  const out: Array<{ text: string; form: CueForm }> = [
    { text: head, form: "base" },
    { text: sForm(head), form: "s" },
    // "wrote" / "written": the second irregular form is a participle only, never a finite verb.
    ...pastForms(head).map((text, i) => ({ text, form: i === 0 ? ("past" as const) : ("participle" as const) })),
    { text: ingForm(head), form: "ing" },
  ];
  return out.map((f) => ({ text: f.text + tail, form: f.form }));
}

function build(): Map<string, CueVerb> {
  const forms = new Map<string, CueVerb>();
  for (const cueClass of CLASSES) {
    const kind = data.kinds[cueClass] as ClaimKind;
    for (const lemma of data.verbs[cueClass]) {
      for (const f of inflect(lemma)) {
        if (forms.has(f.text)) continue;
        forms.set(f.text, { lemma, cueClass, kind, form: f.form, nounish: NOUNISH.has(lemma.split(" ")[0] ?? "") });
      }
    }
  }
  return forms;
}

export const CUE_FORMS: ReadonlyMap<string, CueVerb> = build();

export interface Attitude {
  kind: ClaimKind;
  /** The words that may open its content: "that", "to", "of", "about", "with". */
  openers: readonly string[];
}

/** Adjectives of attitude after a form of be: "is confident that …", "are eager to …". */
export const ATTITUDES: ReadonlyMap<string, Attitude> = (() => {
  const out = new Map<string, Attitude>();
  const { about: _about, ...byKind } = data.adjectives;
  for (const [kind, words] of Object.entries(byKind) as Array<[ClaimKind, Record<string, string[]>]>)
    for (const [word, openers] of Object.entries(words)) out.set(word, { kind, openers });
  return out;
})();

// Multi-word forms by their first word, longest first: "pointed" → ["pointed out", "pointed to"].
const BY_FIRST: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const form of CUE_FORMS.keys()) {
    const first = form.split(" ")[0] ?? form;
    out.set(first, [...(out.get(first) ?? []), form]);
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
})();

export interface CueMatch {
  start: number;
  end: number;
  cue: CueVerb;
}

const WORD_RE = /[\p{L}]+(?:['’][\p{L}]+)*/gu;

// The claims rules ask for the cues of one sentence several times (clauses, participles, content ends): the last
// few answers are kept. Callers only read them.
const recent = new Map<string, CueMatch[]>();
const RECENT = 16;

/** Every cue form in `s`, left to right (a word scan with set look-ups, no large regex). */
export function findCues(s: string, from = 0): CueMatch[] {
  const key = `${from}:${s}`;
  const hit = recent.get(key);
  if (hit) return hit;
  const found = scanCues(s, from);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value as string);
  recent.set(key, found);
  return found;
}

function scanCues(s: string, from: number): CueMatch[] {
  const out: CueMatch[] = [];
  WORD_RE.lastIndex = from;
  for (let m = WORD_RE.exec(s); m !== null; m = WORD_RE.exec(s)) {
    const forms = BY_FIRST.get(m[0].toLowerCase());
    // "so-called", "well-known": part of a compound word, no verb.
    if (!forms || /[-‐]$/u.test(s.slice(Math.max(0, m.index - 1), m.index))) continue;
    for (const form of forms) {
      const hit = matchForm(s, m.index, form);
      if (hit < 0) continue;
      out.push({ start: m.index, end: hit, cue: CUE_FORMS.get(form) as CueVerb });
      WORD_RE.lastIndex = hit;
      break;
    }
  }
  return out;
}

/** Whether a sentence holds any cue word: the cheap prefilter. */
export function hasCue(s: string): boolean {
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(s); m !== null; m = WORD_RE.exec(s)) {
    const w = m[0].toLowerCase();
    if (BY_FIRST.has(w) || ATTITUDES.has(w)) return true;
  }
  return false;
}

/** The end of `form` written at `at` (words separated by any spaces), or -1. */
function matchForm(s: string, at: number, form: string): number {
  let pos = at;
  const parts = form.split(" ");
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as string;
    if (k > 0) {
      const space = /^\s+/u.exec(s.slice(pos, pos + 4));
      if (!space) return -1;
      pos += space[0].length;
    }
    if (s.slice(pos, pos + part.length).toLowerCase() !== part) return -1;
    pos += part.length;
  }
  return /^[\p{L}\p{N}'’-]/u.test(s.slice(pos, pos + 1)) ? -1 : pos;
}

/** The cue a written form is, or undefined ("thought" → think, belief). */
export function cueOf(written: string): CueVerb | undefined {
  return CUE_FORMS.get(written.toLowerCase().replace(/\s+/g, " "));
}

/** The claim kind a cue gives; plain statements when the cue is no verb of the lexicon ("according to"). */
export function claimKindOf(written: string): ClaimKind {
  const w = written.toLowerCase();
  if (/^(?:belief|view|fear|conclusion|finding|prediction|position|to)$/.test(w)) return "belief";
  if (/^(?:hope|plan|threat|demand|promise|pledge|vow)$/.test(w)) return "intention";
  return cueOf(w)?.kind ?? ATTITUDES.get(w)?.kind ?? "statement";
}
