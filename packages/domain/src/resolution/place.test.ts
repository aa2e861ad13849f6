import { describe, expect, test } from "vitest";
import { comparePlaces, distanceKm, placeCells } from "./place.ts";

const named = (name: string) => ({ name, geo: null });
const at = (name: string, lat: number, lon: number, precision: "place" | "region" | "country" = "place") => ({
  name,
  geo: { lat, lon, precision },
});
// Approximate town centres in Donetsk oblast.
const kramatorsk = at("Kramatorsk", 48.72, 37.56);
const sloviansk = at("Sloviansk", 48.85, 37.61);

describe("places", () => {
  describe("by name alone", () => {
    test("one name, however framed, is the same place", () =>
      expect(comparePlaces(named("Kramatorsk"), named("the city of Kramatorsk")).relation).toBe("same"));
    test("a name held in a longer one is inside it", () => {
      expect(comparePlaces(named("Lebanon"), named("southern Lebanon")).relation).toBe("same");
      expect(comparePlaces(named("Khan Younis"), named("Khan Younis refugee camp")).relation).toBe("inside");
    });
    test("two other names differ, without contradicting", () =>
      expect(comparePlaces(named("Kramatorsk"), named("Druzhkivka")).relation).toBe("differs"));
    test("no place on one side is unknown", () =>
      expect(comparePlaces(named("Kramatorsk"), { name: null, geo: null }).relation).toBe("unknown"));
    test("diacritics and case do not matter", () =>
      expect(comparePlaces(named("Maarat al-Numan"), named("MAARAT AL-NUMAN")).relation).toBe("same"));
  });

  describe("by coordinates", () => {
    test("towns 15 km apart are apart", () => {
      const c = comparePlaces(kramatorsk, sloviansk);
      expect(c.relation).toBe("apart");
      expect(c.km).toBeGreaterThan(10);
    });
    test("a village 3 km out is near", () => {
      const c = comparePlaces(kramatorsk, at("Biletske", 48.74, 37.52));
      expect(c.relation).toBe("near");
      expect(c.km).toBeLessThan(5);
    });
    test("a town lies inside its region", () =>
      expect(comparePlaces(kramatorsk, at("Donetsk region", 48.0, 37.8, "region")).relation).toBe("inside"));
    test("a town far from a region is apart", () =>
      expect(comparePlaces(kramatorsk, at("Lviv region", 49.8, 24.0, "region")).relation).toBe("apart"));
    test("distance is great-circle km", () => expect(distanceKm(kramatorsk.geo, sloviansk.geo)).toBeCloseTo(14.8, 0));
  });

  describe("cells", () => {
    test("a point probes its grid cell and its neighbours", () => {
      const { own, probe } = placeCells(kramatorsk);
      expect(own[0]).toMatch(/^g:/);
      expect(probe.filter((c) => c.startsWith("g:"))).toHaveLength(9);
    });
    test("a name is its words", () =>
      expect(placeCells(named("Deir al-Balah")).own).toEqual(["n:deir", "n:al", "n:balah"]));
    test("a region is broad and probes everything", () =>
      expect(placeCells(at("Donetsk region", 48, 37.8, "region")).probe).toEqual(["*all"]));
  });
});
