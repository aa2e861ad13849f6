import type { Candidate } from "./detect.ts";

/**
 * "Troops clashed with rebels near the town": a clash with someone is fought by both sides, and its subject is no
 * more the attacker than its object. The fight is told; who attacked is not.
 */
export function isMutualClash(c: Candidate): boolean {
  return c.family === "clash" && /^\s+with\b/i.test(c.sentenceText.slice(c.end, c.end + 8));
}

/** The candidate with no attacker read off its subject. */
export function withoutSides(c: Candidate): Candidate {
  return { ...c, attacker: null, pronounSubject: false, frame: { ...c.frame, attacker: null, unknownSubject: null } };
}
