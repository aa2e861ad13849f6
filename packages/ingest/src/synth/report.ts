import { addDays } from "@deconflict/domain/resolution";
import type { Incident } from "./incident.ts";
import { cap, countedNoun, listed, longDate, tellCount, tellDate } from "./phrasing.ts";
import type { Rng } from "./prng.ts";
import { actorOf, type SynthActor, WIRES } from "./theatres.ts";
import {
  BOILERPLATE,
  DENY_VERBS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  HUMANITARIAN,
  KIND_NOUNS,
  KIND_PHRASES,
  numberWord,
  ROLES,
  SAY_VERBS,
} from "./words.ts";

/** One outlet's article about an incident, before it is laid out as a file. */
export interface Report {
  outlet: string;
  publishedAt: string;
  title: string;
  byline: string | null;
  paragraphs: string[];
}

function quoted(s: string): string {
  return `\u201c${s}\u201d`;
}

function lede(rng: Rng, inc: Incident, attacker: SynthActor, target: SynthActor, when: string): string {
  const a = rng.pick(attacker.names);
  const t = rng.pick(target.names);
  const act = rng.pick(KIND_PHRASES[inc.kind]).replace("{a}", a).replace("{t}", t);
  const where =
    inc.distanceKm !== null && rng.chance(0.7)
      ? `about ${inc.distanceKm} kilometres from ${inc.place}`
      : rng.pick([`near ${inc.place}`, `in ${inc.place}`, `on the outskirts of ${inc.place}`]);
  const dateline = rng.chance(0.3) ? `${inc.place.toUpperCase()}, ${inc.theatre.country} \u2014 ` : "";
  const source = rng.pick([
    "",
    `, ${rng.pick(attacker.spokesBodies)} said`,
    ", officials said",
    ", according to local reports",
  ]);
  return `${dateline}${cap(act)} ${where} ${when}${source}.`;
}

function forceSentence(rng: Rng, inc: Incident): string | null {
  const noun = rng.pick(KIND_NOUNS[inc.kind]);
  const parts: string[] = [];
  for (const f of inc.forces.filter((f) => f.status === "present")) {
    parts.push(
      rng.pick([
        `A convoy of ${countedNoun(rng, f.count, f.noun)} had been moving toward the area.`,
        `The force included ${countedNoun(rng, f.count, f.noun)}.`,
        `Witnesses counted ${countedNoun(rng, f.count, f.noun)} in the area before the ${noun}.`,
      ]),
    );
  }
  const struck = inc.forces.filter((f) => f.status !== "present");
  if (struck.length > 0) {
    // One verb per status: "destroyed two tanks and an artillery piece, and damaged a truck".
    const statuses = [...new Set(struck.map((f) => f.status))];
    const verbs = statuses.map(
      (status) =>
        `${status} ${listed(struck.filter((f) => f.status === status).map((f) => countedNoun(rng, f.count, f.noun)))}`,
    );
    const attribution = rng.pick([
      "officials said",
      "according to a statement",
      "a military source said",
      "footage appeared to show",
    ]);
    parts.push(`The ${noun} ${listed(verbs)}, ${attribution}.`);
  }
  return parts.length ? parts.join(" ") : null;
}

function casualtySentence(rng: Rng, inc: Incident): string | null {
  const killed = inc.casualties.find((c) => c.kind === "killed");
  const wounded = inc.casualties.find((c) => c.kind === "wounded");
  if (!killed && !wounded) return rng.chance(0.5) ? "There was no immediate word on casualties." : null;
  const who = rng.chance(0.4)
    ? rng.pick(HUMANITARIAN)
    : rng.pick(["local health officials", "medics", "a monitoring group", "hospital sources"]);
  const noun = rng.pick(KIND_NOUNS[inc.kind]);
  const k = killed ? `killed ${tellCount(rng, killed.count)} ${killed.who}` : "";
  const w = wounded
    ? `${killed ? " and " : ""}wounded ${tellCount(rng, wounded.count)} ${killed ? "others" : "people"}`
    : "";
  return rng.chance(0.5) ? `The ${noun} ${k}${w}, according to ${who}.` : `According to ${who}, the ${noun} ${k}${w}.`;
}

function claims(rng: Rng, inc: Incident, attacker: SynthActor, target: SynthActor, outlet: string): string[] {
  const noun = rng.pick(KIND_NOUNS[inc.kind]);
  const out: string[] = [];
  if (rng.chance(0.7)) {
    const body = rng.pick(attacker.spokesBodies);
    // [reported speech, direct speech]
    const [indirect, direct] = rng.pick([
      [`the ${noun} targeted positions used to plan attacks`, `The ${noun} targeted positions used to plan attacks`],
      ["its forces acted in self-defence", "Our forces acted in self-defence"],
      ["all precautions were taken to avoid harm to civilians", "We took every precaution to avoid harm to civilians"],
      ["the operation had achieved its objectives", "The operation achieved its objectives"],
    ] as const);
    out.push(
      rng.chance(0.5)
        ? `${cap(body)} ${rng.pick(SAY_VERBS)} that ${indirect}.`
        : `${quoted(`${direct},`)} ${body} ${rng.pick(["said", "said in a statement", "added"])}.`,
    );
  }
  if (rng.chance(0.5)) {
    const who = rng.pick([
      `a ${attacker.adjective} official`,
      `two ${attacker.adjective} officials`,
      `a senior ${attacker.adjective} defence official`,
    ]);
    const cond = rng.pick([", speaking on condition of anonymity,", "", ", who asked not to be named,"]);
    out.push(
      `${cap(who)}${cond} told ${outlet} that the ${noun} was ${rng.pick(["planned for weeks", "a response to earlier attacks", "limited in scope", "aimed at senior commanders"])}.`,
    );
  }
  if (rng.chance(0.45)) {
    const name = `${rng.pick(GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)}`;
    const said = rng.pick([
      "We heard the explosions and then the whole street was on fire",
      "Nobody warned us, the families had nowhere to go",
      "This escalation will only bring more suffering",
      "The area had been quiet for weeks before this",
    ]);
    out.push(
      rng.chance(0.5)
        ? `${quoted(`${said},`)} said ${name}, ${rng.pick(ROLES)}.`
        : `${name}, ${rng.pick(ROLES)}, said: ${quoted(`${said}.`)}`,
    );
  }
  if (rng.chance(0.4)) {
    // The other side contests: a denial or a rival count.
    const speaker = target.media.length && rng.chance(0.5) ? rng.pick(target.media) : rng.pick(target.spokesBodies);
    out.push(
      rng.pick([
        `${cap(speaker)} denied that any military sites were hit, saying the ${noun} struck homes.`,
        `${cap(speaker)} ${rng.pick(DENY_VERBS)} the account, calling it ${quoted("a fabrication")}.`,
        `${cap(speaker)} reported that the ${noun} had failed and caused no losses.`,
      ]),
    );
  }
  return out;
}

function background(rng: Rng, inc: Incident, attacker: SynthActor): string[] {
  const out: string[] = [];
  // References to other, earlier events: resolution must not merge them with this one.
  if (rng.chance(0.5)) {
    const other = rng.pick(inc.theatre.pairs);
    const [oa, ot] = [actorOf(other[0]), actorOf(other[1])];
    const when = rng.pick([
      "Last month",
      "Earlier this year",
      `In ${new Date(`${addDays(inc.date, -rng.int(40, 400))}T00:00:00Z`).getUTCFullYear()}`,
      "Two weeks ago",
    ]);
    out.push(
      `${when}, ${rng.pick(oa.names)} ${rng.pick(["struck", "attacked", "shelled", "targeted"])} ${rng.pick(ot.names)} near ${rng.pick(inc.theatre.places)}.`,
    );
  }
  const country = inc.theatre.country;
  const noun = rng.pick(KIND_NOUNS[inc.kind]);
  const context = [
    `The fighting in ${country} has displaced hundreds of thousands of people and left much of the infrastructure in ruins.`,
    `It was the ${rng.pick(["second", "third", "latest"])} such ${noun} in the area in recent weeks, and residents said they feared more would follow.`,
    `${cap(rng.pick(attacker.names))} has repeatedly said it only targets military objectives and accuses its enemies of hiding among civilians.`,
    `Analysts said the ${noun} risked widening the conflict at a time when regional powers were already struggling to contain it.`,
    "Diplomats have pushed for a ceasefire for months, so far without success, and talks mediated by neighbouring states have repeatedly stalled.",
    `Aid groups have warned that access to ${inc.place} is increasingly difficult, with roads cut and fuel in short supply.`,
    `The area around ${inc.place} has changed hands several times since the war began, and front lines there remain fluid.`,
    "Independent verification of casualty figures is difficult because journalists have limited access to the area.",
    `The United Nations has called on all parties in ${country} to respect international humanitarian law and protect civilians.`,
    "Satellite images reviewed by researchers showed fresh craters and burned-out vehicles near the site.",
    `Local officials said schools and clinics in ${inc.place} had closed for the day as a precaution.`,
    "The claims could not be independently verified.",
    `Residents of ${inc.place} described a night of heavy explosions, with families sheltering in basements until dawn.`,
    `The ${noun} came as ${rng.pick(attacker.names)} faced growing pressure at home to show results on the battlefield.`,
    `Military analysts said the choice of target suggested an effort to disrupt supply lines running through ${inc.place}.`,
    `Hospitals in the region reported shortages of blood, anaesthetics and generators after weeks of intense fighting in ${country}.`,
    `Human rights groups have documented dozens of similar incidents in ${country} over the past year and called for independent investigations.`,
    "Officials did not say what intelligence the decision was based on, or whether it had been shared with allies beforehand.",
  ];
  // Two context sentences to a paragraph, as wire copy runs.
  const picked = rng.sample(context, rng.int(4, 10));
  for (let i = 0; i < picked.length; i += 2) out.push(picked.slice(i, i + 2).join(" "));
  return out;
}

function headline(rng: Rng, inc: Incident, attacker: SynthActor, target: SynthActor): string {
  const a = rng.pick(attacker.names).replace(/^the /, "");
  const t = rng.pick(target.names).replace(/^the /, "");
  const killed = inc.casualties.find((c) => c.kind === "killed");
  const noun = rng.pick(KIND_NOUNS[inc.kind]);
  const options = [
    `${cap(a)} ${noun} hits ${t} near ${inc.place}`,
    `${cap(noun)} near ${inc.place} ${rng.pick(["raises tensions", "draws condemnation", "marks escalation"])}`,
    `${cap(a)} ${noun} on ${t} in ${inc.theatre.country}`,
  ];
  if (killed) options.push(`${cap(numberWord(killed.count, true))} killed in ${noun} in ${inc.place}`);
  return rng.pick(options);
}

/** One outlet's article about an incident: its own words, figures and quotes. */
export function writeReport(rng: Rng, inc: Incident, outlet: string): Report {
  const attacker = actorOf(inc.attackerKey);
  const target = actorOf(inc.targetKey);
  const publishedAt = addDays(
    inc.date,
    rng.weighted([
      [0, 5],
      [1, 4],
      [2, 1],
    ] as const),
  );
  const paragraphs = [lede(rng, inc, attacker, target, tellDate(rng, inc.date, publishedAt))];
  const forces = forceSentence(rng, inc);
  if (forces) paragraphs.push(forces);
  const cas = casualtySentence(rng, inc);
  if (cas) paragraphs.push(cas);
  paragraphs.push(...claims(rng, inc, attacker, target, outlet));
  paragraphs.push(...background(rng, inc, attacker));
  if (rng.chance(0.25)) paragraphs.push(rng.pick(BOILERPLATE));
  const byline = rng.chance(0.4)
    ? `By ${rng.pick(GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)} | ${longDate(publishedAt)}`
    : null;
  return { outlet, publishedAt, title: headline(rng, inc, attacker, target), byline, paragraphs };
}

/** The outlets that cover one incident: one to four, mixing wires and local press. */
export function pickOutlets(rng: Rng, inc: Incident): string[] {
  const n = rng.weighted([
    [1, 4],
    [2, 3],
    [3, 2],
    [4, 1],
  ] as const);
  return rng.sample([...WIRES, ...inc.theatre.outlets], n);
}
