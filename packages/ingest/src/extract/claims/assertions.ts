import { nonEmpty, trimRange } from "./content.ts";
import { wordCount } from "./quotes.ts";
import type { Attribution, Range } from "./types.ts";

// One speaker, two assertions in one sentence: "X said A and accused Y of B"; "…, describing them as B".

// A second verb of the same subject that makes a claim of its own: a denial or an accusation.
const SECOND_VERB_RE = /,?\s+and\s+(?:also\s+|then\s+)?(accused|denied|rejected|dismissed|blamed|disputed)\s+/iu;
// A label the speaker put on what they reported: ", describing them as …", ", calling it …".
const LABEL_RE =
  /(?:^|,\s*)(?:describing|calling|branding|labell?ing|terming|dubbing)\s+(?:it|them|this|that|these|those|(?:the|its|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:as\s+)?/iu;

// "…, a charge the group rejected": a second speaker disputing the claim just made, which is no part of it.
const CLAIM_TAIL_RE =
  /(?:^|,\s+)(?:a|an)\s+(?:claim|charge|accusation|allegation|account|version|figure)s?\s+((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}?)\s+(?:(?:has|had|have)\s+)?(denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses|contested|contests)\s*[.!?]?\s*$/iu;

/** The attribution, split where its content holds a second assertion (offsets into `text`). */
export function splitAssertions(
  text: string,
  masked: string,
  a: Attribution,
  isSpeaker: (phrase: string) => boolean = () => true,
): Attribution[] {
  if (a.content.length === 0) return [a];
  const last = a.content[a.content.length - 1] as Range;
  const tail = CLAIM_TAIL_RE.exec(masked.slice(last.start, Math.min(masked.length, last.end + 2)));
  if (tail?.[1] && isSpeaker(tail[1])) {
    const cut = last.start + tail.index;
    const rest = trimRange(text, last.start, cut);
    const kept = [...a.content.slice(0, -1), rest].filter(nonEmpty);
    const words = kept.reduce((n, r) => n + wordCount(text.slice(r.start, r.end)), 0);
    if (kept.length > 0 && words >= 2) {
      // The disputer's own claim is left out: annotators treat it as optional and word it their own way.
      return splitOwn(text, masked, { ...a, content: kept });
    }
  }
  return splitOwn(text, masked, a);
}

function splitOwn(text: string, masked: string, a: Attribution): Attribution[] {
  const extra: Attribution[] = [];
  let main = [...a.content];
  const last = main[main.length - 1] as Range;
  const label = LABEL_RE.exec(masked.slice(last.start, last.end));
  if (label) {
    const at = last.start + label.index;
    const said = trimRange(text, at + label[0].length, last.end);
    if (wordCount(text.slice(said.start, said.end)) >= 2) {
      extra.push({ ...a, content: [said], verb: "described", label: true });
      main = [...main.slice(0, -1), trimRange(text, last.start, at)];
    }
  }
  const tail = main[main.length - 1];
  const second = tail ? SECOND_VERB_RE.exec(masked.slice(tail.start, tail.end)) : null;
  if (tail && second) {
    const cut = tail.start + second.index;
    const left = trimRange(text, tail.start, cut);
    const after = cut + second[0].length;
    // "and denied that …": the that-clause is what was denied.
    const right = trimRange(text, after + (/^that\s+/iu.exec(masked.slice(after))?.[0].length ?? 0), tail.end);
    if (wordCount(text.slice(left.start, left.end)) >= 2 && nonEmpty(right)) {
      main = [...main.slice(0, -1), left];
      extra.unshift({ ...a, content: [right], verb: (second[1] as string).toLowerCase() });
    }
  }
  const kept = main.filter(nonEmpty);
  return kept.length > 0 ? [{ ...a, content: kept }, ...extra] : [a];
}
