import { describe, expect, test } from "vitest";
import { groupNamesIn } from "./group-names.ts";

const names = (text: string) => groupNamesIn(text.toLowerCase(), text).map((g) => g.name);

describe("group names told in a sentence", () => {
  test("a name before the noun for the group's members", () => {
    expect(names("Two Red Dawn guerrillas were seen near the bridge.")).toEqual(["Red Dawn"]);
  });
  test("a name in all-caps copy, past a description next to the noun", () => {
    expect(names("POLICE ARRESTED THREE PFK URBAN COMMANDOS IN THE MARKET.")).toEqual(["PFK"]);
  });
  test("a name headed by the noun for an insurgent body, with its gloss", () => {
    expect(names("The Lautaro Popular Liberation Army (LPLA) denied the report.")).toEqual([
      "Lautaro Popular Liberation Army (LPLA)",
    ]);
  });
  test("a name before the noun for a body of people", () => {
    expect(names("PRESUMED MEMBERS OF THE BLACK LOTUS GROUP ATTACKED THE POST.")).toEqual(["BLACK LOTUS"]);
    expect(names("A paramilitary group and an armed gang")).toEqual([]);
  });
  test("a cartel", () => {
    expect(names("Officials blamed the Cali cartel.")).toEqual(["Cali cartel"]);
  });
  test("no name in a description, a count or a country's adjective", () => {
    expect(names("Six leftist rebels and the Peruvian guerrillas met criminal terrorists.")).toEqual([]);
  });
  test("a name in quotation marks before the noun for a body of people", () => {
    expect(names('POLICE BLAMED THE LEFTIST "RED DAWN" GROUP FOR THE BLAST.')).toEqual(["RED DAWN"]);
    expect(names("Witnesses saw a “Night Hawk” commando at dusk.")).toEqual(["Night Hawk"]);
  });
  test("no verb of the clause in a name", () => {
    expect(names("THE ARMY SAID IT HAD INFLICTED HEAVY REBEL LOSSES.")).toEqual([]);
    expect(names('THE ARMY SAID IT HAD INFLICTED "HEAVY" REBEL LOSSES.')).toEqual([]);
  });
});
