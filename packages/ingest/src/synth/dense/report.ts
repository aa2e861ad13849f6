import type { SpeakerKind } from "@deconflict/domain";
import { addDays } from "@deconflict/domain/resolution";
import { cap, tellCount } from "../phrasing.ts";
import type { Rng } from "../prng.ts";
import { MONTHS, numberWord, WEEKDAYS } from "../words.ts";
import type { DenseIncident } from "./incident.ts";
import type { DenseSpeaker } from "./theatres.ts";

/** One outlet's report of a dense-theatre strike, and the attributed statements in it (the claims gold). */
export interface DenseReport {
  outlet: string;
  publishedAt: string;
  title: string;
  paragraphs: string[];
  claims: { speaker: string; speakerKind: SpeakerKind; text: string }[];
}

const an = (word: string) => (/^[AEIOU]/.test(word) ? "An" : "A");
const weekday = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()] as string;
const monthDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
};

// "{S} {verb}" openings per kind: the subject and verb the outlet uses, all of one kind class.
function opening(rng: Rng, inc: DenseIncident): string {
  const a = inc.theatre.attacker.adjective;
  const forms: Record<string, string[]> = {
    "missile-strike": [`${a} forces fired a missile at`, `${an(a)} ${a} missile struck`, `${an(a)} ${a} missile hit`],
    "drone-strike": [`${a} drones struck`, `${an(a)} ${a} drone hit`, `${a} drones hit`],
    airstrike: [`${a} warplanes bombed`, `${a} warplanes struck`],
    "artillery-strike": [`${a} artillery shelled`, `${a} forces shelled`, `${a} troops shelled`],
  };
  return rng.pick(forms[inc.kind] ?? [`${a} forces struck`]);
}

const KIND_NOUN: Record<string, string> = {
  "missile-strike": "missile strike",
  "drone-strike": "drone strike",
  airstrike: "airstrike",
  "artillery-strike": "artillery strike",
};

function placePhrase(rng: Rng, inc: DenseIncident): { text: string; apposition: boolean } {
  const kind = inc.isCity ? "city" : "town";
  const form = rng.weighted([
    ["of", 6],
    ["near", 2],
    ["apposition", 2],
    ["bare", 1],
  ] as const);
  // A bare name ("in Druzhkivka") needs a gazetteer that knows the town.
  if (form === "bare") return { text: `in ${inc.town}`, apposition: false };
  if (form === "apposition")
    return { text: `in ${inc.town}, a ${kind} in the ${inc.theatre.region},`, apposition: true };
  return { text: `${form === "near" ? "near" : "in"} the ${kind} of ${inc.town}`, apposition: false };
}

function when(rng: Rng, inc: DenseIncident, publishedAt: string): string {
  const day = weekday(inc.date);
  if (publishedAt !== inc.date && rng.chance(0.3)) return `on ${monthDay(inc.date)}`;
  return rng.pick([`on ${day}`, `on ${day}`, `on ${day} morning`, `on ${day} afternoon`, `on ${day} evening`]);
}

const people = (rng: Rng, n: number) => (n === 1 ? "one person" : `${tellCount(rng, n)} people`);

function casualtyClause(rng: Rng, inc: DenseIncident): string {
  const k = inc.killed > 0 ? `killing ${people(rng, inc.killed)}` : "";
  const w = inc.wounded > 0 ? `wounding ${k ? tellCount(rng, inc.wounded) : people(rng, inc.wounded)}` : "";
  return [k, w].filter(Boolean).join(" and ");
}

// "Nine people were killed and 19 wounded": the count said plainly, spelled out or in figures.
function counted(rng: Rng, n: number, verb: string): string {
  return n === 1 ? `One person was ${verb}` : `${cap(numberWord(n, rng.chance(0.5)))} people were ${verb}`;
}

function casualtySentence(rng: Rng, inc: DenseIncident): string {
  if (inc.killed > 0 && inc.wounded > 0)
    return `${counted(rng, inc.killed, "killed")} and ${numberWord(inc.wounded, false)} wounded`;
  return inc.killed > 0 ? counted(rng, inc.killed, "killed") : counted(rng, inc.wounded, "wounded");
}

const BACKGROUND = [
  "{town} lies a short drive from the front line, and many of its residents left in the spring.",
  "Air raid alerts sounded across the {region} for much of the day.",
  "Emergency crews worked through the day to clear the rubble.",
  "It was not immediately possible to verify the figures independently.",
];

function attributed(rng: Rng, body: string, speaker: DenseSpeaker, claims: DenseReport["claims"]): string {
  claims.push({ speaker: speaker.name, speakerKind: speaker.kind, text: body });
  return rng.chance(0.6) ? `${body}, ${speaker.name} said.` : `${body}, according to ${speaker.name}.`;
}

/** An outlet's first report of a strike, published the day of it or the day after. */
export function writeDenseReport(rng: Rng, inc: DenseIncident, outlet: string): DenseReport {
  const publishedAt = addDays(inc.date, rng.chance(0.6) ? 0 : 1);
  const place = placePhrase(rng, inc);
  const target = rng.pick(inc.target.phrases);
  const hurt = inc.killed > 0 || inc.wounded > 0;
  const inLede = hurt && rng.chance(0.6);
  const speaker = rng.pick(inc.theatre.speakers);
  const claims: DenseReport["claims"] = [];
  const lede = `${opening(rng, inc)} ${target} ${place.text} ${when(rng, inc, publishedAt)}${inLede ? `, ${casualtyClause(rng, inc)}` : ""}`;
  const paragraphs = [rng.chance(0.5) ? attributed(rng, lede, speaker, claims) : `${lede}.`];
  if (hurt && !inLede) paragraphs.push(attributed(rng, casualtySentence(rng, inc), speaker, claims));
  if (!hurt && rng.chance(0.5)) paragraphs.push("There was no immediate word on casualties.");
  paragraphs.push(
    ...rng
      .sample(BACKGROUND, rng.int(1, 2))
      .map((s) => s.replace("{town}", inc.town).replace("{region}", inc.theatre.region)),
  );
  const title = `${inc.theatre.attacker.adjective} ${KIND_NOUN[inc.kind] ?? "strike"} hits ${target.replace(/^(?:an?|the) /, "")} in ${inc.town}`;
  return { outlet, publishedAt, title, paragraphs, claims };
}

/** A retelling two or three days on: "The death toll from Tuesday's strike on the market has risen to 7". */
export function writeRetelling(rng: Rng, inc: DenseIncident, outlet: string): DenseReport {
  const publishedAt = addDays(inc.date, rng.int(2, 3));
  const a = inc.theatre.attacker.adjective;
  const place = inc.isCity ? `in the city of ${inc.town}` : `in the town of ${inc.town}`;
  const strike = `${weekday(inc.date)}'s ${a} ${KIND_NOUN[inc.kind] ?? "strike"} on ${rng.pick(inc.target.phrases)} ${place}`;
  const dead = inc.killed + inc.laterDead;
  const body = rng.chance(0.5)
    ? `The death toll from ${strike} has risen to ${numberWord(dead, false)}`
    : `${strike} killed ${numberWord(dead, false)} people`;
  const speaker = rng.pick(inc.theatre.speakers);
  const claims: DenseReport["claims"] = [{ speaker: speaker.name, speakerKind: speaker.kind, text: body }];
  const paragraphs = [
    `${body}, ${speaker.name} said on ${weekday(publishedAt)}.`,
    "Emergency crews worked through the day to clear the rubble.",
  ];
  return { outlet, publishedAt, title: `Toll rises after strike in ${inc.town}`, paragraphs, claims };
}
