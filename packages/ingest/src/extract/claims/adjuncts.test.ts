import { describe, expect, test } from "vitest";
import { ADJUNCT_AT_START, PREP_TAIL_RE, skipAdjuncts, skipHearer } from "./adjuncts.ts";

const afterAdjuncts = (s: string) => s.slice(skipAdjuncts(s, 0));
const afterHearer = (s: string) => s.slice(skipHearer(s, s, 0));

describe("claims", () => {
  describe("adjuncts", () => {
    test("times, channels and manners are skipped", () => {
      expect(afterAdjuncts(" on Tuesday in a statement that the talks failed")).toBe(" that the talks failed");
      expect(afterAdjuncts(" in his nightly video address that air defences held")).toBe(" that air defences held");
      expect(afterAdjuncts(" on condition of anonymity to discuss the matter.")).toBe(".");
      expect(afterAdjuncts(" on Telegram that two were hurt")).toBe(" that two were hurt");
      expect(afterAdjuncts(" in an interview that aired Sunday that talks failed")).toBe(" that talks failed");
    });

    test("a weekday that starts the content is content", () => {
      expect(afterAdjuncts(" Thursday’s strike as defensive")).toBe(" Thursday’s strike as defensive");
    });

    test("hearers of told: outlets, audiences, names and programmes", () => {
      expect(afterHearer(" AFP the forces appeared")).toBe(" the forces appeared");
      expect(afterHearer(" reporters last week that")).toBe(" last week that");
      expect(afterHearer(" the Associated Press that")).toBe(" that");
      expect(afterHearer(' CNN\'s "_____" on Sunday')).toBe(" on Sunday");
      expect(afterHearer(" the financial times in an interview")).toBe(" in an interview");
    });

    test("short tails after a quoted claim", () => {
      expect(PREP_TAIL_RE.test(" outside the Capitol.")).toBe(true);
      expect(PREP_TAIL_RE.test(" the strike was a mistake.")).toBe(false);
      expect(ADJUNCT_AT_START.test(" anonymously")).toBe(true);
    });
  });
});
