import type { EventMention, Span } from "@deconflict/domain";

// Words that make a claim about an attack even when no mention sits beside it: "the strike", "the convoy was hit".
const ATTACK_WORDS =
  /\b(?:strike|strikes|struck|airstrike|airstrikes|air strike|attack|attacked|attacks|bomb\w*|raid|raids|shell\w*|missile|missiles|rocket|rockets|hit|killed|killing|wounded|casualties|dead|destroy\w*|damag\w*|target\w*|fired|firing|drone|drones|shot down|offensive|assault|incident|operation|convoy|vehicles|warning shots|show of force|self-defen[cs]e|escalation)\b/i;

/** The mention a claim is about: one in its sentence, else one in its paragraph, else the article's first event when the claim speaks of an attack. */
export function linkEvent(
  claimSpan: Span,
  paragraph: Span,
  content: string,
  mentions: readonly EventMention[],
): number | null {
  if (mentions.length === 0) return null;
  let inParagraph: number | null = null;
  let first: number | null = null;
  let firstStart = Number.POSITIVE_INFINITY;
  for (let i = 0; i < mentions.length; i++) {
    const s = (mentions[i] as EventMention).span;
    if (s.start < claimSpan.end && s.end > claimSpan.start) return i;
    if (s.start < paragraph.end && s.end > paragraph.start && inParagraph === null) inParagraph = i;
    if (s.start < firstStart) {
      firstStart = s.start;
      first = i;
    }
  }
  if (inParagraph !== null) return inParagraph;
  return ATTACK_WORDS.test(content) ? first : null;
}
