import { describe, expect, test } from "vitest";
import { analyseSentence } from "../linguistic/index.ts";
import {
  deedAgentOf,
  mayNameByDeed,
  mayNamePerpetrator,
  mayNameReleaser,
  perpetratorOf,
  releaserOf,
} from "./attacker-frames.ts";

const analysed = (text: string) => analyseSentence(text, { start: 0, end: text.length });
const perpetrator = (text: string) => perpetratorOf(analysed(text), text)?.text ?? null;
const deedAgent = (text: string, tellsAttack = false) => deedAgentOf(analysed(text), text, tellsAttack)?.text ?? null;

describe("perpetrators told apart from the attack word", () => {
  describe("as the subject of taking part", () => {
    test("'were involved in' the deed, with everyone coordinated", () => {
      const text = "The judge said a captain, two sergeants and three soldiers were involved in the massacre.";
      expect(mayNamePerpetrator(text.toLowerCase())).toBe(true);
      expect(perpetrator(text)).toBe("captain, two sergeants and three soldiers");
    });
    test("'participated in the crime'", () => {
      expect(perpetrator("Police said members of a death squad participated in the crime.")).toBe(
        "members of a death squad",
      );
    });
    test("a participle right after the phrase: 'members of the army involved in the massacre'", () => {
      const text =
        "A judge ordered the arrest of a colonel and four other members of the navy involved in the massacre.";
      expect(mayNamePerpetrator(text.toLowerCase())).toBe(true);
      expect(perpetrator(text)).toBe("colonel and four other members of the navy");
    });
    test("'suspected of taking part in the ambush', in all-caps copy", () => {
      expect(perpetrator("POLICE ARRESTED THREE MEN SUSPECTED OF TAKING PART IN THE AMBUSH OF THE CONVOY.")).toBe(
        "THREE MEN",
      );
    });
    test("'charged with taking part in the kidnapping'", () => {
      expect(perpetrator("Two former policemen were charged with taking part in the kidnapping of a banker.")).toBe(
        "Two former policemen",
      );
    });
    test("'were the authors of the attack', in all-caps copy", () => {
      expect(perpetrator("THE MINISTER SAID URBAN COMMANDOS WERE THE AUTHORS OF THE ATTACK.")).toBe("URBAN COMMANDOS");
    });
  });

  describe("as the object of blame", () => {
    test("'implicated X in the assassination'", () => {
      expect(perpetrator("The president implicated four officers in the assassination of the senator.")).toBe(
        "four officers",
      );
    });
    test("with an 'including' aside and the list after it", () => {
      expect(
        perpetrator("The judge implicated four officers, including a colonel, and two soldiers in the assassination."),
      ).toBe("four officers, including a colonel, and two soldiers");
    });
    test("'the involvement of X in the murder'", () => {
      expect(perpetrator("The governor admitted the involvement of policemen in the murder of the lawyer.")).toBe(
        "policemen",
      );
    });
    test("'accusing X of perpetrating the attack'", () => {
      expect(perpetrator("The unions are accusing the navy of perpetrating the bomb attack on their offices.")).toBe(
        "navy",
      );
    });
    test("a glossed name blamed in all-caps copy, though its word is an ordinary one", () => {
      expect(perpetrator("WE BLAME SUMMIT [NATIONAL UNITY PARTY] AND ITS GUNMEN FOR THIS ASSASSINATION.")).toBe(
        "SUMMIT [NATIONAL UNITY PARTY] AND ITS GUNMEN",
      );
    });
    test("'hold X responsible for this attack'", () => {
      expect(perpetrator("We hold the security forces responsible for this attack.")).toBe("security forces");
    });
  });

  describe("names no one", () => {
    test("when no deed is talked of", () => {
      const text = "The minister blamed the opposition for the economic crisis.";
      expect(mayNamePerpetrator(text.toLowerCase())).toBe(false);
      expect(perpetrator(text)).toBeNull();
    });
    test("when what took part is no actor", () => {
      expect(perpetrator("Heavy rain was involved in the accident and the attack.")).toBeNull();
    });
    test("when 'in' belongs to a noun of no deed", () => {
      expect(perpetrator("Three officers involved in the inquiry resigned on Monday.")).toBeNull();
    });
  });
});

describe("attackers named by their deed", () => {
  test("'police are searching for the attackers'", () => {
    const text = "Police are searching for the attackers.";
    expect(mayNameByDeed(text.toLowerCase())).toBe(true);
    expect(deedAgent(text)).toBe("attackers");
  });
  test("not those an operation was aimed at", () => {
    expect(deedAgent("The ministers approved a campaign against the terrorists.")).toBeNull();
  });
  test("not the object of an attack verb told in the same sentence", () => {
    expect(deedAgent("The army said it hit three gunmen.", true)).toBeNull();
  });
  test("not a sentence with no such noun", () => {
    expect(mayNameByDeed("the talks resumed on monday.")).toBe(false);
  });
});

describe("who released hostages", () => {
  const releaser = (text: string) => releaserOf(analysed(text), text)?.text ?? null;
  test("the agent of 'were released by', past the time told between", () => {
    const text = "THE ENGINEERS WERE RELEASED ON FRIDAY BY THE BLUE STAR [PEOPLE'S ARMY] GUERRILLAS.";
    expect(mayNameReleaser(text.toLowerCase())).toBe(true);
    expect(releaser(text)).toBe("BLUE STAR [PEOPLE'S ARMY] GUERRILLAS");
  });
  test("the subject of 'released' told actively", () => {
    expect(releaser("Rebels released the two nurses near Quibdo.")).toBe("Rebels");
  });
  test("no one where the releaser is no agent", () => {
    expect(releaser("The report was released by the ministry on Monday.")).toBeNull();
  });
});
