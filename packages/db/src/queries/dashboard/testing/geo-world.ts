import type { SeedWorld } from "./seed.ts";

// Strikes in four countries, told by invented outlets, with coordinates as a gazetteer gives them; one has
// no known place. Actors go by several names (Russia), or are unknown to the lexicon (text keys).
export const GEO_WORLD: SeedWorld = {
  articles: [
    {
      file: "kharkiv.txt",
      outlet: "Kyiv Ledger",
      title: "Drones hit Kharkiv",
      publishedAt: "2024-03-05",
      text: "Drones hit Kharkiv\n\nRussian forces struck Kharkiv with drones on Monday, killing three civilians and wounding 12. Russia said it hit a fuel depot.",
    },
    {
      file: "kharkiv-2.txt",
      outlet: "Eastern Wire",
      title: "Kharkiv attacked",
      publishedAt: "2024-03-06",
      text: "Kharkiv attacked\n\nMoscow launched drones at Kharkiv on Monday, killing four people.",
    },
    {
      file: "odesa.txt",
      outlet: "Kyiv Ledger",
      title: "Missiles on Odesa",
      publishedAt: "2024-03-16",
      text: "Missiles on Odesa\n\nRussian forces fired missiles at the port of Odesa on Friday.",
    },
    {
      file: "fasher.txt",
      outlet: "Nile Courier",
      title: "Shelling in El Fasher",
      publishedAt: "2024-05-12",
      text: "Shelling in El Fasher\n\nThe Rapid Support Forces shelled El Fasher on Saturday, killing 9 people.",
    },
    {
      file: "cauca.txt",
      outlet: "Andes Daily",
      title: "Drone attack in Cauca",
      publishedAt: "2024-04-02",
      text: 'Drone attack in Cauca\n\nELN rebels attacked an army post in Cauca with a drone on Monday. "The post was a legitimate target," ELN rebels said.',
    },
    {
      file: "nowhere.txt",
      outlet: "Andes Daily",
      title: "Attack reported",
      publishedAt: "2024-04-20",
      text: "Attack reported\n\nELN rebels struck an army patrol on Thursday, the army said.",
    },
  ],
  events: [
    {
      kind: "drone-strike",
      date: "2024-03-04",
      location: "Kharkiv",
      attacker: "Russian forces",
      attackerKey: "russia",
      target: "civilians",
      targetKey: "~civilians",
      geo: { lat: 49.99, lon: 36.23, precision: "place" },
      tellings: [
        {
          file: "kharkiv.txt",
          sentence: "Russian forces struck Kharkiv with drones on Monday, killing three civilians and wounding 12.",
          casualties: [
            { phrase: "three civilians", kind: "killed", low: 3, high: 3 },
            { phrase: "wounding 12", kind: "wounded", low: 12, high: 12 },
          ],
        },
        {
          file: "kharkiv-2.txt",
          sentence: "Moscow launched drones at Kharkiv on Monday, killing four people.",
          attacker: "Moscow",
          casualties: [{ phrase: "four people", kind: "killed", low: 4, high: 4 }],
        },
      ],
    },
    {
      kind: "missile-strike",
      date: "2024-03-15",
      location: "Odesa",
      attacker: "Russian forces",
      attackerKey: "russia",
      target: null,
      geo: { lat: 46.48, lon: 30.72, precision: "place" },
      tellings: [{ file: "odesa.txt", sentence: "Russian forces fired missiles at the port of Odesa on Friday." }],
    },
    {
      kind: "artillery-strike",
      date: "2024-05-11",
      location: "El Fasher",
      attacker: "Rapid Support Forces",
      attackerKey: "rsf",
      target: null,
      geo: { lat: 13.63, lon: 25.35, precision: "place" },
      tellings: [
        {
          file: "fasher.txt",
          sentence: "The Rapid Support Forces shelled El Fasher on Saturday, killing 9 people.",
          casualties: [{ phrase: "9 people", kind: "killed", low: 9, high: 9 }],
        },
      ],
    },
    {
      kind: "drone-strike",
      date: "2024-04-01",
      location: "Cauca",
      attacker: "ELN rebels",
      attackerKey: "~eln rebels",
      target: "army post",
      targetKey: "~army post",
      geo: { lat: 2.5, lon: -76.8, precision: "region" },
      tellings: [{ file: "cauca.txt", sentence: "ELN rebels attacked an army post in Cauca with a drone on Monday." }],
    },
    {
      kind: "ground-attack",
      date: "2024-04-18",
      location: null,
      attacker: "ELN rebels",
      attackerKey: "~eln rebels",
      target: "army patrol",
      targetKey: "~army patrol",
      tellings: [{ file: "nowhere.txt", sentence: "ELN rebels struck an army patrol on Thursday, the army said." }],
    },
  ],
  claims: [
    {
      file: "kharkiv.txt",
      phrase: "it hit a fuel depot",
      speaker: "Russia",
      speakerKind: "official-statement",
      stance: "contests",
      event: 0,
    },
    {
      file: "cauca.txt",
      phrase: "The post was a legitimate target,",
      speaker: "ELN rebels",
      speakerKind: "media",
      stance: "asserts",
      event: 3,
    },
  ],
};
