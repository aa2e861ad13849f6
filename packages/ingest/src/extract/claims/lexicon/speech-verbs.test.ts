import { describe, expect, test } from "vitest";
import { CANDIDATE_RE, CONTEST_VERBS, isSpeechVerb, SPEECH_VERB_RE } from "./speech-verbs.ts";

describe("claims", () => {
  describe("speech verbs", () => {
    test("know say-type, that-type and contesting verbs", () => {
      for (const w of ["said", "told", "stated", "confirmed", "described", "reported", "warned", "disputed"]) {
        expect(isSpeechVerb(w)).toBe(true);
      }
      expect(isSpeechVerb("struck")).toBe(false);
    });

    test("mark denials and complaints as contesting", () => {
      expect(CONTEST_VERBS.has("denied")).toBe(true);
      expect(CONTEST_VERBS.has("complained")).toBe(true);
      expect(CONTEST_VERBS.has("said")).toBe(false);
    });

    test("find a verb with its auxiliary", () => {
      SPEECH_VERB_RE.lastIndex = 0;
      const m = SPEECH_VERB_RE.exec("A Western official has said the strike");
      expect(m?.[0]).toBe("has said");
      expect(m?.[1]).toBe("said");
    });

    test("prefilter candidate sentences by quote marks and verbs, in any case", () => {
      expect(CANDIDATE_RE.test("THE MINISTRY SAID")).toBe(true);
      expect(CANDIDATE_RE.test("“a quote”")).toBe(true);
      expect(CANDIDATE_RE.test("according to officials")).toBe(true);
      expect(CANDIDATE_RE.test("Coalition aircraft struck a convoy.")).toBe(false);
    });
  });
});
