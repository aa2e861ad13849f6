import { describe, expect, test } from "vitest";
import { attribute, attributeAll } from "./attribution.ts";

/** Speaker phrase and content pieces of a sentence's attribution, as text. */
function read(s: string, mixedCase = true) {
  const a = attribute(s, mixedCase);
  if (!a) return null;
  return {
    speaker: s.slice(a.speaker.start, a.speaker.end),
    content: a.content.map((r) => s.slice(r.start, r.end)),
    verb: a.verb,
    anonymous: a.anonymous,
    statement: a.statement,
  };
}

describe("claims", () => {
  describe("attribution", () => {
    test('"X said that …"', () => {
      expect(read("The official statement said that the vehicles did not stop.")).toMatchObject({
        speaker: "The official statement",
        content: ["the vehicles did not stop"],
      });
    });

    test.each([
      ['"We will rebuild every school," the mayor said at a rally in the harbour district on Monday.'],
      ['"The count is not over," the spokeswoman said calmly as the results came in.'],
      ['"Nobody is above the law," she told cheering supporters in the square.'],
      ['"Not a chance," the mayor said of the stadium plan.'],
      ['"We will rebuild every school," the mayor said in March about the flooded district.'],
      ['"Nobody is above the law," the judge told Maria Lopez, a local reporter.'],
      ['"The water is safe," the governor wrote on her Facebook page on Sunday.'],
      ['"We have met every target," he said, introducing the new minister.'],
    ])("a circumstance after the verb leaves the quote before as the content: %s", (s) => {
      expect(read(s)?.content).toEqual([/"([^"]+?),?"/.exec(s)?.[1]]);
    });

    test('"at least" after the verb opens what was said, unless nothing finite follows', () => {
      expect(read("On Friday, the agency reported at least six drones were shot down.")?.content).toEqual([
        "at least six drones were shot down",
      ]);
      expect(read('"We are ready," she said at least twice.')?.content).toEqual(["We are ready"]);
    });

    test("after a closing quote, an inverted speech verb's phrase is the speaker, relative clause and all", () => {
      expect(read('"The ferries are late again," wrote one reader.')?.speaker).toBe("one reader");
      expect(read('"Not yet," said a man who runs a bakery near the port.')).toMatchObject({
        speaker: "a man",
        content: ["Not yet"],
      });
    });

    test('a quote tag ("he continued", "she went on") carries the quote and nothing else', () => {
      expect(read('"The ferries will run again by June," the harbour master continued.')).toMatchObject({
        speaker: "the harbour master",
        content: ["The ferries will run again by June"],
      });
      expect(read('"The ferries will run again by June," continued Ana Ruiz.')?.speaker).toBe("Ana Ruiz");
      expect(read('She went on: "Nobody has paid the levy."')?.content).toEqual(["Nobody has paid the levy"]);
      expect(read("The harbour master continued to inspect the ferries.")).toBeNull();
      expect(read("The strike went on for a week after the talks.")).toBeNull();
    });

    test("a clause after the verb is still the content when the words before are no clause", () => {
      expect(read("On Monday, the minister said at the rally the war was over.")?.content).toEqual([
        "the war was over",
      ]);
    });

    test('a quote that resumes after "said X," is the second piece of the content', () => {
      expect(read('"It is a hard choice," said the senator, "because two rights are in conflict."')?.content).toEqual([
        "It is a hard choice",
        "because two rights are in conflict",
      ]);
    });

    test("a second statement of the same speaker is a claim of its own", () => {
      const s = "The mayor said that the bridge was safe, and said that the tunnel would open in May.";
      expect(attributeAll(s).map((a) => a.content.map((r) => s.slice(r.start, r.end)).join(" "))).toEqual([
        "the bridge was safe",
        "the tunnel would open in May",
      ]);
    });

    test("an appeal joined to a statement stays part of it", () => {
      const s = "The mission said it was concerned by the fighting and urged both sides to stop.";
      expect(read(s)?.content).toEqual(["it was concerned by the fighting and urged both sides to stop"]);
    });

    test('"calls her a …" says something of its object', () => {
      const s = "He says he respects the governor and calls her an extremely capable leader.";
      expect(attributeAll(s).map((a) => s.slice(a.content[0]?.start ?? 0, a.content[0]?.end ?? 0))).toEqual([
        "he respects the governor",
        "her an extremely capable leader",
      ]);
    });

    test('a cue clause first, then a second predicate: "X called the plan reckless and said …"', () => {
      const s = "Ruiz called both rivals reckless and said the party would lose without a new candidate.";
      expect(attributeAll(s).map((a) => [a.verb, s.slice(a.content[0]?.start ?? 0, a.content[0]?.end ?? 0)])).toEqual([
        ["called", "both rivals reckless"],
        ["said", "the party would lose without a new candidate"],
      ]);
    });

    test('"X said …" without "that"', () => {
      expect(read("Coalition officials said Russian forces had tried.")?.content).toEqual(["Russian forces had tried"]);
    });

    test('"…, X said."', () => {
      expect(read("Aircraft struck a convoy near the border, U.S. defense officials said.")).toMatchObject({
        speaker: "U.S. defense officials",
        content: ["Aircraft struck a convoy near the border"],
      });
    });

    test('inverted "said Sen. X"', () => {
      expect(
        read("“Such actions undermine the process,” said Sen. Viktor Ozerov, chairman of the committee."),
      ).toMatchObject({
        speaker: "Sen. Viktor Ozerov",
        content: ["Such actions undermine the process"],
      });
    });

    test('inverted "said the commander of X, Col. Y": the name is the speaker', () => {
      expect(read('"We will win," said the commander of the 3rd Brigade, Col. Ivan Petrov.')?.speaker).toBe(
        "Col. Ivan Petrov",
      );
    });

    test('inverted "say X" after a partly quoted clause', () => {
      expect(read("The presence of troops “posed a threat”, say command officials.")).toMatchObject({
        speaker: "command officials",
        content: ["The presence of troops “posed a threat"],
      });
    });

    test('"X told AFP …"', () => {
      expect(read("A second defense official told AFP the forces appeared to be militia.")).toMatchObject({
        speaker: "A second defense official",
        content: ["the forces appeared to be militia"],
      });
    });

    test('"X told reporters last week that …"', () => {
      expect(read("Col. Ryan Dillon told reporters last week that the forces posed a threat.")?.content).toEqual([
        "the forces posed a threat",
      ]);
    });

    test('"according to X"', () => {
      expect(read("Two aircraft were dispatched, according to a US official.")).toMatchObject({
        speaker: "a US official",
        content: ["Two aircraft were dispatched"],
      });
      expect(read("According to state media, the missile hit a school.")?.content).toEqual([
        "the missile hit a school",
      ]);
    });

    test('"via a statement issued by X"', () => {
      expect(
        read("Aircraft bombed forces that were advancing, via a statement issued by the coalition."),
      ).toMatchObject({
        speaker: "the coalition",
        statement: true,
      });
    });

    test('"in a statement, X said"', () => {
      expect(read("In a statement, the coalition said the strike was inside the zone.")).toMatchObject({
        speaker: "the coalition",
        statement: true,
      });
    });

    test('"X quoted Y as saying …"', () => {
      expect(read("The Al-Masdar portal quoted a military source as saying the army will not stop.")).toMatchObject({
        speaker: "a military source",
        content: ["the army will not stop"],
      });
    });

    test('"X contested the claim that …"', () => {
      expect(read("Ozerov contested the coalition’s claim that the forces posed a threat.")).toMatchObject({
        speaker: "Ozerov",
        content: ["the forces posed a threat"],
        verb: "contested",
      });
    });

    test('"X described Y as Z"', () => {
      expect(read("The official described Thursday’s strike as a defensive action.")?.content).toEqual([
        "Thursday’s strike as a defensive action",
      ]);
    });

    test('"X, the official said, adding that Y" keeps both pieces', () => {
      expect(
        read("There is a base nearby, the official said, adding that forces there are equipping.")?.content,
      ).toEqual(["There is a base nearby", "forces there are equipping"]);
    });

    test('"X, speaking on condition of anonymity, has said …"', () => {
      expect(
        read(
          "A Western intelligence official, speaking on condition of anonymity, has said the strike sent a message.",
        ),
      ).toMatchObject({
        speaker: "A Western intelligence official",
        anonymous: true,
        content: ["the strike sent a message"],
      });
    });

    test('"he said" alone leaves the content to the quote before it', () => {
      expect(read("he said.")).toMatchObject({ speaker: "he", content: [] });
    });

    test('"X attacked the plan, saying …"', () => {
      expect(read("Senator Maria Lopez attacked the plan on Wednesday, saying it would hurt families.")).toMatchObject({
        speaker: "Senator Maria Lopez",
        content: ["it would hurt families"],
        verb: "attacked",
      });
    });

    test("a short place tail after a quote is not content", () => {
      expect(read("“This budget is wrong,” Lopez told reporters outside the Capitol.")?.content).toEqual([
        "This budget is wrong",
      ]);
    });

    test('", formerly Twitter" is not content', () => {
      expect(read("“It is catastrophic,” Martin Griffiths said on X, formerly Twitter.")?.content).toEqual([
        "It is catastrophic",
      ]);
    });

    test("a participle tail after a quote is not content", () => {
      expect(
        read("“Nobody will be forgiven,” the chief said in an audio message posted on Telegram.")?.content,
      ).toEqual(["Nobody will be forgiven"]);
    });

    test('"media reports said": the noun is not the verb', () => {
      expect(read("Local media reports said the blast was heard across the city.")).toMatchObject({
        speaker: "Local media reports",
        content: ["the blast was heard across the city"],
      });
    });

    test("a relative clause: the claim is about the antecedent", () => {
      expect(read("The strike — which officials said killed 10 — was the deadliest this year.")?.content).toEqual([
        "The strike",
        "killed 10",
      ]);
    });

    test('"said in its daily update that …"', () => {
      expect(read("The agency said in its daily update that 1.2 million people had been displaced.")?.content).toEqual([
        "1.2 million people had been displaced",
      ]);
    });

    test("a lower-cased hearer before an adjunct", () => {
      expect(
        read("“we are ready,” zelenskiy told the financial times in an interview published on sunday.", false)?.content,
      ).toEqual(["we are ready"]);
    });

    test('"X said of Y: …" and "X posted on Z: …"', () => {
      expect(read('Obama said of the deal: "It is the best we could get."')?.content).toEqual([
        "It is the best we could get",
      ]);
      expect(read('Trump posted on Truth Social: "The election was rigged!"')?.content).toEqual([
        "The election was rigged",
      ]);
    });

    test("a person familiar with the talks", () => {
      expect(read("“It's over,” a person familiar with the negotiations said.")?.speaker).toBe(
        "a person familiar with the negotiations",
      );
      expect(read("Aides to the president said he was furious.")?.speaker).toBe("Aides to the president");
    });

    test("after a quote, a circumstance that runs past the adjuncts is no content", () => {
      const s = "“The bridge will hold,” Lopez said in an interview with the harbour radio host Ann Berg on Friday.";
      expect(read(s)).toMatchObject({ speaker: "Lopez", content: ["The bridge will hold"] });
    });

    test("right after a quote, any phrase before a speech verb is its speaker", () => {
      const s = "“We would have stayed home,” one commuter wrote on a forum.";
      expect(read(s)).toMatchObject({ speaker: "one commuter", content: ["We would have stayed home"] });
    });

    test("an endorsement and the reason given are two attributions", () => {
      const s = "Ruiz endorsed Lopez, saying she would make a fine mayor.";
      expect(attributeAll(s).map((a) => a.content.map((r) => s.slice(r.start, r.end)).join(" | "))).toEqual([
        "she would make a fine mayor",
        "Lopez",
      ]);
    });

    test('after a trailing "X said," an adverb-led participle or a time is a circumstance', () => {
      expect(read("“The levy is a disgrace,” Ruiz said, probably meaning the new toll.")?.content).toEqual([
        "The levy is a disgrace",
      ]);
      expect(read("“I do not think it works,” she said, just prior to the vote.")?.content).toEqual([
        "I do not think it works",
      ]);
    });

    test('"read" tags a quote: "The statement read: …"', () => {
      const s = "The statement read: “The port stays open.”";
      expect(read(s)).toMatchObject({ speaker: "The statement", content: ["The port stays open"] });
      const t = "“The port stays open,” the banner read.";
      expect(read(t)).toMatchObject({ speaker: "the banner", content: ["The port stays open"] });
      expect(read("He read the report on Tuesday.")).toBeNull();
    });

    test("a stray quote mark hides nothing", () => {
      expect(read('The 155mm "Paladin howitzer fired first, officials said.')?.speaker).toBe("officials");
    });

    test("a short object keeps its verb and subject", () => {
      expect(read("Hezbollah denied the Israeli account.")?.content).toEqual(["Hezbollah denied the Israeli account"]);
    });

    test("a that-verb takes only a quote that follows it closely", () => {
      expect(read("asked whether he feared for his job, mccarthy said: “bring it.”", false)?.speaker).toBe("mccarthy");
    });

    test("lower-cased text reads the same", () => {
      expect(read("“we welcome it,” said sen. jane doe, a democrat.", false)).toMatchObject({
        speaker: "sen. jane doe",
        content: ["we welcome it"],
      });
    });

    test("two coordinated clauses, two speakers", () => {
      const s = "Kyiv said the drones hit a refinery, while Moscow said all of them were shot down.";
      expect(attributeAll(s).map((a) => s.slice(a.speaker.start, a.speaker.end))).toEqual(["Kyiv", "Moscow"]);
      const t = "The army said it had killed 10 militants; the group denied any losses.";
      expect(attributeAll(t).map((a) => t.slice(a.speaker.start, a.speaker.end))).toEqual(["The army", "the group"]);
    });

    describe('"told" with a hearer and no "that"', () => {
      test('leaves out a one-noun hearer before the clause: "told the chamber the …"', () => {
        expect(read("Lind told the chamber the budget was fair.")?.content).toEqual(["the budget was fair"]);
      });

      test('and where the hearer was: "told a rally in Malmo the …"', () => {
        expect(read("lind told a rally in malmo the budget was fair.", false)?.content).toEqual([
          "the budget was fair",
        ]);
      });
    });

    describe('"told" after a quote', () => {
      test("leaves the hearer and the circumstances out of the content", () => {
        expect(read('"No ship will pass," he told the coastal herald by phone from the port.', false)).toMatchObject({
          content: ["No ship will pass"],
        });
      });

      test("steps over the hearer's of-phrase to an adding clause", () => {
        expect(
          read('"We will not retreat," she told members of the upper house, adding that the war was over.')?.content,
        ).toEqual(["We will not retreat", "the war was over"]);
      });
    });

    describe("a phrase right after a preposition", () => {
      test('is no subject: the statement in "In a statement posted on X, …" posts nothing', () => {
        expect(read("In a statement posted on Telegram, the battalion said it held the bridge.")).toMatchObject({
          speaker: "the battalion",
          content: ["it held the bridge"],
        });
      });

      test('only when it is a medium: "In Kyiv officials said", "Hundreds of residents said" keep their subject', () => {
        expect(read("In Kyiv officials said the attack killed three people.")?.speaker).toBe("Kyiv officials");
        expect(read("Hundreds of residents said they would stay.")?.speaker).toBe("residents");
      });

      test('unless a relative clause stands between: "from a lawmaker, who told …"', () => {
        expect(read("Word came from a lawmaker, who told TASS that the talks failed.")?.speaker).toBe("a lawmaker");
      });

      test('the name before the medium speaks: "Ruiz in a blog post said …"', () => {
        expect(read("Ruiz in a blog post said he would veto the levy.")).toMatchObject({
          speaker: "Ruiz",
          content: ["he would veto the levy"],
        });
      });

      test('"Ruiz at the time said", "aides have in the past said": a time between subject and verb', () => {
        expect(read("Mayor Ruiz at the time said she would ask the council for a vote.")?.speaker).toBe("Mayor Ruiz");
        expect(read("Her oldest aides have in the past said she would never run.")?.speaker).toBe("Her oldest aides");
        expect(read("Ana Roe, the party chairman, has in the past said she favors an open vote.")?.speaker).toBe(
          "Ana Roe",
        );
      });
    });

    describe("a word that closes a bracket", () => {
      test('is a name, not a verb: "(coastal news report)"', () => {
        expect(
          read("aden, may 2 (coastal news report) - rebels fired two drones, the navy said.", false),
        ).toMatchObject({
          speaker: "the navy",
        });
      });
    });

    describe("a topic after the verb", () => {
      test('is no claim: "warns of …"', () => {
        expect(read('Aid groups warned of "a looming famine" in the north.')).toBeNull();
      });

      test('but an amount is: "said about 20 …"', () => {
        expect(read("The army said about 20 shells hit the town.")?.content).toEqual(["about 20 shells hit the town"]);
      });
    });

    describe("finds no claim in", () => {
      test.each([
        "The coalition struck the convoy on Tuesday.",
        "The strikes were carried out by jets.",
        "He told her to leave.",
        "The so-called peace plan was announced in March.",
        "It marked the first time United States troops operated there.",
        "In addition to the previously reported damaged vehicles.",
        "The Pentagon has said little about the operation.",
        "Fighting continued in the east.",
        "the vehicles reported no damage.",
        "He said the same thing last year.",
        "He signed the ban, a move critics called “extreme.”",
        "Residents feared for their homes.",
      ])("%s", (s) => {
        expect(read(s)).toBeNull();
      });
    });
  });
});
