import { describe, expect, test } from "vitest";
import { datelinePlace } from "./dateline.ts";

const filed = (text: string) => {
  const d = datelinePlace(text);
  return d && { name: d.name, cc: d.countryCode, filing: d.filing, span: text.slice(d.start, d.end) };
};

describe("datelinePlace", () => {
  test.each([
    ["ADEN, Yemen — Houthi forces fired missiles at a tanker.", "ADEN", "YE"],
    ["KABUL (Reuters) - A suicide bomber struck a mosque.", "KABUL", "AF"],
    ["BOGOTA, Colombia, May 3 (AP) — ELN rebels bombed a pipeline.", "BOGOTA", "CO"],
    ["GUATEMALA CITY, 4 FEB 90 (ACAN-EFE) -- [TEXT] THE ARMY DENIED IT.", "GUATEMALA CITY", "GT"],
    ["MOGADISHU, Aug 10 (Horn Observer) — Al-Shabaab fighters attacked a base.", "MOGADISHU", "SO"],
    ["kyiv, march 14 - russian drones hit the city.", "kyiv", "UA"],
    ["TRIPOLI, Lebanon — Clashes broke out.", "TRIPOLI", "LB"],
    ["TRIPOLI — Libyan forces said they repelled an attack.", "TRIPOLI", "LY"],
    ["ROME (ITALY), 11 JAN 90 -- [INTERVIEW] THE LEADER SAID", "ROME", "IT"],
    ["PANAMA CITY (PANAMA), 26 JAN 89 -- [TEXT] EXPLOSIVES", "PANAMA CITY", "PA"],
    ["LIMA, 3 MAR 90 (EFE) -- [TEXT] THE U.S. EMBASSY SAID THE UNITED STATES WOULD", "LIMA", "PE"],
    ["LA PAZ, 12 JAN 90 (EFE) -- [EXCERPT] TWO BOMB ATTACKS", "LA PAZ", "BO"],
  ])("%s", (text, name, cc) => {
    expect(filed(text)).toEqual({ name, cc, filing: true, span: name });
  });

  test("after a title and a byline", () => {
    const text = "Strikes hit the south\nBy Jane Doe\nBEIRUT, Lebanon (CNN) — Israeli strikes hit Nabatieh.";
    expect(filed(text)).toMatchObject({ name: "BEIRUT", cc: "LB", span: "BEIRUT" });
  });

  test.each([
    "Gunmen shot dead a mayor - police said.",
    "Police — something happened.",
    "A car bomb exploded outside a police station in Kirkuk on Tuesday.",
    "CLANDESTINE, 8 JAN 90 (RADIO VENCEREMOS) -- [TEXT] A WAR BULLETIN",
    "",
  ])("no dateline: %s", (text) => {
    expect(datelinePlace(text)).toBeNull();
  });
});
