import { describe, expect, test } from "vitest";
import { findActors } from "../lexicon/match-actors.ts";
import { findCasualties } from "./casualties.ts";
import { findForces } from "./find-forces.ts";

function forces(text: string, lastVehicle: "armed-vehicle" | "vehicle" | null = null) {
  const lower = text.toLowerCase();
  return findForces(lower, findActors(lower, text, false), findCasualties(lower), { lastVehicle }).map(
    (f) => `${f.category}/${f.status}/${f.count ? `${f.count.low}-${f.count.high}` : "?"}`,
  );
}

describe("findForces", () => {
  test("a list of forces present, counted or not", () => {
    expect(
      forces(
        "entered with a tank, artillery, anti-aircraft weapons, armed technical vehicles and more than 60 soldiers",
      ),
    ).toEqual([
      "tank/present/1-1",
      "artillery/present/?",
      "anti-aircraft/present/?",
      "armed-vehicle/present/?",
      "personnel/present/60-null",
    ]);
  });
  test("outcomes follow their verb through the list", () => {
    expect(
      forces("the coalition destroyed “two artillery pieces, an anti-aircraft weapon, and damaged a tank.”"),
    ).toEqual(["artillery/destroyed/2-2", "anti-aircraft/destroyed/1-1", "tank/damaged/1-1"]);
  });
  test("a bare singular after a counted item is one", () => {
    expect(forces("striking an enemy tank and bulldozer, or front loader-type vehicle")).toEqual([
      "tank/hit/1-1",
      "engineering-vehicle/hit/1-1",
      "engineering-vehicle/hit/1-1",
    ]);
  });
  test("number words and partitives", () => {
    expect(forces("Thirteen of the vehicles breached the zone")).toEqual(["vehicle/present/13-13"]);
  });
  test("'the vehicles' are the kind of vehicle named before", () => {
    expect(forces("Two of the vehicles were hit about 24 miles away", "armed-vehicle")).toEqual([
      "armed-vehicle/hit/2-2",
    ]);
  });
  test("uncounted lists are references, not reports", () =>
    expect(forces("the Syrian vehicles turned around")).toEqual([]));
  test("the killed are casualties, not forces", () => expect(forces("killed an estimated 10 fighters")).toEqual([]));
  test("a part of a counted whole", () =>
    expect(forces("shot down 14 of the 17 drones")).toEqual(["aircraft/destroyed/14-14"]));
  test("burned vehicles are destroyed", () =>
    expect(forces("killing four soldiers and burning two vehicles")).toEqual(["vehicle/destroyed/2-2"]));
});

describe("findCasualties", () => {
  const casualties = (t: string) =>
    findCasualties(t.toLowerCase(), t).map((c) => `${c.kind}/${c.count ? `${c.count.low}-${c.count.high}` : "?"}`);
  test("verb first", () => expect(casualties("killed an estimated 10 fighters")).toEqual(["killed/10-10"]));
  test("count first", () =>
    expect(casualties("at least 14 civilians were killed and 38 wounded")).toEqual([
      "killed/14-null",
      "wounded/38-38",
    ]));
  test("dozens", () => expect(casualties("wounding dozens")).toEqual(["wounded/24-null"]));
  test("a death toll", () => expect(casualties("the death toll rose to 12")).toEqual(["killed/12-12"]));
  test("not a whole war's toll", () =>
    expect(casualties("tens of thousands have been killed since the war began")).toEqual([]));
  describe("a singular victim counts one", () => {
    test("after an article", () =>
      expect(casualties("Shells hit the market, killing a shopkeeper and wounding the driver.")).toEqual([
        "killed/1-1",
        "wounded/1-1",
      ]));
    test("a title with no article", () =>
      expect(casualties("Gunmen shot and killed Captain Ruiz outside his home.")).toEqual(["killed/1-1"]));
    test("a plural with no number is no count", () =>
      expect(casualties("The raid killed civilians and destroyed homes.")).toEqual([]));
    test("a verb in the list is not a victim", () =>
      expect(casualties("killing two guards and wounding a nurse")).toEqual(["killed/2-2", "wounded/1-1"]));
  });
  describe("a list of victims is one toll", () => {
    test("after the verb", () =>
      expect(casualties("The drone killed a district governor of the province and three of his guards.")).toEqual([
        "killed/1-1",
      ]));
    test("after the verb, counted", () =>
      expect(casualties("The blast killed two policemen and a 40-year-old vendor.")).toEqual(["killed/3-3"]));
    test("before the verb", () =>
      expect(casualties("Four villagers and two soldiers were killed in the ambush.")).toEqual(["killed/6-6"]));
    test("a subset is not added", () =>
      expect(casualties("The shelling wounded nine people, including a child.")).toEqual(["wounded/9-9"]));
  });
  test("a parenthesis between the count and its verb", () =>
    expect(casualties("Eleven people, among them two nurses, were killed and five more were injured.")).toEqual([
      "killed/11-11",
      "wounded/5-5",
    ]));
  describe("a range is one count", () => {
    test("after the verb", () =>
      expect(
        casualties("The shelling hit a bus, killing between 9 and 12 passengers and wounding two or three."),
      ).toEqual(["killed/9-12", "wounded/2-3"]));
    test("before the verb", () =>
      expect(casualties("Between 30 and 40 people were wounded.")).toEqual(["wounded/30-40"]));
    test("open above", () => expect(casualties("The blast killed 40 or more.")).toEqual(["killed/40-null"]));
  });
  test("a vague number of victims is a casualty without a count", () =>
    expect(casualties("The attackers overran the post, killing several border guards.")).toEqual(["killed/?"]));
  describe("one person told as the subject of a singular passive", () => {
    test("a name", () => expect(casualties("Okafor was wounded in the blast.")).toEqual(["wounded/1-1"]));
    test("a name with an apposition", () =>
      expect(casualties("Mendes, a local councillor from the north, was killed on the spot.")).toEqual(["killed/1-1"]));
    test("a singular noun", () => expect(casualties("The pilot was killed.")).toEqual(["killed/1-1"]));
    test("negated", () => {
      expect(casualties("No civilian was killed.")).toEqual([]);
      expect(casualties("No one was hurt and no one was killed.")).toEqual([]);
    });
    test("a lower-cased word is no name", () => expect(casualties("the bill was killed in committee")).toEqual([]));
  });
});

describe("a force told as the attacker's means", () => {
  function means(text: string) {
    const lower = text.toLowerCase();
    return findForces(lower, findActors(lower, text, false), findCasualties(lower), { lastVehicle: null }).map(
      (f) =>
        `${f.category}:${f.means ? (f.means.pronoun ? "pronoun" : f.means.actorKeys.length ? "actor" : "none") : "-"}`,
    );
  }
  describe("when a pronoun arrives with it", () => {
    test("belongs to the attackers", () => {
      expect(means("They came at night with a truck and then more than 40 gunmen.")).toEqual([
        "vehicle:pronoun",
        "personnel:pronoun",
      ]);
    });
  });
  describe("when a convoy carries it", () => {
    test("belongs to whoever the convoy is", () => {
      expect(means("The drone hit a convoy with 12 trucks.")).toEqual(["vehicle:-"]);
    });
  });
  describe("when a vehicle is packed with explosives", () => {
    test("is a weapon, not a force", () => {
      expect(means("Militants rammed a bomb-laden truck and two armoured vehicles into the gate.")).toEqual([
        "armed-vehicle:-",
      ]);
    });
  });
  describe("when the noun itself acts on an object", () => {
    test("is not reported hit", () => {
      expect(forces("A drone struck a truck near the border, killing two.")).toEqual([
        "aircraft/present/1-1",
        "vehicle/hit/1-1",
      ]);
    });
  });
});
