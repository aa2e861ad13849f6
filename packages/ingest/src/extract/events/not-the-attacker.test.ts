import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";

const attackers = (text: string) =>
  extractArticle({ title: null, outlet: null, url: null, publishedAt: "1990-03-02", text }).mentions.map(
    (m) => m.attacker?.name ?? null,
  );

describe("actors a sentence names that did not attack", () => {
  test("authorities who report the attack", () => {
    expect(
      attackers(
        "CARMEN, 3 MAR 90 -- MILITARY AUTHORITIES HAVE REPORTED THAT TWO FARMERS WERE KILLED WHEN THEY SET OFF A MINE.",
      ),
    ).toEqual([null]);
  });
  test("the victim's own affiliation before 'was shot'", () => {
    expect(
      attackers("ARMY MAJOR JUAN PEREZ'S DAUGHTER, ANA PEREZ, WAS SHOT TO DEATH IN THE CAPITAL ON MONDAY."),
    ).toEqual([null]);
    expect(attackers("A SOLDIER WAS SHOT BY REBELS NEAR THE TOWN.")).toEqual(["REBELS"]);
  });
  test("either side of a clash with someone", () => {
    expect(attackers("ARMY TROOPS CLASHED WITH REBELS NEAR THE TOWN ON MONDAY.")).toEqual([null]);
    expect(attackers("THE ARMY ATTACKED REBELS NEAR THE TOWN ON MONDAY.")).toEqual(["ARMY"]);
  });
  test("the subject of another clause before a relative clause that tells the attack", () => {
    expect(
      attackers("TODAY FIREMEN, ARMY TROOPS, AND POLICE RECOVERED 40 BODIES FROM THE BUS THAT EXPLODED NEAR THE TOWN."),
    ).toEqual([null]);
    expect(attackers("THE ARMY UNITS THAT ATTACKED THE VILLAGE WITHDREW.")).toEqual(["ARMY UNITS"]);
  });
  test("state forces named last are not whom 'the guerrillas' stand for", () => {
    expect(
      attackers(
        'THE KALDAN AIR FORCE ATTACKED THE OUTSKIRTS OF THE CAPITAL WITH ROCKETS ON MONDAY. THE BOMBINGS BY THE KALDAN AIR FORCE AGAINST ALLEGED GUERRILLA COLUMNS CONTINUED. "WE WILL NOT ALLOW THE GUERRILLAS TO REGROUP AND BEGIN ATTACKING AGAIN," A COLONEL SAID.',
      ),
    ).toEqual(["KALDAN AIR FORCE", "GUERRILLAS"]);
  });
});
