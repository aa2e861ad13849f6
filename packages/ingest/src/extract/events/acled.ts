import type { EventKind } from "@deconflict/domain";
import type { TriggerFamily } from "../lexicon/triggers.ts";

export interface AcledType {
  eventType: string;
  subEventType: string;
}

const REMOTE = "Explosions/Remote violence";
const CIVILIANS = "Violence against civilians";
// Targets that are not armed: an attack on them is violence against civilians, not a battle.
const CIVILIAN_TARGET =
  /\b(?:civilians?|villagers?|residents?|peasants?|farmers?|workers?|students?|children|women|worshippers?|passengers?|journalists?|mayors?|priests?|teachers?|people|famil(?:y|ies)|homes?|houses?|schools?|church(?:es)?|mosques?|markets?|hospitals?|shops?|buses?|businessm[ae]n|judges?|politicians?|candidates?|leaders?|officials?)\b/i;

/** ACLED's event type and sub-event type for an attack, from the trigger's family, its kind and its target. */
export function acledType(
  kind: EventKind,
  family: TriggerFamily,
  target: string | null,
  instruments: readonly string[],
): AcledType {
  const civilian = !!target && CIVILIAN_TARGET.test(target);
  switch (family) {
    case "suicide":
      return { eventType: REMOTE, subEventType: "Suicide bomb" };
    case "chemical":
      return { eventType: REMOTE, subEventType: "Chemical weapon" };
    case "kidnapping":
      return { eventType: CIVILIANS, subEventType: "Abduction/forced disappearance" };
    case "arson":
      return { eventType: "Strategic developments", subEventType: "Looting/property destruction" };
    case "assassination":
    case "massacre":
      return { eventType: CIVILIANS, subEventType: "Attack" };
    case "clash":
      return { eventType: "Battles", subEventType: "Armed clash" };
    default:
      break;
  }
  switch (kind) {
    case "airstrike":
    case "drone-strike":
      return { eventType: REMOTE, subEventType: "Air/drone strike" };
    case "missile-strike":
    case "artillery-strike":
      return { eventType: REMOTE, subEventType: "Shelling/artillery/missile attack" };
    case "shootdown":
      return { eventType: "Battles", subEventType: "Armed clash" };
    case "other-attack":
      return instruments.some((i) => /grenade/i.test(i)) && !instruments.some((i) => /bomb|explosive|ied|mine/i.test(i))
        ? { eventType: REMOTE, subEventType: "Grenade" }
        : { eventType: REMOTE, subEventType: "Remote explosive/landmine/IED" };
    default:
      return civilian
        ? { eventType: CIVILIANS, subEventType: "Attack" }
        : { eventType: "Battles", subEventType: "Armed clash" };
  }
}
