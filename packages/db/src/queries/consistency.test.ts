import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Db } from "../client.ts";
import { actor, claim, extraction, mention, noMeta, sha256, tempDb } from "../testing/index.ts";
import { refreshEvent } from "./refresh-event.ts";
import { storeSource } from "./store-source.ts";

let db: Db;
let cleanup: () => void;
beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
});
afterEach(() => cleanup());

const allEvents = () => db.query.events.findMany({ orderBy: (e, { asc }) => asc(e.id) });

describe("keeping events in step", () => {
  test("adding sources one by one gives what a full recompute gives", async () => {
    const outlets = ["CNN", "cnn ", null, "AFP", null, "Reuters"];
    const dates = [
      { value: "2017-06", precision: "month" as const },
      { value: "2017-06-08", precision: "day" as const },
      { value: "2017", precision: "year" as const },
      { value: "2017-06-09", precision: "day" as const },
      { value: "2017-06-07", precision: "day" as const },
      null,
    ];
    for (let i = 0; i < 18; i++) {
      const m = mention({
        date: dates[i % dates.length] ?? null,
        location: i % 4 === 0 ? null : `Place ${i % 3}`,
        target: i % 5 === 0 ? null : actor(`target-${i % 2}`),
        attacker: i % 7 === 6 ? actor("ISIS") : actor("US-led coalition"),
      });
      await storeSource(db, {
        originPath: `/c/${i}.txt`,
        contentHash: sha256(String(i)),
        meta: { ...noMeta, outlet: outlets[i % outlets.length] ?? null },
        extraction: extraction({
          mentions: [m, mention({ kind: "missile-strike", date: m.date })],
          claims: i === 11 ? [claim({ stance: "contests" })] : [],
        }),
      });
    }
    const incremental = await allEvents();
    expect(incremental.length).toBeGreaterThan(1);
    expect(incremental.some((e) => e.sourceCount > 2)).toBe(true);
    for (const e of incremental) await refreshEvent(db, e.id);
    expect(await allEvents()).toEqual(incremental);
  });

  test("a year-dated telling stays apart from a day-dated one: the year holds too many strikes", async () => {
    const store = (i: number, date: { value: string; precision: "day" | "month" | "year" }) =>
      storeSource(db, {
        originPath: `/c/${i}.txt`,
        contentHash: sha256(String(i)),
        meta: noMeta,
        extraction: extraction({ mentions: [mention({ date })] }),
      });
    await store(1, { value: "2017", precision: "year" });
    await store(2, { value: "2017-11-20", precision: "day" });
    expect(await allEvents()).toHaveLength(2);
  });
});
