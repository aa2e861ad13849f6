import type { SeedWorld } from "./seed.ts";

// Three strikes told by five invented outlets; one contested; a hostile article among them.
export const SAMPLE_WORLD: SeedWorld = {
  articles: [
    {
      file: "a.txt",
      outlet: "Daily Wire Service",
      title: "Coalition jets strike convoy near the border",
      publishedAt: "2017-05-18",
      text: "Coalition jets strike convoy near the border\n\nCoalition aircraft struck a convoy of pro-regime forces on Thursday near At Tanf, hitting a tank and a bulldozer. Two aircraft first made a show of force, then fired warning shots.\n\nThe coalition said the convoy posed a threat to its forces.",
    },
    {
      file: "b.txt",
      outlet: "Evening Post",
      title: "Strike on convoy",
      publishedAt: "2017-05-18",
      text: "Strike on convoy\n\nUS-led aircraft hit a convoy of 20 vehicles heading for At Tanf on Thursday, officials said.",
    },
    {
      file: "c.txt",
      outlet: "Morning Herald",
      title: "Convoy hit",
      publishedAt: "2017-05-19",
      text: "Convoy hit\n\nThe coalition struck pro-regime forces near At Tanf on Thursday after warnings went unheeded.",
    },
    {
      file: "d.txt",
      outlet: "CNN",
      title: "Coalition strikes again",
      publishedAt: "2017-06-08",
      text: 'Coalition strikes again\n\nOn Tuesday the coalition destroyed two artillery pieces and an anti-aircraft weapon and damaged a tank, killing an estimated 10 fighters. On Thursday the coalition hit two of three technical vehicles near At Tanf. "The presence posed no threat," said Sen. Viktor Ozerov.',
    },
    {
      file: "e.txt",
      outlet: "Wire <Agency>",
      title: "Hostile <script>alert(1)</script>",
      publishedAt: "2017-06-07",
      text: "Hostile <script>alert(1)</script> title\n\nThe coalition on Tuesday destroyed artillery pieces <img src=x onerror=alert(2)> near At Tanf. The coalition said the forces posed a threat. On May 18 coalition forces struck pro-regime forces near At Tanf.",
    },
  ],
  events: [
    {
      kind: "airstrike",
      date: "2017-05-18",
      location: "At Tanf",
      attacker: "US-led coalition",
      target: "pro-regime forces",
      tellings: [
        {
          file: "a.txt",
          sentence:
            "Coalition aircraft struck a convoy of pro-regime forces on Thursday near At Tanf, hitting a tank and a bulldozer.",
          forces: [
            { phrase: "a tank", category: "tank", status: "hit", low: 1, high: 1 },
            { phrase: "a bulldozer", category: "engineering-vehicle", status: "hit", low: 1, high: 1 },
          ],
          escalations: [
            { phrase: "show of force", step: "show-of-force" },
            { phrase: "warning shots", step: "warning-shots" },
          ],
        },
        {
          file: "b.txt",
          sentence: "US-led aircraft hit a convoy of 20 vehicles heading for At Tanf on Thursday, officials said.",
          forces: [{ phrase: "20 vehicles", category: "vehicle", status: "present", low: 20, high: 20 }],
        },
        {
          file: "c.txt",
          sentence: "The coalition struck pro-regime forces near At Tanf on Thursday after warnings went unheeded.",
        },
        { file: "e.txt", sentence: "On May 18 coalition forces struck pro-regime forces near At Tanf." },
      ],
    },
    {
      kind: "airstrike",
      date: "2017-06-06",
      location: "At Tanf",
      attacker: "US-led coalition",
      target: "pro-regime forces",
      tellings: [
        {
          file: "d.txt",
          sentence:
            "On Tuesday the coalition destroyed two artillery pieces and an anti-aircraft weapon and damaged a tank, killing an estimated 10 fighters.",
          forces: [
            { phrase: "two artillery pieces", category: "artillery", status: "destroyed", low: 2, high: 2 },
            { phrase: "an anti-aircraft weapon", category: "anti-aircraft", status: "destroyed", low: 1, high: 1 },
            { phrase: "a tank", category: "tank", status: "damaged", low: 1, high: 1 },
          ],
          casualties: [{ phrase: "an estimated 10 fighters", kind: "killed", low: 10, high: 10 }],
        },
        {
          file: "e.txt",
          sentence: "The coalition on Tuesday destroyed artillery pieces <img src=x onerror=alert(2)> near At Tanf.",
          forces: [{ phrase: "artillery pieces", category: "artillery", status: "destroyed", low: null, high: null }],
        },
      ],
    },
    {
      kind: "airstrike",
      date: "2017-06-08",
      location: "At Tanf",
      attacker: "US-led coalition",
      target: "pro-regime forces",
      tellings: [
        {
          file: "d.txt",
          sentence: "On Thursday the coalition hit two of three technical vehicles near At Tanf.",
          forces: [
            { phrase: "three technical vehicles", category: "armed-vehicle", status: "present", low: 3, high: 3 },
            { phrase: "two of three", category: "armed-vehicle", status: "hit", low: 2, high: 2 },
          ],
        },
      ],
    },
  ],
  claims: [
    {
      file: "a.txt",
      phrase: "the convoy posed a threat to its forces",
      speaker: "the coalition",
      speakerKind: "official-statement",
      stance: "asserts",
      cue: "said",
      event: 0,
    },
    {
      file: "e.txt",
      phrase: "the forces posed a threat",
      speaker: "The coalition",
      speakerKind: "official-statement",
      stance: "asserts",
      event: 1,
    },
    {
      file: "d.txt",
      phrase: "The presence posed no threat,",
      speaker: "Sen. Viktor Ozerov",
      speakerKind: "named-person",
      stance: "contests",
      cue: "said",
      claimKind: "belief",
      event: 1,
    },
  ],
};
