import type { EventKind, SpeakerKind } from "@deconflict/domain";

/** Who reports the toll in a dense theatre, and what kind of speaker it is. */
export interface DenseSpeaker {
  name: string;
  kind: SpeakerKind;
}

/**
 * A dense theatre: one side striking dozens of towns a day, close to each other. Real town names a GeoNames
 * gazetteer knows, so the same corpus exercises coordinates once the extractor finds them.
 */
export interface DenseTheatre {
  key: string;
  country: string;
  /** The first-level region the towns lie in, as outlets name it. */
  region: string;
  /** The striking side, as the actor lexicon knows it, and how outlets name it in each kind of strike. */
  attacker: { key: string; adjective: string; aliases: readonly string[] };
  /** Towns a few to a few dozen km apart; a city is framed "the city of", the rest "the town of". */
  towns: readonly string[];
  cities: readonly string[];
  kinds: readonly (readonly [EventKind, number])[];
  outlets: readonly string[];
  speakers: readonly DenseSpeaker[];
  /** The first day of the corpus. */
  start: string;
}

export const DENSE_THEATRES: readonly DenseTheatre[] = [
  {
    key: "donetsk",
    country: "Ukraine",
    region: "Donetsk region",
    attacker: {
      key: "russia",
      adjective: "Russian",
      aliases: ["russia", "russian", "russian forces", "the russian military", "russian troops"],
    },
    towns: [
      "Druzhkivka",
      "Kostiantynivka",
      "Pokrovsk",
      "Myrnohrad",
      "Dobropillia",
      "Selydove",
      "Kurakhove",
      "Toretsk",
      "Chasiv Yar",
      "Siversk",
      "Lyman",
      "Bilozerske",
      "Rodynske",
      "Mykolaivka",
      "Sviatohirsk",
      "Illinivka",
      "Novohrodivka",
      "Hirnyk",
      "Ukrainsk",
      "Raihorodok",
      "Bilytske",
      "Ocheretyne",
    ],
    cities: ["Kramatorsk", "Sloviansk"],
    kinds: [
      ["missile-strike", 3],
      ["drone-strike", 4],
      ["airstrike", 2],
      ["artillery-strike", 3],
    ],
    outlets: [
      "Reuters",
      "Associated Press",
      "AFP",
      "The Kyiv Independent",
      "Ukrainska Pravda",
      "Suspilne",
      "Ukrinform",
    ],
    speakers: [
      { name: "the regional governor", kind: "named-person" },
      { name: "regional officials", kind: "anonymous-official" },
      { name: "Ukraine's emergency service", kind: "official-statement" },
      { name: "local authorities", kind: "official-statement" },
    ],
    start: "2024-05-13",
  },
  {
    key: "gaza",
    country: "Gaza",
    region: "the Gaza Strip",
    attacker: {
      key: "israel",
      adjective: "Israeli",
      aliases: ["israel", "israeli", "the israeli military", "israeli forces", "the idf"],
    },
    towns: [
      "Jabalia",
      "Beit Lahia",
      "Beit Hanoun",
      "Deir al-Balah",
      "Nuseirat",
      "Bureij",
      "Maghazi",
      "Zawaida",
      "Bani Suheila",
      "Abasan al-Kabira",
      "Khuza'a",
      "al-Qarara",
    ],
    cities: ["Gaza City", "Khan Younis", "Rafah"],
    kinds: [
      ["airstrike", 6],
      ["drone-strike", 3],
      ["artillery-strike", 2],
    ],
    outlets: ["Reuters", "Associated Press", "AFP", "Al Jazeera", "WAFA", "The Times of Israel", "Haaretz"],
    speakers: [
      { name: "local health officials", kind: "official-statement" },
      { name: "the Gaza civil defence agency", kind: "official-statement" },
      { name: "medics", kind: "anonymous-official" },
      { name: "hospital officials", kind: "anonymous-official" },
    ],
    start: "2024-07-09",
  },
  {
    key: "idlib",
    country: "Syria",
    region: "Idlib province",
    attacker: {
      key: "russia",
      adjective: "Russian",
      aliases: ["russia", "russian", "russian warplanes", "russian forces", "the russian military"],
    },
    towns: [
      "Ariha",
      "Saraqib",
      "Maarat al-Numan",
      "Jisr al-Shughur",
      "Sarmada",
      "Binnish",
      "Taftanaz",
      "Kafr Nabl",
      "Khan Shaykhun",
      "Sarmin",
      "Maarrat Misrin",
      "Darkush",
      "Harem",
      "Salqin",
      "Kafr Takharim",
      "Armanaz",
      "Ihsim",
      "Dana",
    ],
    cities: ["Idlib"],
    kinds: [
      ["airstrike", 6],
      ["missile-strike", 2],
      ["artillery-strike", 2],
    ],
    outlets: [
      "Reuters",
      "Associated Press",
      "AFP",
      "Enab Baladi",
      "Syrian Observatory for Human Rights",
      "Middle East Eye",
    ],
    speakers: [
      { name: "the White Helmets rescue group", kind: "official-statement" },
      { name: "rescuers", kind: "anonymous-official" },
      { name: "local officials", kind: "anonymous-official" },
      { name: "a war monitor", kind: "media" },
    ],
    start: "2019-12-17",
  },
];
