import type { Unit } from "./units.ts";

// "The rebels gave a sharply different account.": what that side says next disputes the account before it.

const FRAME_RE =
  /^(.{2,60}?)\s+(?:gave|offered|presented|provided|told|had|painted)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:different|conflicting|contrasting|opposing|contradictory|rival|competing)\s+(?:account|version|story|picture|narrative)\b/iu;
const REJECT_RE =
  /^(.{2,60}?)\s+(?:disputed|contradicted|rejected|challenged|denied)\s+(?:that|this|the|those|these)\s+(?:account|version|claims?|figures?|narrative)\b/iu;

const FRAME_WORD_RE =
  /\b(?:different|conflicting|contrasting|opposing|contradictory|rival|competing|disputed|contradicted|rejected|challenged|denied)\b/i;

export interface DisputeFrame {
  unit: number;
  paragraph: number;
  /** The disputing side's name, lower-cased and without a plural -s: "houthi" for "The Houthis". */
  side: string;
}

/** Sentences that announce a side's counter-account, with the side. */
export function disputeFrames(text: string, units: readonly Unit[]): DisputeFrame[] {
  const out: DisputeFrame[] = [];
  // Cheap prefilter: most articles frame no counter-account.
  if (!/\b(?:account|version|story|picture|narrative|claims?|figures?)\b/i.test(text)) return out;
  units.forEach((u, i) => {
    const s = text.slice(u.start, Math.min(u.end, u.start + 400));
    if (!FRAME_WORD_RE.test(s)) return;
    const m = FRAME_RE.exec(s) ?? REJECT_RE.exec(s);
    if (!m?.[1]) return;
    const words = m[1].trim().split(/\s+/);
    const head = (words[words.length - 1] ?? "").toLowerCase().replace(/['’]s$|s$/u, "");
    if (head.length >= 3) out.push({ unit: i, paragraph: u.paragraph, side: head });
  });
  return out;
}

/** Whether a claim disputes by a frame: the frame's paragraph right after it, or the side named as the speaker. */
export function framedAsDispute(
  frames: readonly DisputeFrame[],
  unit: number,
  paragraph: number,
  speaker: string,
): boolean {
  const words = speaker.toLowerCase().split(/[^\p{L}]+/u);
  return frames.some((f) => f.unit < unit && (f.paragraph === paragraph || words.some((w) => w.startsWith(f.side))));
}
