import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Db } from "../client.ts";
import { actor, claim, extraction, force, mention, noMeta, sha256, tempDb } from "../testing/index.ts";
import { exportV1 } from "./export.ts";
import { writeExportV1 } from "./export-stream.ts";
import { storeSource } from "./store-source.ts";

let db: Db;
let cleanup: () => void;
beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
});
afterEach(() => cleanup());

async function streamed(pageSize?: number): Promise<{ text: string; chunks: number }> {
  const chunks: string[] = [];
  await writeExportV1(
    db,
    async (chunk) => {
      chunks.push(chunk);
    },
    pageSize,
  );
  return { text: chunks.join(""), chunks: chunks.length };
}

const whole = async () => `${JSON.stringify(await exportV1(db), null, 2)}\n`;

/** Articles telling several distinct events, reprints that share them, and awkward text in the claims. */
async function fill(articles: number) {
  for (let i = 0; i < articles; i++) {
    const day = `2017-06-${String(i + 1).padStart(2, "0")}`;
    const x = extraction({
      mentions: [
        mention({
          date: { value: day, precision: "day" },
          attacker: actor(i % 2 ? "ISIS" : "US-led coalition"),
          forces:
            i % 3 ? [force(), force({ status: "present", count: { low: i, high: null, qualifier: "more-than" } })] : [],
          casualties:
            i % 4
              ? []
              : [
                  {
                    kind: "killed",
                    count: { low: i, high: i + 2, qualifier: "about" },
                    who: null,
                    span: { start: 0, end: 4 },
                  },
                ],
        }),
        mention({
          kind: "ground-attack",
          date: { value: "2016", precision: "year" },
          location: i % 5 ? null : "Raqqa",
        }),
      ],
      claims: [
        claim({ text: `line one\nline "two" \u2014 ${i}\t\u00e9`, stance: "contests" }),
        claim({ mentionIndex: null, speaker: `speaker ${i}` }),
      ],
    });
    const meta = { ...noMeta, title: i % 2 ? `Title ${i}, "quoted"` : null, outlet: i % 3 ? "CNN" : null };
    await storeSource(db, { originPath: `/corpus/${i}.txt`, contentHash: sha256(`a${i}`), meta, extraction: x });
    if (i % 4 === 0) {
      await storeSource(db, { originPath: `/corpus/${i}-copy.txt`, contentHash: sha256(`a${i}`), meta, extraction: x });
    }
  }
  // New content at a known path: that old source's claims get the highest ids, so (source, id) order is not id order.
  await storeSource(db, {
    originPath: "/corpus/1.txt",
    contentHash: sha256("a1 again"),
    meta: noMeta,
    extraction: extraction({ mentions: [mention({ location: "Deir ez-Zor" })], claims: [claim({ text: "again" })] }),
  });
}

describe("writeExportV1", () => {
  describe("writes byte for byte what JSON.stringify(exportV1, null, 2) does", () => {
    test("for an empty database", async () => {
      expect((await streamed()).text).toBe(await whole());
    });

    test("across many small pages of sources, events and claims", async () => {
      await fill(14);
      const out = await exportV1(db);
      expect(out.sources.length).toBeGreaterThan(10);
      expect(out.events.length).toBeGreaterThan(10);
      expect(out.claims.length).toBeGreaterThan(20);
      // By source, then id: the re-extracted second source's claim, newest of all, comes right after the first's.
      expect(out.claims.slice(0, 4).map((c) => `${c.source} ${c.text.slice(0, 5)}`)).toEqual([
        "s1 line ",
        "s1 The c",
        "s2 again",
        "s3 line ",
      ]);
      const expected = await whole();
      for (const pageSize of [1, 3, 7, 1000]) {
        const { text, chunks } = await streamed(pageSize);
        expect(text).toBe(expected);
        if (pageSize === 3) expect(chunks).toBeGreaterThan(15);
      }
    });
  });

  describe("exportV1 on the same pages", () => {
    test("does not depend on the page size", async () => {
      await fill(6);
      expect(await exportV1(db, 2)).toEqual(await exportV1(db));
    });
  });
});
