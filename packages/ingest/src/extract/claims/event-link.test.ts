import type { EventMention } from "@deconflict/domain";
import { describe, expect, test } from "vitest";
import { linkEvent } from "./event-link.ts";

const mention = (start: number, end: number): EventMention => ({
  kind: "airstrike",
  date: null,
  location: null,
  attacker: null,
  target: null,
  platform: null,
  munition: null,
  distanceKm: null,
  geo: null,
  eventType: null,
  subEventType: null,
  instruments: [],
  forces: [],
  casualties: [],
  escalation: [],
  span: { start, end },
});

describe("claims", () => {
  describe("event linking", () => {
    const mentions = [mention(0, 50), mention(200, 260)];

    test("a mention in the claim's sentence", () => {
      expect(linkEvent({ start: 210, end: 240 }, { start: 200, end: 300 }, "anything", mentions)).toBe(1);
    });

    test("else a mention in its paragraph", () => {
      expect(linkEvent({ start: 270, end: 290 }, { start: 200, end: 300 }, "anything", mentions)).toBe(1);
    });

    test('else the first event when the claim speaks of "the strike"', () => {
      expect(linkEvent({ start: 400, end: 450 }, { start: 400, end: 450 }, "the strike was defensive", mentions)).toBe(
        0,
      );
    });

    test("else none", () => {
      expect(linkEvent({ start: 400, end: 450 }, { start: 400, end: 450 }, "talks will resume", mentions)).toBeNull();
      expect(linkEvent({ start: 0, end: 5 }, { start: 0, end: 5 }, "the strike", [])).toBeNull();
    });
  });
});
