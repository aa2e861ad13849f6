import type { Claim, EventMention, Span } from "@deconflict/domain";

export interface ClaimInput {
  /** Cleaned article text; every span points into it. */
  text: string;
  /** Sentence spans of `text`, in order. */
  sentences: readonly Span[];
  /** The article's event mentions, so claims can point at the one they are about (mentionIndex). */
  mentions: readonly EventMention[];
  publishedAt: string | null;
}

/** Every attributed statement in the article, one claim each. Never throws. */
export function extractClaims(_input: ClaimInput): Claim[] {
  return [];
}
