// Fills a database straight through the schema with a realistic shape, for page-speed work only:
// ~1 event per 2 articles, skewed so a few events have many sources, facts and claims per mention.

import { closeDb, openDb } from "@deconflict/db";
import { EVENT_KINDS, FORCE_CATEGORIES, FORCE_STATUSES, KIND_CLASS, SPEAKER_KINDS } from "@deconflict/domain";

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTLETS = Array.from(
  { length: 80 },
  (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) || ""}`,
);
const ACTORS = [
  "US-led coalition",
  "Russia",
  "Syrian government forces",
  "Israel",
  "Turkey",
  "Islamic State",
  "Hezbollah",
  "Iran",
  "Saudi-led coalition",
  "Houthis",
  "Ukraine",
  "Wagner Group",
  "Kurdish forces",
  "Hamas",
  "al-Shabaab",
  "Ethiopian forces",
  "Tigray forces",
  "RSF",
  "Sudanese army",
  "Azerbaijan",
  "Armenia",
  "Taliban",
  "Pakistan",
  "India",
  "Myanmar military",
];
const PLACES = Array.from({ length: 300 }, (_, i) => `Place ${i}`);
const SPEAKERS = Array.from({ length: 400 }, (_, i) => `Speaker ${i}`);
const WORDS =
  "the coalition said forces struck near border officials reported vehicles convoy aircraft statement warning militia base town village district province army defence ministry spokesman local residents".split(
    " ",
  );

/** Where a synthetic place lies: fixed per place, spread over the Middle East, Africa and Europe; one event in eight has none. */
function placeCoordinates(location: string | null, id: number): [number | null, number | null, string | null] {
  if (location === null || id % 8 === 0) return [null, null, null];
  const n = Number(location.replace(/\D/g, "")) || 0;
  return [-10 + ((n * 37) % 70) + (n % 10) / 10, -15 + ((n * 53) % 90) + (n % 7) / 10, "place"];
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}
// Zipf-ish: small indexes far more often, as a few actors and places dominate the news.
function skewed<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(xs.length * r() ** 2.5)] as T;
}
function isoDay(r: () => number): string {
  const t = Date.UTC(2014, 0, 1) + Math.floor(r() * 3650) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
function sentence(r: () => number, n: number): string {
  return `${Array.from({ length: n }, () => pick(r, WORDS)).join(" ")}.`;
}

export async function synthDatabase(path: string, articles: number, seed = 1): Promise<void> {
  const r = prng(seed);
  const db = await openDb(path);
  const c = db.$client;
  await c.execute("PRAGMA journal_mode = OFF");
  await c.execute("PRAGMA synchronous = OFF");
  // Events are written last, once their source counts are known.
  await c.execute("PRAGMA foreign_keys = OFF");
  const eventCount = Math.max(1, Math.round(articles / 2));
  const events = Array.from({ length: eventCount }, (_, i) => {
    const kind = r() < 0.45 ? "airstrike" : pick(r, EVENT_KINDS);
    const p = r();
    const precision = p < 0.85 ? "day" : p < 0.95 ? "month" : "year";
    const day = isoDay(r);
    const value = precision === "day" ? day : precision === "month" ? day.slice(0, 7) : day.slice(0, 4);
    const from = precision === "day" ? day : precision === "month" ? `${value}-01` : `${value}-01-01`;
    const to = precision === "day" ? day : precision === "month" ? `${value}-28` : `${value}-12-31`;
    return {
      id: i + 1,
      kind,
      value,
      precision,
      from,
      to,
      day,
      attacker: r() < 0.93 ? skewed(r, ACTORS) : null,
      target: r() < 0.85 ? skewed(r, ACTORS) : null,
      location: r() < 0.8 ? skewed(r, PLACES) : null,
      sources: new Set<number>(),
      outlets: new Set<string>(),
    };
  });
  let tx = await c.transaction("write");
  let pending = 0;
  const run = async (sql: string, args: (string | number | null)[]) => {
    await tx.execute({ sql, args });
    if (++pending % 20_000 === 0) {
      await tx.commit();
      tx = await c.transaction("write");
    }
  };
  let mentionId = 0;
  // Half the tellings start a new event, half retell an earlier one (popular ones more often).
  let opened = 0;
  const tell = () => {
    if (opened === 0 || (opened < events.length && r() < 0.5)) return events[opened++] as (typeof events)[number];
    return events[Math.floor(opened * r() ** 2.5)] as (typeof events)[number];
  };
  for (let s = 1; s <= articles; s++) {
    // Each article tells one event (a tenth tell two); popular events collect many sources.
    const told = [tell()];
    if (r() < 0.1) told.push(tell());
    const outlet = pick(r, OUTLETS);
    const first = told[0] as (typeof events)[number];
    const paragraphs = Array.from({ length: 8 }, () => sentence(r, 12 + Math.floor(r() * 20)));
    const text = paragraphs.join("\n\n");
    await run(
      "INSERT INTO sources (id, content_hash, title, outlet, url, byline, published_at, text, extractor_version, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
      [
        s,
        s.toString(16).padStart(64, "0"),
        `Report ${s}`,
        outlet,
        null,
        null,
        first.day,
        text,
        "synth",
        "2026-01-01T00:00:00Z",
      ],
    );
    await run("INSERT INTO source_origins (path, source_id) VALUES (?,?)", [`synth/${s}.txt`, s]);
    let offset = 0;
    for (const [ordinal, e] of told.entries()) {
      mentionId++;
      const para = paragraphs[ordinal] ?? "";
      const start = text.indexOf(para, offset);
      offset = start + para.length;
      e.sources.add(s);
      e.outlets.add(outlet);
      await run(
        "INSERT INTO event_mentions (id, event_id, source_id, ordinal, kind, date, date_precision, location, attacker_key, attacker_name, target_key, target_name, span_start, span_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
          mentionId,
          e.id,
          s,
          ordinal,
          e.kind,
          e.value,
          e.precision,
          e.location,
          e.attacker,
          e.attacker,
          e.target,
          e.target,
          start,
          start + para.length,
        ],
      );
      const facts = Math.floor(r() * 3);
      for (let f = 0; f < facts; f++) {
        const low = r() < 0.85 ? 1 + Math.floor(r() ** 3 * 30) : null;
        const high = low === null ? null : r() < 0.8 ? low : r() < 0.5 ? null : low + Math.floor(r() * 10);
        await run(
          "INSERT INTO force_reports (mention_id, event_id, source_id, span_start, span_end, count_low, count_high, qualifier, category, status, noun) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
          [
            mentionId,
            e.id,
            s,
            start,
            start + 10,
            low,
            high,
            low === null ? null : "exact",
            pick(r, FORCE_CATEGORIES),
            pick(r, FORCE_STATUSES),
            "vehicles",
          ],
        );
      }
      if (r() < 0.4) {
        const n = 1 + Math.floor(r() ** 2 * 50);
        await run(
          "INSERT INTO casualties (mention_id, event_id, source_id, span_start, span_end, count_low, count_high, qualifier, kind, who) VALUES (?,?,?,?,?,?,?,?,?,?)",
          [mentionId, e.id, s, start + 12, start + 24, n, n, "about", r() < 0.7 ? "killed" : "wounded", "fighters"],
        );
      }
      if (r() < 0.05) {
        await run(
          "INSERT INTO escalations (mention_id, event_id, source_id, span_start, span_end, step) VALUES (?,?,?,?,?,?)",
          [mentionId, e.id, s, start, start + 8, "warning"],
        );
      }
    }
    const claimCount = Math.floor(r() * 4);
    for (let k = 0; k < claimCount; k++) {
      const para = paragraphs[2 + k] ?? "";
      const start = text.indexOf(para);
      const about = r() < 0.7 ? (told[0] as (typeof events)[number]).id : null;
      await run(
        "INSERT INTO claims (source_id, mention_id, event_id, speaker, speaker_kind, text, stance, span_start, span_end) VALUES (?,?,?,?,?,?,?,?,?)",
        [
          s,
          null,
          about,
          skewed(r, SPEAKERS),
          pick(r, SPEAKER_KINDS),
          para,
          r() < 0.1 ? "contests" : "asserts",
          start,
          start + para.length,
        ],
      );
    }
  }
  for (const e of events.slice(0, opened)) {
    const grade =
      e.outlets.size >= 3 ? "confirmed" : e.outlets.size === 2 ? "fair" : r() < 0.05 ? "contested" : "single-source";
    await run(
      "INSERT INTO events (id, kind, kind_class, date, date_precision, date_from, date_to, location, lat, lon, geo_precision, attacker_key, attacker_name, target_key, target_name, source_count, outlet_count, grade) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
      [
        e.id,
        e.kind,
        KIND_CLASS[e.kind],
        e.value,
        e.precision,
        e.from,
        e.to,
        e.location,
        ...placeCoordinates(e.location, e.id),
        e.attacker,
        e.attacker,
        e.target,
        e.target,
        e.sources.size,
        e.outlets.size,
        grade,
      ],
    );
  }
  await tx.commit();
  closeDb(db);
}
