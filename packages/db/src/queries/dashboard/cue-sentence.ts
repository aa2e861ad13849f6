// The sentence a claim was read from, with its cue marked: what the claims explorer shows under each claim.

/** How far around a claim the query reads the stored text to find its sentence. */
export const SENTENCE_REACH = 240;

export interface CueSentence {
  /** The sentence (or sentences) holding the claim and its cue, trimmed. */
  text: string;
  /** The cue inside `text`, or null when the claim has no cue of its own (a quote carried on). */
  cue: { start: number; end: number } | null;
}

// A sentence ends at . ! ? (and a closing quote or bracket) before a space, or at a line break.
const END_RE = /[.!?]["”’)\]]*\s|\n/gu;

/**
 * `window` is the stored text from offset `at`; `from`/`to` bound the claim and its cue (text offsets).
 * The result runs from the sentence start before `from` to the sentence end after `to`.
 */
export function cueSentence(
  window: string,
  at: number,
  claim: { start: number; end: number },
  cue: { start: number; end: number } | null,
): CueSentence {
  const lo = Math.max(0, Math.min(claim.start, cue?.start ?? claim.start) - at);
  const hi = Math.min(window.length, Math.max(claim.end, cue?.end ?? claim.end) - at);
  let start = 0;
  let end = window.length;
  END_RE.lastIndex = 0;
  for (let m = END_RE.exec(window); m !== null; m = END_RE.exec(window)) {
    const after = m.index + m[0].length;
    if (after <= lo) start = after;
    else if (m.index >= hi - 1 && m.index + 1 >= hi) {
      end = m.index + m[0].trimEnd().length;
      break;
    }
  }
  const raw = window.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const mark =
    cue && cue.start - at >= start && cue.end - at <= end
      ? { start: cue.start - at - start - lead, end: cue.end - at - start - lead }
      : null;
  return { text, cue: mark && mark.start >= 0 && mark.end <= text.length ? mark : null };
}
