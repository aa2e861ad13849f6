import type { EventKind, ForceCategory } from "@deconflict/domain";

/** Nouns outlets use for each force category, plural first-class. */
export const FORCE_NOUNS: Record<Exclude<ForceCategory, "other">, readonly string[]> = {
  tank: ["tanks", "main battle tanks", "T-72 tanks"],
  artillery: ["artillery pieces", "howitzers", "mortar positions", "rocket launchers"],
  "anti-aircraft": ["anti-aircraft guns", "air-defence systems", "anti-aircraft weapons"],
  "armed-vehicle": ["armed vehicles", "technicals", "armoured personnel carriers", "infantry fighting vehicles"],
  "engineering-vehicle": ["bulldozers", "front loaders", "engineering vehicles"],
  vehicle: ["vehicles", "trucks", "pickup trucks", "supply trucks"],
  aircraft: ["helicopters", "drones", "fighter jets", "attack drones"],
  personnel: ["fighters", "troops", "soldiers", "militants"],
};

/** Singular forms, for counts of one. */
export const SINGULAR: Record<string, string> = {
  tanks: "tank",
  "main battle tanks": "main battle tank",
  "T-72 tanks": "T-72 tank",
  "artillery pieces": "artillery piece",
  howitzers: "howitzer",
  "mortar positions": "mortar position",
  "rocket launchers": "rocket launcher",
  "anti-aircraft guns": "anti-aircraft gun",
  "air-defence systems": "air-defence system",
  "anti-aircraft weapons": "anti-aircraft weapon",
  "armed vehicles": "armed vehicle",
  technicals: "technical",
  "armoured personnel carriers": "armoured personnel carrier",
  "infantry fighting vehicles": "infantry fighting vehicle",
  bulldozers: "bulldozer",
  "front loaders": "front loader",
  "engineering vehicles": "engineering vehicle",
  vehicles: "vehicle",
  trucks: "truck",
  "pickup trucks": "pickup truck",
  "supply trucks": "supply truck",
  helicopters: "helicopter",
  drones: "drone",
  "fighter jets": "fighter jet",
  "attack drones": "attack drone",
  fighters: "fighter",
  troops: "soldier",
  soldiers: "soldier",
  militants: "militant",
};

/** "struck", "carried out a drone strike on": how each kind is told, with {a} attacker and {t} target. */
export const KIND_PHRASES: Record<EventKind, readonly string[]> = {
  airstrike: [
    "{a} carried out an airstrike on {t}",
    "{a} struck {t} from the air",
    "{a} bombed positions held by {t}",
    "warplanes from {a} hit {t}",
    "{a} launched air strikes against {t}",
  ],
  "drone-strike": [
    "{a} carried out a drone strike on {t}",
    "a drone operated by {a} hit {t}",
    "{a} targeted {t} with an armed drone",
    "{a} launched a wave of drones at {t}",
  ],
  "missile-strike": [
    "{a} fired missiles at {t}",
    "a missile launched by {a} struck {t}",
    "{a} carried out a missile strike on {t}",
    "{a} fired a barrage of rockets at {t}",
  ],
  "artillery-strike": [
    "{a} shelled {t}",
    "artillery fire from {a} pounded {t}",
    "{a} bombarded {t} with mortars and artillery",
  ],
  "ground-attack": [
    "{a} attacked {t}",
    "{a} launched a ground assault on {t}",
    "{a} stormed positions held by {t}",
    "{a} ambushed {t}",
  ],
  shootdown: [
    "{a} shot down an aircraft belonging to {t}",
    "{a} downed a drone operated by {t}",
    "air defences of {a} intercepted and shot down a {t} jet",
  ],
  "other-attack": [
    "{a} detonated a car bomb targeting {t}",
    "{a} claimed a suicide bombing against {t}",
    "a roadside bomb planted by {a} hit {t}",
  ],
};

/** Short nouns for the event, as headlines and follow-up sentences use them. */
export const KIND_NOUNS: Record<EventKind, readonly string[]> = {
  airstrike: ["airstrike", "air strike", "air raid", "bombing"],
  "drone-strike": ["drone strike", "drone attack"],
  "missile-strike": ["missile strike", "missile attack", "rocket attack"],
  "artillery-strike": ["shelling", "artillery barrage", "bombardment"],
  "ground-attack": ["attack", "assault", "raid", "offensive"],
  shootdown: ["shootdown", "downing"],
  "other-attack": ["bombing", "blast", "attack"],
};

export const CASUALTY_WHO = [
  "civilians",
  "fighters",
  "soldiers",
  "people",
  "children",
  "militants",
  "members",
] as const;

/** Verbs that introduce a quote, asserting. */
export const SAY_VERBS = ["said", "told reporters", "said in a statement", "added", "stated", "insisted", "confirmed"];

/** Verbs that contest what others said. */
export const DENY_VERBS = ["denied", "rejected", "dismissed", "disputed"];

export const GIVEN_NAMES = [
  "Ahmed",
  "Mariam",
  "Oleksandr",
  "Yusuf",
  "Nadia",
  "Daniel",
  "Hassan",
  "Leila",
  "Ivan",
  "Fatima",
  "Omar",
  "Sarah",
  "Abdullahi",
  "Amina",
  "Karim",
  "Olena",
  "Mohammed",
  "Rania",
  "Tariq",
  "Noor",
];

export const FAMILY_NAMES = [
  "al-Hamdani",
  "Kovalenko",
  "Haddad",
  "Osman",
  "Rahimi",
  "Levin",
  "Nasser",
  "Shevchenko",
  "Warsame",
  "el-Tayeb",
  "Karimi",
  "Mansour",
  "Petrenko",
  "Adan",
  "Sabbagh",
  "Farah",
  "Qureshi",
  "Barzani",
];

export const ROLES = [
  "a local council official",
  "a spokesman for the provincial governor",
  "a resident of the area",
  "a doctor at the main hospital",
  "an analyst at a regional think tank",
  "a commander on the front line",
  "a member of parliament",
  "a spokeswoman for a monitoring group",
];

export const HUMANITARIAN = [
  "the UN humanitarian office",
  "Médecins Sans Frontières",
  "the ICRC",
  "Amnesty International",
];

const UNITS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

/** Numbers as news writes them: words up to ten or twelve, digits above. */
export function numberWord(n: number, spell: boolean): string {
  return spell && n <= 12 ? (UNITS[n] ?? String(n)) : n.toLocaleString("en-US");
}

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export const BOILERPLATE = [
  "Subscribe to our newsletter for the latest updates.",
  "Leave a Reply. Your email address will not be published.",
  "Related: Read more of our coverage of the conflict.",
  "Share this article on Facebook, Twitter or WhatsApp.",
  "This story has been updated with additional details.",
];
