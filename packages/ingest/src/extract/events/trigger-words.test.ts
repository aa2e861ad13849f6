import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";
import { detectCandidates } from "./detect.ts";
import { readSentence } from "./sentence.ts";

// Attack words of wire copy on murders, shootings and hostage-taking. Our own sentences.
function triggers(text: string): string[] {
  const s = readSentence(text, text.toLowerCase(), { start: 0, end: text.length }, 0, "1990-03-02", false);
  return detectCandidates(s).map((c) => text.slice(c.start, c.end));
}
const article = (text: string) => ({ title: null, outlet: null, url: null, publishedAt: "1990-03-02", text });
const attackers = (text: string) => extractArticle(article(text)).mentions.map((m) => m.attacker?.name ?? null);

describe("shooting told by the active verb", () => {
  test("'shot' with a victim after it is a shooting", () =>
    expect(triggers("Two gunmen on a motorbike shot the judge outside his office in Tulua.")).toEqual(["shot"]));
  test("'shot' of a film or a glance is none", () => {
    expect(triggers("The crew shot a film about soldiers in the hills.")).toEqual([]);
    expect(triggers("The soldiers shot a look at the colonel.")).toEqual([]);
  });
  test("a weapon fired at someone is a shooting", () =>
    expect(triggers("A policeman fired his rifle at a street vendor in the market.")).toEqual(["fired his rifle at"]));
  test("an attack verb told by strafing", () =>
    expect(triggers("A helicopter strafed the hamlet of Las Cruces at dawn.")).toEqual(["strafed"]));
});

describe("hostages taken", () => {
  test("with the hostages named between", () =>
    expect(triggers("The rebels took three engineers as hostages near the dam.")).toEqual([
      "took three engineers as hostages",
    ]));
  test("in the present participle", () =>
    expect(triggers("Armed men are holding five nurses hostage in the clinic.")).toEqual([
      "holding five nurses hostage",
    ]));
});

describe("a crime told as the attack", () => {
  test("'the crime' with its agent names who did it", () =>
    expect(attackers("The crime, in which two guards were killed, was perpetrated by hooded men in a van.")).toEqual([
      "hooded men",
    ]));
  test("crime as a field or a rate is no attack", () => {
    expect(triggers("Organized crime rose in the port, and war crimes were discussed.")).toEqual([]);
    expect(triggers("The crime rate fell near the barracks.")).toEqual([]);
  });
});

describe("weapons as the context of a weak word", () => {
  test("an attack with rifles or dynamite is an attack", () => {
    expect(triggers("A band attacked the bus terminal in Cusco with rifles.")).toEqual(["attacked"]);
    expect(triggers("Dynamite was used when the group attacked the power line.")).toEqual(["attacked"]);
  });
  test("a word attack with no such context is none", () =>
    expect(triggers("The senator attacked the budget in a long speech.")).toEqual([]));
});

describe("a weak word told as someone's deed", () => {
  const events = (text: string) =>
    extractArticle(article(text)).mentions.map((m) => [m.attacker?.name ?? null, m.target?.name ?? null]);
  test("a claim for the attack tells it, with its claimant", () =>
    expect(
      events("The Red Hand Brigade claimed responsibility for the attack on the newspaper offices in Cali."),
    ).toEqual([["Red Hand Brigade", "newspaper offices"]]));
  test("'carried out by' after the attack names who did it", () =>
    expect(events("The attack on the customs post was carried out by a couple on a scooter.")).toEqual([
      ["couple", "customs post"],
    ]));
  test("after an attack told, the claim retells it: one event, the claimant its attacker", () =>
    expect(
      events(
        "A bomb exploded at a bank in Cali on Monday. The Red Hand Brigade claimed responsibility for the attack.",
      ),
    ).toEqual([["Red Hand Brigade", "bank"]]));
  test("a claim that no one made tells nothing", () =>
    expect(events("No group claimed responsibility for the attack on the mayor's reputation.")).toEqual([]));
});

describe("arson told by 'burned'", () => {
  test("buildings or vehicles burned are arson", () =>
    expect(triggers("Rebels burned three buses on the road to Ocana.")).toEqual(["burned"]));
  test("a burn of another kind is none", () =>
    expect(triggers("The cook burned his hand and the soldiers laughed.")).toEqual([]));
});

describe("a bomb placed by someone", () => {
  test("the placing names who set it, told as a reduced relative", () =>
    expect(attackers("The explosion was caused by a bomb placed by the Black Condor group.")).toEqual([
      "Black Condor group",
    ]));
});

describe("armed men as the context of a weak word", () => {
  test("an armed group trying to attack a residence tells an attack", () =>
    expect(triggers("An armed group tried to attack the residence of the consul in Quito.")).toEqual(["attack"]));
});
