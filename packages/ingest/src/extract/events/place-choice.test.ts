import { describe, expect, test } from "vitest";
import { chooseLocation, framePlaceName, narrower, placeRank } from "./place-choice.ts";

const none = { known: null, carried: false, framed: null, dateline: null };

describe("placeRank", () => {
  test("a region word makes a region, an area word as wide as a country", () => {
    expect(placeRank("Usulutan department", [])).toBe(2);
    expect(placeRank("the Syria-Jordan-Iraq border", [])).toBe(3);
  });
  test("a site is a site, a country a country", () => {
    expect(placeRank("Deerpark Road", [])).toBe(0);
    expect(placeRank("Peru", [])).toBe(3);
  });
  test("a name no gazetteer knows is taken for a village", () => expect(placeRank("Xqzvillage Rrrt", [])).toBe(1));
});

describe("narrower", () => {
  test("a town is narrower than its department", () =>
    expect(narrower("San Juan de las Flores", "La Paz department", ["BO"])).toBe(true));
  test("a site is no narrower than a town: the site is the target", () =>
    expect(narrower("the bakery", "Lyon", ["FR"])).toBe(false));
});

describe("chooseLocation", () => {
  test("the frame's town beats the lexicon's country", () =>
    expect(chooseLocation({ ...none, known: { name: "Colombia", level: 3 }, framed: "Boqueron" }, ["CO"])).toBe(
      "Boqueron",
    ));
  test("on a tie the lexicon's name stays", () =>
    expect(chooseLocation({ ...none, known: { name: "Kirkuk", level: 1 }, framed: "Tuz Khurmatu" }, ["IQ"])).toBe(
      "Kirkuk",
    ));
  test("the event's own frame beats the place the discourse carried", () =>
    expect(
      chooseLocation({ ...none, known: { name: "Lyon", level: 1 }, carried: true, framed: "Strasbourg" }, ["FR"]),
    ).toBe("Strasbourg"));
  test("the dateline only when nothing else is said", () => {
    const dateline = { name: "Aden", countryCode: "YE" };
    expect(chooseLocation({ ...none, dateline }, ["YE"])).toBe("Aden");
    expect(chooseLocation({ ...none, framed: "Lahij", dateline }, ["YE"])).toBe("Lahij");
  });
  test("with no place and no dateline, the article's country", () => expect(chooseLocation(none, ["PE"])).toBe("Peru"));
  test("with nothing at all, no place", () => expect(chooseLocation(none, [])).toBeNull());
});

describe("framePlaceName", () => {
  test("a chain stops at a distance", () =>
    expect(framePlaceName("Dale Bridge, 25 km north", "mixed", [])).toBe("Dale Bridge"));
  test("in all caps, everyday words are no place", () => {
    expect(framePlaceName("THE MASSACRE", "upper", ["SV"])).toBeNull();
    expect(framePlaceName("1311 GMT", "upper", [])).toBeNull();
  });
  test("in all caps, a name or a known place is one", () => {
    expect(framePlaceName("SAN JUAN DE LAS FLORES", "upper", ["BO"])).toBe("SAN JUAN DE LAS FLORES");
    expect(framePlaceName("LIMA", "upper", ["PE"])).toBe("LIMA");
  });
  test("mixed case vouches for itself", () => expect(framePlaceName("Power Tower", "mixed", [])).toBe("Power Tower"));
});
