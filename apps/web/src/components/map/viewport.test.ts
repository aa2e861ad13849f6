import { describe, expect, test } from "vitest";
import { fitProjection, IDENTITY, MAX_ZOOM, viewForKey, zoomAt } from "./viewport.ts";

describe("the map's viewport", () => {
  describe("fitting", () => {
    test("puts every event inside the box, with a margin", () => {
      const events = [
        { lat: 49.99, lon: 36.23 },
        { lat: 13.63, lon: 25.35 },
        { lat: 2.5, lon: -76.8 },
      ];
      const p = fitProjection(events, 800, 500);
      for (const e of events) {
        const [x, y] = p([e.lon, e.lat]) ?? [Number.NaN, Number.NaN];
        expect(x).toBeGreaterThan(20);
        expect(x).toBeLessThan(780);
        expect(y).toBeGreaterThan(20);
        expect(y).toBeLessThan(480);
      }
    });
    test("keeps a region in sight around a single event instead of zooming onto a point", () => {
      const p = fitProjection([{ lat: 49.99, lon: 36.23 }], 800, 500);
      const [x1] = p([36.23 - 4, 49.99]) ?? [0];
      const [x2] = p([36.23 + 4, 49.99]) ?? [0];
      // Eight degrees of longitude fit in the box, so they span at most its width.
      expect(x2 - x1).toBeLessThanOrEqual(800);
      expect(x2 - x1).toBeGreaterThan(300);
    });
    test("shows the whole world with no events", () => {
      const p = fitProjection([], 800, 500);
      const [x] = p([0, 0]) ?? [0];
      expect(x).toBeCloseTo(400, 0);
    });
  });

  describe("zoom and pan", () => {
    test("zooming keeps the point under the cursor in place", () => {
      const v = zoomAt(IDENTITY, 2, 100, 50);
      expect(v).toEqual({ k: 2, x: -100, y: -50 });
      // The map point under (100, 50) before is still under it: 100 = 100 * 2 - 100.
      expect(100 * v.k + v.x).toBe(100);
    });
    test("stays between the whole map and the deepest zoom", () => {
      expect(zoomAt(IDENTITY, 0.5, 0, 0).k).toBe(1);
      expect(zoomAt({ k: 60, x: 0, y: 0 }, 2, 0, 0).k).toBe(MAX_ZOOM);
    });
    test("keys pan, zoom and refit; other keys do nothing", () => {
      expect(viewForKey(IDENTITY, "ArrowLeft", 0, 0)).toEqual({ k: 1, x: 60, y: 0 });
      expect(viewForKey(IDENTITY, "ArrowDown", 0, 0)).toEqual({ k: 1, x: 0, y: -60 });
      expect(viewForKey(IDENTITY, "+", 0, 0)?.k).toBe(1.5);
      expect(viewForKey({ k: 3, x: 5, y: 5 }, "0", 0, 0)).toEqual(IDENTITY);
      expect(viewForKey(IDENTITY, "a", 0, 0)).toBeNull();
    });
  });
});
