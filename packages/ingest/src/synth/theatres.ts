import type { EventKind } from "@deconflict/domain";

/** A party to a conflict, with the names outlets use for it. */
export interface SynthActor {
  key: string;
  /** How the actor is named in full: "the US-led coalition". */
  names: readonly string[];
  /** The kinds of attack this actor plausibly carries out. */
  kinds: readonly EventKind[];
  /** Who speaks for it: "the Pentagon", "the Israeli military". */
  spokesBodies: readonly string[];
  /** Its media, when it has any: "state news agency SANA". */
  media: readonly string[];
  /** A demonym-like adjective for anonymous officials: "US", "Russian". */
  adjective: string;
}

/** A war: who fights whom, where, and over which years. */
export interface Theatre {
  key: string;
  country: string;
  years: readonly [number, number];
  places: readonly string[];
  /** [attacker, target] key pairs that occur in this theatre. */
  pairs: readonly (readonly [string, string])[];
  /** Outlets that cover this theatre closely, besides the wires. */
  outlets: readonly string[];
}

const AIR: EventKind[] = ["airstrike", "drone-strike", "missile-strike"];
const ARMY: EventKind[] = [
  "airstrike",
  "drone-strike",
  "missile-strike",
  "artillery-strike",
  "ground-attack",
  "shootdown",
];
const MILITIA: EventKind[] = ["drone-strike", "missile-strike", "ground-attack", "artillery-strike", "other-attack"];
const INSURGENT: EventKind[] = ["ground-attack", "other-attack", "artillery-strike"];

function actor(
  key: string,
  adjective: string,
  names: string[],
  kinds: EventKind[],
  spokesBodies: string[],
  media: string[] = [],
): SynthActor {
  return { key, adjective, names, kinds, spokesBodies, media };
}

export const ACTORS: Record<string, SynthActor> = Object.fromEntries(
  [
    actor(
      "us-coalition",
      "US",
      ["the US-led coalition", "the U.S.-led coalition", "coalition aircraft", "the anti-ISIS coalition"],
      [...AIR, "shootdown"],
      ["Operation Inherent Resolve", "the Pentagon", "US Central Command"],
    ),
    actor(
      "us",
      "US",
      ["US forces", "the US military", "American forces", "U.S. aircraft"],
      [...AIR, "shootdown"],
      ["US Central Command", "the Pentagon", "US Africa Command"],
    ),
    actor(
      "russia",
      "Russian",
      ["Russia", "Russian forces", "the Russian military", "Russian warplanes"],
      ARMY,
      ["the Russian Defence Ministry", "the Kremlin"],
      ["state news agency TASS", "RIA Novosti", "Russian state television"],
    ),
    actor(
      "ukraine",
      "Ukrainian",
      ["Ukraine", "Ukrainian forces", "the Ukrainian military", "Kyiv's forces"],
      ARMY,
      ["Ukraine's General Staff", "the Ukrainian Air Force", "Ukraine's Defence Ministry"],
      ["Ukrinform"],
    ),
    actor(
      "syrian-government",
      "Syrian",
      ["Syrian government forces", "the Syrian army", "pro-regime forces", "forces loyal to President Bashar al-Assad"],
      ARMY,
      ["the Syrian Defence Ministry", "the Syrian army command"],
      ["state news agency SANA", "Syrian state television"],
    ),
    actor(
      "israel",
      "Israeli",
      ["Israel", "the Israeli military", "the IDF", "Israeli warplanes", "the Israel Defense Forces"],
      ARMY,
      ["the Israel Defense Forces", "the Israeli military", "an IDF spokesperson's office"],
      ["Israel's public broadcaster Kan"],
    ),
    actor(
      "hamas",
      "Hamas",
      ["Hamas", "Hamas militants", "the armed wing of Hamas", "the Qassam Brigades"],
      MILITIA,
      ["the Qassam Brigades", "the Hamas-run interior ministry"],
      ["Al-Aqsa TV"],
    ),
    actor(
      "hezbollah",
      "Hezbollah",
      ["Hezbollah", "Hezbollah fighters", "the Lebanese group Hezbollah"],
      MILITIA,
      ["Hezbollah's media office"],
      ["Al-Manar television"],
    ),
    actor(
      "houthis",
      "Houthi",
      ["the Houthis", "Houthi rebels", "Yemen's Houthi movement", "Ansar Allah"],
      MILITIA,
      ["the Houthi military spokesman's office"],
      ["the Houthi-run Saba news agency", "Al-Masirah TV"],
    ),
    actor(
      "saudi-coalition",
      "Saudi",
      ["the Saudi-led coalition", "coalition warplanes", "the Saudi-led military coalition"],
      [...AIR, "shootdown"],
      ["the Saudi-led coalition's command", "the Saudi Press Agency"],
      ["Al Arabiya"],
    ),
    actor(
      "isis",
      "ISIS",
      ["ISIS", "Islamic State militants", "the Islamic State group", "Daesh"],
      INSURGENT,
      ["the Amaq news agency"],
      ["Amaq"],
    ),
    actor(
      "iraqi-forces",
      "Iraqi",
      ["Iraqi forces", "the Iraqi army", "Iraqi security forces"],
      ARMY,
      ["the Iraqi Joint Operations Command", "Iraq's Security Media Cell"],
      ["the Iraqi News Agency"],
    ),
    actor(
      "turkey",
      "Turkish",
      ["Turkey", "Turkish forces", "the Turkish military", "Turkish drones"],
      ARMY,
      ["the Turkish Defence Ministry"],
      ["Anadolu Agency"],
    ),
    actor(
      "sdf",
      "SDF",
      ["the Syrian Democratic Forces", "the SDF", "Kurdish-led forces"],
      INSURGENT,
      ["the SDF media centre"],
      ["Hawar news agency"],
    ),
    actor("hts", "rebel", ["Hayat Tahrir al-Sham", "HTS fighters", "rebel factions"], INSURGENT, [
      "the HTS military operations room",
    ]),
    actor(
      "iran-militias",
      "militia",
      ["Iranian-backed militias", "Iran-aligned militia fighters", "Kataib Hezbollah"],
      MILITIA,
      ["the Islamic Resistance in Iraq"],
    ),
    actor(
      "rsf",
      "RSF",
      ["the Rapid Support Forces", "the RSF", "RSF fighters", "the paramilitary Rapid Support Forces"],
      [...INSURGENT, "drone-strike"],
      ["the RSF's media office"],
    ),
    actor(
      "saf",
      "Sudanese army",
      ["the Sudanese army", "the Sudanese Armed Forces", "the SAF", "army warplanes"],
      ARMY,
      ["the Sudanese army's spokesman's office"],
      ["the state-run SUNA news agency"],
    ),
    actor("taliban", "Taliban", ["the Taliban", "Taliban fighters", "Taliban insurgents"], INSURGENT, [
      "the Taliban's spokesman's office",
    ]),
    actor(
      "afghan-forces",
      "Afghan",
      ["Afghan forces", "the Afghan army", "Afghan security forces"],
      ARMY,
      ["the Afghan Defence Ministry"],
      ["TOLOnews"],
    ),
    actor(
      "al-shabaab",
      "al-Shabaab",
      ["al-Shabaab", "al-Shabaab militants", "the al-Qaeda-linked al-Shabaab group"],
      INSURGENT,
      ["al-Shabaab's military operations spokesman"],
      ["the group's Andalus radio"],
    ),
    actor(
      "somali-forces",
      "Somali",
      ["Somali forces", "the Somali National Army", "Somali and African Union troops"],
      ["ground-attack", "artillery-strike", "airstrike"],
      ["the Somali Ministry of Defence"],
      ["Somali National News Agency"],
    ),
  ].map((a) => [a.key, a]),
);

export const THEATRES: readonly Theatre[] = [
  {
    key: "syria",
    country: "Syria",
    years: [2014, 2024],
    places: ["At Tanf", "Deir ez-Zor", "Raqqa", "Idlib", "Aleppo", "Palmyra", "Abu Kamal", "Homs", "Daraa", "Manbij"],
    pairs: [
      ["us-coalition", "isis"],
      ["us-coalition", "syrian-government"],
      ["russia", "hts"],
      ["syrian-government", "hts"],
      ["israel", "iran-militias"],
      ["turkey", "sdf"],
      ["isis", "sdf"],
      ["us", "iran-militias"],
    ],
    outlets: ["Syrian Observatory for Human Rights", "Middle East Eye", "Enab Baladi"],
  },
  {
    key: "iraq",
    country: "Iraq",
    years: [2014, 2024],
    places: ["Mosul", "Fallujah", "Ramadi", "Tal Afar", "Sinjar", "al-Qaim", "Kirkuk", "Erbil", "Tikrit"],
    pairs: [
      ["us-coalition", "isis"],
      ["iraqi-forces", "isis"],
      ["isis", "iraqi-forces"],
      ["us", "iran-militias"],
      ["iran-militias", "us"],
      ["turkey", "sdf"],
    ],
    outlets: ["Rudaw", "The National", "Kurdistan24"],
  },
  {
    key: "gaza-lebanon",
    country: "Gaza",
    years: [2014, 2025],
    places: [
      "Gaza City",
      "Khan Younis",
      "Rafah",
      "Jabalia",
      "Deir al-Balah",
      "Nabatieh",
      "Tyre",
      "Bint Jbeil",
      "Sderot",
    ],
    pairs: [
      ["israel", "hamas"],
      ["hamas", "israel"],
      ["israel", "hezbollah"],
      ["hezbollah", "israel"],
    ],
    outlets: ["The Times of Israel", "Haaretz", "L'Orient Today", "WAFA"],
  },
  {
    key: "yemen",
    country: "Yemen",
    years: [2015, 2025],
    places: ["Sanaa", "Hodeidah", "Saada", "Marib", "Taiz", "Aden", "Hajjah"],
    pairs: [
      ["saudi-coalition", "houthis"],
      ["houthis", "saudi-coalition"],
      ["us", "houthis"],
      ["houthis", "us"],
    ],
    outlets: ["Arab News", "Al-Masdar Online", "The National"],
  },
  {
    key: "ukraine",
    country: "Ukraine",
    years: [2022, 2025],
    places: ["Kharkiv", "Bakhmut", "Avdiivka", "Zaporizhzhia", "Kherson", "Odesa", "Pokrovsk", "Dnipro", "Belgorod"],
    pairs: [
      ["russia", "ukraine"],
      ["ukraine", "russia"],
    ],
    outlets: ["The Kyiv Independent", "Ukrainska Pravda", "Meduza", "Moscow Times"],
  },
  {
    key: "sudan",
    country: "Sudan",
    years: [2023, 2025],
    places: ["Khartoum", "Omdurman", "El Fasher", "Nyala", "Wad Madani", "El Obeid", "Geneina"],
    pairs: [
      ["rsf", "saf"],
      ["saf", "rsf"],
    ],
    outlets: ["Sudan Tribune", "Radio Dabanga", "Sudan War Monitor"],
  },
  {
    key: "afghanistan",
    country: "Afghanistan",
    years: [2014, 2021],
    places: ["Kunduz", "Lashkar Gah", "Kandahar", "Ghazni", "Jalalabad", "Farah", "Helmand"],
    pairs: [
      ["taliban", "afghan-forces"],
      ["afghan-forces", "taliban"],
      ["us", "taliban"],
    ],
    outlets: ["TOLOnews", "Pajhwok Afghan News", "Khaama Press"],
  },
  {
    key: "somalia",
    country: "Somalia",
    years: [2014, 2025],
    places: ["Mogadishu", "Kismayo", "Baidoa", "Jilib", "Beledweyne", "Afgooye", "Barawe"],
    pairs: [
      ["al-shabaab", "somali-forces"],
      ["somali-forces", "al-shabaab"],
      ["us", "al-shabaab"],
    ],
    outlets: ["Garowe Online", "Hiiraan Online", "Somali Guardian"],
  },
];

/** Wires and international outlets that cover every theatre. */
export const WIRES: readonly string[] = [
  "Reuters",
  "Associated Press",
  "AFP",
  "BBC News",
  "Al Jazeera",
  "CNN",
  "The Guardian",
  "The New York Times",
  "The Washington Post",
  "France 24",
  "Deutsche Welle",
  "Military Times",
  "The Long War Journal",
];

export function actorOf(key: string): SynthActor {
  const found = ACTORS[key];
  if (!found) throw new Error(`synth: unknown actor ${key}`);
  return found;
}
