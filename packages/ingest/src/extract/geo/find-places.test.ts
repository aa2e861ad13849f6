import { describe, expect, test } from "vitest";
import { articleCountries } from "./article-countries.ts";
import { findPlaces } from "./find-places.ts";

const found = (text: string) =>
  findPlaces(text, { countries: articleCountries(text) }).map((p) => ({
    name: p.name,
    cc: p.match.countryCode,
    precision: p.match.geo.precision,
    framed: p.framed,
    span: text.slice(p.start, p.end),
  }));

describe("findPlaces", () => {
  test("names in mixed-case prose, with their frames", () => {
    const text = "Syrian forces shelled Hama and the town of Khan Sheikhoun in Idlib province.";
    expect(found(text)).toEqual([
      { name: "Hama", cc: "SY", precision: "place", framed: false, span: "Hama" },
      { name: "Khan Sheikhoun", cc: "SY", precision: "place", framed: true, span: "Khan Sheikhoun" },
      { name: "Idlib", cc: "SY", precision: "region", framed: true, span: "Idlib" },
    ]);
  });

  test("the longest known name, lower-case words included where the whole is known", () => {
    const names = found("A drone hit the At Tanf garrison and Deir ez-Zor, near the Zaporizhzhia nuclear power plant.");
    expect(names.map((n) => n.name)).toEqual(["At Tanf garrison", "Deir ez-Zor", "Zaporizhzhia nuclear power plant"]);
  });

  test("lower-cased and all-caps text", () => {
    expect(found("al-shabaab fighters kidnapped six aid workers near baidoa, somali police said.")).toEqual([
      { name: "baidoa", cc: "SO", precision: "place", framed: true, span: "baidoa" },
    ]);
    expect(found("GUERRILLAS ATTACKED A FARM IN ESCUINTLA, GUATEMALA").map((n) => [n.name, n.cc])).toEqual([
      ["ESCUINTLA", "GT"],
      ["GUATEMALA", "GT"],
    ]);
  });

  test("demonyms, common words and unframed foreign namesakes are no places", () => {
    const text =
      "Lebanese police said the Police chief met Hassan Nasrallah in Beirut. Lebanon's army and Somali troops said " +
      "the meeting in Beirut was about Lebanon.";
    expect(found(text).map((n) => n.name)).toEqual(["Beirut", "Lebanon", "Beirut", "Lebanon"]);
    expect(found("They will deal with it at the bar.")).toEqual([]);
    const us = "Donald Trump and Ben Carson spoke in Iowa. Clinton answered from New York; the United States voted.";
    expect(found(us).map((n) => n.name)).toEqual(["Iowa", "New York", "United States"]);
  });

  test("without case, an acronym that is also a word needs a frame", () => {
    expect(found("officials in the us said the car bomb was meant for us.").map((n) => [n.name, n.framed])).toEqual([
      ["us", true],
    ]);
    expect(found("A CAR BOMB WAS FOUND, THEY TOLD US.")).toEqual([]);
  });

  test("nothing named, nothing found", () => {
    expect(found("Gunmen set fire to a school.")).toEqual([]);
    expect(found("")).toEqual([]);
  });
});
