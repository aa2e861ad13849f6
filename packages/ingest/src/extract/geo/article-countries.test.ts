import { describe, expect, test } from "vitest";
import { articleCountries, countryScores } from "./article-countries.ts";

describe("articleCountries", () => {
  test.each([
    ["A car bomb exploded outside a police station in Kirkuk on Tuesday, killing 12, Iraqi officials said.", "IQ"],
    ["Syrian government forces shelled Hama and Idlib, the monitor said.", "SY"],
    ["Malian troops killed civilians near Mopti, in central Mali.", "ML"],
    ["Gunmen shot dead a mayor in Guerrero state, Mexican officials said.", "MX"],
    ["ELN rebels attacked a pipeline in Arauca, Colombia's army said.", "CO"],
    ["The Kachin Independence Army seized a base near Myitkyina, Myanmar's junta said.", "MM"],
    ["Russian drones struck Kharkiv and Odesa overnight, Ukrainian officials said.", "UA"],
    ["Taliban fighters attacked a checkpoint in Helmand.", "AF"],
  ])("%s -> %s first", (text, cc) => {
    expect(articleCountries(text)[0]).toBe(cc);
  });

  test("all-caps wire copy", () => {
    expect(articleCountries("SAN SALVADOR, 18 FEB 90 (DPA) -- HEAVY FIGHTING RAGED IN SAN MIGUEL")[0]).toBe("SV");
  });

  test("lower-cased scraped text", () => {
    expect(articleCountries("al-shabaab fighters kidnapped six aid workers near baidoa, somali police said.")).toEqual([
      "SO",
    ]);
  });

  test("ranks by how often the article names a country", () => {
    const text =
      "Israeli jets struck Beirut. Lebanon said the Lebanese army was not involved. Israel said it hit Hezbollah.";
    expect(articleCountries(text).slice(0, 2)).toEqual(["LB", "IL"]);
    expect(countryScores(text)[0]?.mentions).toBe(3);
  });

  test("the dateline's country counts, even unnamed", () => {
    expect(
      articleCountries("LA PAZ, 12 JAN 90 (EFE) -- [EXCERPT] TWO BOMB ATTACKS WERE CARRIED OUT LAST NIGHT"),
    ).toEqual(["BO"]);
  });

  test("a passing mention is left out, but kept in the scores", () => {
    const text =
      "Salvadoran troops clashed with FMLN rebels in San Miguel and Usulutan. The Salvadoran army said the rebels " +
      "attacked a post near San Vicente. El Salvador's defence minister said the government would ask for U.S. aid.";
    expect(articleCountries(text)).toEqual(["SV"]);
    expect(countryScores(text).map((c) => c.code)).toContain("US");
  });

  test("longest name first: South Sudan is not Sudan", () => {
    expect(articleCountries("Fighting in South Sudan")).toEqual(["SS"]);
  });

  test("in mixed-case prose, lower-case words are no names", () => {
    expect(articleCountries("They will chad the turkey in Jordan.")).toEqual(["JO"]);
  });

  test("nothing named, nothing returned", () => {
    expect(articleCountries("Gunmen set fire to a school.")).toEqual([]);
    expect(articleCountries("")).toEqual([]);
  });
});
