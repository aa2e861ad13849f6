import type { SpeakerKind } from "@deconflict/domain";
import { bareWord, PERSON_ROLES, PERSON_TITLES, ROLE_CLASSES } from "./lexicon/titles.ts";
import { IRREGULAR_PAST } from "./markers.ts";
import { phraseAfter } from "./noun-phrase.ts";
import { kindOfShape, type SpeakerShape, shapeOf } from "./speaker-phrase.ts";

/** A resolved speaker: the shortest phrase that names them, and their kind. */
export interface Speaker {
  text: string;
  kind: SpeakerKind;
  /** Role class when the speaker is an unnamed role ("a senior lawmaker"), for later naming. */
  pendingRole: string | null;
  /** Role class of a named person ("legislator" for "Sen. X"), when the text gives one. */
  roleClass: string | null;
  /** The bare name, when `text` carries the description it was found by as a title ("Senator X" for "the senator"). */
  person?: string;
}

interface Person {
  name: string;
  role: string | null;
}

/** Who has been speaking so far in one article, so "he said", "it said" and "the statement" resolve. */
export class SpeakerMemory {
  private people: Person[] = [];
  private lastPerson: string | null = null;
  private lastOrg: Speaker | null = null;
  private lastIssuer: Speaker | null = null;
  private lastAnyone: Speaker | null = null;
  private lastPersonKind: SpeakerKind = "named-person";
  /** Bodies and outlets that spoke, latest last, so "the agency" or "the ministry" finds its full name. */
  private orgs: Speaker[] = [];

  /** A person named in passing ("Yehya al-Aridi, a spokesman for …") becomes the next "he". */
  notePerson(name: string, role: string | null): void {
    this.rememberPerson(name, role);
  }

  /** Whether anyone has been named as a person yet, for "he" or "she" to point back to. */
  knowsPerson(): boolean {
    return this.lastPerson !== null;
  }

  /** A body that is the subject of a sentence in passing ("The ministry issued a statement.") becomes the next "it". */
  noteOrg(name: string): void {
    this.lastOrg = { text: name, kind: "official-statement", pendingRole: null, roleClass: null };
  }

  resolve(shape: SpeakerShape, raw: string): Speaker {
    const speaker = this.resolveShape(shape, raw);
    this.remember(shape, speaker);
    return speaker;
  }

  private resolveShape(shape: SpeakerShape, raw: string): Speaker {
    switch (shape.type) {
      case "pronoun": {
        // "A spokesman for the ministry … he told X": he is still the unnamed spokesman, with that kind.
        if (shape.refers === "person" && this.lastPerson)
          return { ...person(this.lastPerson), kind: this.lastPersonKind };
        if (shape.refers === "org") {
          const org = this.lastOrg ?? this.lastIssuer;
          if (org) return { ...org, pendingRole: null, roleClass: null };
        }
        if (shape.refers === "any" && this.lastAnyone)
          return { ...this.lastAnyone, pendingRole: null, roleClass: null };
        return {
          text: raw.trim(),
          kind: shape.refers === "person" ? "named-person" : "official-statement",
          pendingRole: null,
          roleClass: null,
        };
      }
      case "statement": {
        if (shape.issuer) {
          const issuer = this.resolveShape(shape.issuer, raw);
          const kind: SpeakerKind = issuer.kind === "media" ? "media" : "official-statement";
          return { text: issuer.text, kind, pendingRole: null, roleClass: null };
        }
        const org = this.lastIssuer ?? this.lastOrg;
        // "the poll found", "the statement said": the text names the document; its issuer is the one named before.
        return {
          text: org ? `${org.text} ${shape.noun}` : shape.noun,
          kind: org?.kind === "media" ? "media" : "official-statement",
          pendingRole: null,
          roleClass: null,
        };
      }
      case "person":
        return person(this.fullName(shape.name), shape.role);
      case "role": {
        const cls = ROLE_CLASSES.get(shape.role) ?? shape.role;
        // Only a bare "the minister" points back; "the regional governor" may be someone new.
        if (shape.definite && shape.name.split(/\s+/).length === 1) {
          const known = [...this.people].reverse().find((p) => p.role && (ROLE_CLASSES.get(p.role) ?? p.role) === cls);
          // "the senator said": Senator X, the name with the word the text refers to them by, so both are kept.
          if (known) return { ...person(known.name), text: titled(shape.role, known.name), person: known.name };
        }
        return {
          text: shape.name,
          kind: kindOfShape(shape) ?? "named-person",
          pendingRole: shape.definite ? null : cls,
          roleClass: null,
        };
      }
      case "body": {
        // "the agency", "the ministry": the body or outlet last named in full with that head noun.
        const head = /^(?:the\s+)?([\p{L}-]+)$/iu.exec(shape.name.trim())?.[1]?.toLowerCase();
        const named = head ? [...this.orgs].reverse().find((o) => lastWordOf(o.text) === head) : undefined;
        if (named) return { ...named, pendingRole: null, roleClass: null };
        return {
          text: shape.name || raw.trim(),
          kind: kindOfShape(shape) ?? "official-statement",
          pendingRole: null,
          roleClass: null,
        };
      }
      default:
        return {
          text: shape.name || raw.trim(),
          kind: kindOfShape(shape) ?? "named-person",
          pendingRole: null,
          roleClass: null,
        };
    }
  }

  private remember(shape: SpeakerShape, speaker: Speaker): void {
    this.lastAnyone = speaker;
    if (shape.type === "role") {
      this.lastPerson = speaker.person ?? speaker.text;
      this.lastPersonKind = speaker.kind;
    }
    if (speaker.kind === "named-person" && (shape.type === "person" || shape.type === "pronoun")) {
      this.rememberPerson(speaker.text, shape.type === "person" ? shape.role : null);
    }
    if (speaker.kind === "official-statement" || speaker.kind === "media") {
      this.lastOrg = speaker;
      if (shape.type !== "role" && shape.type !== "pronoun" && speaker.text.includes(" ")) this.orgs.push(speaker);
      if (shape.type === "statement" && shape.issuer) this.lastIssuer = speaker;
    }
  }

  private rememberPerson(name: string, role: string | null): void {
    const full = this.fullName(name);
    this.lastPersonKind = "named-person";
    const existing = this.people.find((p) => p.name === full);
    if (existing) existing.role = existing.role ?? role;
    else this.people.push({ name: full, role });
    this.lastPerson = full;
  }

  /** "Ozerov" after "Viktor Ozerov" is Viktor Ozerov. */
  private fullName(name: string): string {
    const lower = name.toLowerCase();
    if (lower.includes(" ")) return name;
    const match = [...this.people].reverse().find((p) => {
      const parts = p.name.toLowerCase().split(/\s+/);
      return parts[parts.length - 1] === lower || parts.includes(lower);
    });
    return match?.name ?? name;
  }
}

/** "senator", "Ana Ruiz" → "Senator Ana Ruiz"; lower-cased text stays lower-cased. */
function titled(role: string, name: string): string {
  if (name.toLowerCase().startsWith(`${role} `)) return name;
  const title = /^\p{Lu}/u.test(name) ? `${role.charAt(0).toUpperCase()}${role.slice(1)}` : role;
  return `${title} ${name}`;
}

function lastWordOf(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return words[words.length - 1] ?? "";
}

function person(name: string, role: string | null = null): Speaker {
  return {
    text: name,
    kind: "named-person",
    pendingRole: null,
    roleClass: role ? (ROLE_CLASSES.get(role) ?? role) : null,
  };
}

// Words that end a name read after a title in lower-cased text.
const NOT_NAMES = new Set(
  "of for from by at in with to on and or the a an as said says told who which that is was has had will would".split(
    " ",
  ),
);

const NAME_WORD = String.raw`[\p{L}][\p{L}'’.-]*`;
// "Yehya al-Aridi, a spokesman for …": a name, then an appositive that gives a role.
const APPOSITIVE_RE = new RegExp(
  String.raw`(?:^|[.;]\s+|\s)((?:${NAME_WORD}\s){0,3}${NAME_WORD}),\s+(?:a|an|the)\s+(?:[\p{L}.'’-]+\s){0,4}?(${[...PERSON_ROLES].join("|")})\b`,
  "giu",
);

/** People named in a sentence with a title or a role appositive; for "he said" in a later sentence. */
export function personMentions(sentence: string, mixedCase: boolean): Person[] {
  const out: Person[] = [];
  if (sentence.length > 2000) return out;
  APPOSITIVE_RE.lastIndex = 0;
  for (let m = APPOSITIVE_RE.exec(sentence); m !== null; m = APPOSITIVE_RE.exec(sentence)) {
    const name = trimToName(m[1] as string, mixedCase);
    if (name) out.push({ name, role: (m[2] as string).toLowerCase() });
  }
  const words = sentence.split(/\s+/);
  for (let i = 0; i < words.length - 1; i++) {
    const title = bareWord(words[i] as string);
    if (!PERSON_TITLES.has(title)) continue;
    const name: string[] = [];
    for (let j = i + 1; j < words.length && name.length < (mixedCase ? 3 : 2); j++) {
      const raw = words[j] as string;
      const word = raw.replace(/[,;:.!?"”]+$/u, "").replace(/['’]s$/u, "");
      const lower = word.toLowerCase();
      if (!word || PERSON_TITLES.has(lower) || NOT_NAMES.has(lower) || (mixedCase && !/^\p{Lu}/u.test(word))) break;
      name.push(word);
      if (word !== raw) break;
    }
    if (name.length >= (mixedCase ? 1 : 2)) out.push({ name: name.join(" "), role: title });
  }
  return out;
}

function trimToName(phrase: string, mixedCase: boolean): string | null {
  const ws = phrase.split(/\s+/);
  const kept: string[] = [];
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i] as string;
    if (
      mixedCase
        ? !/^\p{Lu}|^al-|^el-|^bin\b|^de$|^van$|^von$/u.test(w)
        : /^(?:the|a|an|and|of|in|on|said|told)$/i.test(w)
    )
      break;
    kept.unshift(w);
  }
  return kept.length > 0 && kept.length <= 4 ? kept.join(" ") : null;
}

/** The body a sentence is about, when its subject is one: "After several warnings, the coalition struck …" → coalition. */
export function bodySubject(sentence: string, mixedCase: boolean): string | null {
  const shape = subjectShape(sentence, mixedCase);
  return shape?.type === "body" ? shape.name : null;
}

/** The person a sentence is about, when its subject is one named: "Ana Ruiz is a nurse who thinks …" → Ana Ruiz. */
export function personSubject(sentence: string, mixedCase: boolean): string | null {
  const shape = subjectShape(sentence, mixedCase);
  return shape?.type === "person" && /\p{L}{2}/u.test(shape.name) ? shape.name : null;
}

function subjectShape(sentence: string, mixedCase: boolean): SpeakerShape | null {
  if (sentence.length > 2000) return null;
  const lead =
    /^(?:(?:after|before|on|in|at|during|with|for|since|despite|following|meanwhile|however|earlier|later|last)\b[^,]{0,60},\s*)?/iu.exec(
      sentence,
    );
  const np = phraseAfter(sentence, lead?.[0].length ?? 0);
  if (!np) return null;
  // The subject ends at its verb: "The ministry issued …".
  const words = sentence.slice(np.start, np.end).split(/\s+/);
  // "Omar Haddad runs …": a lower-case -s word after a capitalised one is a present-tense verb.
  const verb = words.findIndex(
    (w, i) =>
      i > 0 &&
      (/^\p{Ll}+ed$/u.test(w) ||
        IRREGULAR_PAST.has(w.toLowerCase()) ||
        (/^\p{Ll}+s$/u.test(w) && /^\p{Lu}/u.test(words[i - 1] ?? ""))),
  );
  return shapeOf((verb > 0 ? words.slice(0, verb) : words).join(" "), mixedCase);
}
