import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";

// Who attacked, read across an article: the perpetrator named after the telling, by a group beside it, by its
// deed, or not at all. Sentences written for these tests, in mixed case and in all-caps wire copy.
const article = (text: string) => ({ title: null, outlet: null, url: null, publishedAt: "1990-02-12", text });
const mentions = (text: string) => extractArticle(article(text)).mentions;
const attackers = (text: string) => mentions(text).map((m) => m.attacker?.name ?? null);

describe("attackers across an article", () => {
  describe("an attack told without its attacker", () => {
    test("takes the perpetrators a later sentence says took part in it", () => {
      const text =
        "A bomb exploded at the town hall of Ibague on Monday, killing two guards. The governor said two soldiers and a policeman were involved in the bombing.";
      expect(attackers(text)).toEqual(["two soldiers and a policeman"]);
    });
    test("takes those a later sentence blames for it, in all-caps copy", () => {
      const text =
        "A BOMB EXPLODED AT A BANK IN CUZCO ON MONDAY, WOUNDING THREE PEOPLE. THE MAYOR BLAMED THE RED DAWN COMMANDOS FOR THE ATTACK.";
      expect(attackers(text)).toEqual(["RED DAWN COMMANDOS"]);
    });
    test("takes the attackers the text then names by their deed", () => {
      const text =
        "A grenade exploded at a bus stop in Cucuta on Friday, wounding four people. Police were still searching for the attackers.";
      expect(attackers(text)).toEqual(["attackers"]);
    });
    test("takes a non-state group named beside it", () => {
      const text =
        "A car bomb exploded outside the customs office in Arauca on Sunday, where Popular Liberation Army guerrillas are active.";
      expect(attackers(text)).toEqual(["Popular Liberation Army guerrillas"]);
    });
    test("takes no group that is named as the attacked", () => {
      const text = "A roadside bomb exploded under a convoy of soldiers and pro-government militiamen near Sirte.";
      expect(attackers(text)).toEqual([null]);
    });
    test("takes a claim told after the reactions, some sentences on", () => {
      const text = [
        "A bomb exploded at the electoral office in Puno on Monday, wounding two clerks.",
        "The mayor condemned the bombing.",
        "The governor called for calm.",
        "Classes were suspended in the town.",
        "The police sealed off the area.",
        "The Red Path Front later claimed responsibility for the attack.",
      ].join(" ");
      expect(attackers(text)).toEqual(["Red Path Front"]);
    });
    test("takes those held responsible for it, and those by whom the crime was perpetrated", () => {
      const held =
        "A BOMB WENT OFF AT A BANK IN HUANCAYO ON MONDAY. NO ONE WAS HURT IN THE INCIDENT, FOR WHICH THE RED PATH GUERRILLAS ARE BEING HELD RESPONSIBLE.";
      expect(attackers(held)).toEqual(["RED PATH GUERRILLAS"]);
      const perpetrated =
        "A judge was shot dead in Cali on Monday. The bar association condemned the crime perpetrated in Cali by hired gunmen.";
      expect(attackers(perpetrated)).toEqual(["hired gunmen"]);
    });
    test("takes who placed the bomb, told after the blast", () => {
      const text =
        "A BOMB EXPLODED AT A BANK IN HUANCAYO ON MONDAY. A WITNESS SAID THE CHARGE WAS PLACED BY TWO YOUNG MEN ON A MOTORCYCLE.";
      expect(attackers(text)).toEqual(["TWO YOUNG MEN"]);
    });
    test("takes a claim told before it, when no attack stood to take the claim then", () => {
      const text =
        "The Red Path Front claimed responsibility for the bombing of a bridge. On Monday a bomb exploded at the town hall of Puno, wounding two clerks.";
      expect(attackers(text)).toEqual(["Red Path Front"]);
    });
    test("takes no one from a charge told as a question or a condition", () => {
      const text =
        "A bomb exploded at a bank in Puno on Monday. The lawyer asked if the police had suspected the brothers of being involved in the attack.";
      expect(attackers(text)).toEqual([null]);
    });
    test("takes who released the hostages of a kidnapping", () => {
      const text =
        "Three engineers were kidnapped in Cali on Monday. Colombian guerrillas released them on Friday near Jamundi.";
      expect(attackers(text)).toEqual(["Colombian guerrillas"]);
    });
    test("stays unattributed when no group has claimed it", () => {
      const text =
        "A bomb exploded at a market in Huancayo on Monday, killing two vendors. No group has claimed responsibility for the attack.";
      expect(attackers(text)).toEqual([null]);
    });
  });

  describe("an attack told with its attacker elsewhere in the sentence", () => {
    test("takes the group said in the passive to have claimed it, after the words it calls itself by", () => {
      const text = 'THE MURDER OF THE TWO JUDGES WAS CLAIMED BY A SELF- STYLED "BLUE FLAME VANGUARD" GROUP.';
      expect(attackers(text)).toEqual(['"BLUE FLAME VANGUARD" GROUP']);
    });
    test("takes the subject of the clause an attack is told as an 'in' adjunct of", () => {
      expect(attackers("Soldiers killed two smugglers in separate shootings on Sunday.")).toEqual(["Soldiers"]);
    });
    test("takes the subject of the clause a participle after a comma belongs to", () => {
      expect(attackers("Masked men entered the town hall in Tulua, throwing grenades at the guards.")).toEqual([
        "Masked men",
      ]);
      // No agent, or a passive clause: no one.
      expect(attackers("A truck stopped at the town hall in Tulua, throwing grenades at the guards.")).toEqual([null]);
      expect(attackers("The guards were surprised at the town hall in Tulua, throwing grenades at the crowd.")).toEqual(
        [null],
      );
    });
    test("takes the subject with its apposition set off by commas", () => {
      expect(attackers("The Red Hand, the armed wing of the Workers Party, bombed a bridge near Puno.")).toEqual([
        "Red Hand, the armed wing of the Workers Party",
      ]);
      expect(attackers("In Puno, the capital, gunmen bombed a bridge.")).toEqual(["gunmen"]);
      // All-caps copy shows no name by its capitals: the apposition says what the phrase is.
      expect(attackers("THE RED HAND, A MAOIST GROUP, DYNAMITED A BRIDGE IN PUNO ON MONDAY.")).toEqual([
        "RED HAND, A MAOIST GROUP",
      ]);
    });
    test("takes no victim of a clause with no object, nor of a passive one", () => {
      expect(attackers("Two policemen died in a car bomb attack in Lima on Monday.")).toEqual([null]);
      expect(
        attackers("Two policemen were wounded, including a captain, in a grenade attack in Lima on Monday."),
      ).toEqual([null]);
    });
  });

  describe("a country or a measure in the sentence", () => {
    test("is no attacker when it names what was hit", () => {
      expect(attackers("A U.S. MISSIONARY WAS SHOT IN THE LEG IN LIMA ON MONDAY.")).toEqual([null]);
    });
    test("is no attacker when it measures the explosive", () => {
      expect(attackers("TWO GUARDS WERE KILLED WHEN 20 KG OF DYNAMITE EXPLODED AT THE BANK.")).toEqual([null]);
    });
  });

  describe("an attacker's own phrase", () => {
    test("keeps its bracketed gloss", () => {
      const text =
        "TWO POLICEMEN WERE KILLED IN AN ATTACK ON A CHECKPOINT BY FRL [REVOLUTIONARY LIBERATION FRONT] UNITS.";
      expect(attackers(text)).toEqual(["FRL [REVOLUTIONARY LIBERATION FRONT] UNITS"]);
    });
    test("is who was counted, not the count", () => {
      const text = "AN UNKNOWN NUMBER OF URBAN COMMANDOS ATTACKED A POLICE POST IN SAN MARCOS.";
      expect(attackers(text)).toEqual(["URBAN COMMANDOS"]);
    });
  });

  describe("'the army'", () => {
    test("does not stand for a country the text only talked about", () => {
      const text = "France sent aid to the region on Monday. The army shelled rebel positions near Kidal on Tuesday.";
      expect(attackers(text)).not.toContain("France");
    });
  });

  describe("a generic subject before an attack verb", () => {
    test("is the subject's article, not a telling pointing back", () => {
      expect(attackers("The guerrillas set fire to two buses in Usulutan.")).toEqual(["guerrillas"]);
    });
    test("'the group' never named is no one yet, and a later claim says who", () => {
      const text =
        "The group bombed a power pylon near Huanta on Monday. The Red Path Front claimed responsibility for the attack.";
      expect(attackers(text)).toEqual(["Red Path Front"]);
    });
  });

  describe("an attack urged or foretold", () => {
    test("is no event", () => {
      expect(mentions("We must attack the terrorists wherever they hide, the minister said.")).toEqual([]);
      expect(mentions("The rebels told families that those villages will be bombed.")).toEqual([]);
    });
  });
});
