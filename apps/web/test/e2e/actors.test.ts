import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { openBrowser, type Session, screenshots } from "./browser.ts";
import { worldCount, worldRows } from "./world-db.ts";

let session: Session;
beforeAll(async () => {
  session = await openBrowser(inject("worldUrl"));
});
afterAll(async () => {
  await session.close();
});

/** The actor in the most events, as attacker or target, and how many that is. */
async function busiestActor(): Promise<{ key: string; events: number }> {
  const [row] = await worldRows(
    `SELECT key, count(*) AS n FROM (SELECT attacker_key AS key FROM events UNION ALL SELECT target_key FROM events)
     WHERE key IS NOT NULL GROUP BY key ORDER BY n DESC, key LIMIT 1`,
  );
  return { key: String(row?.key), events: Number(row?.n) };
}

describe("the actors", () => {
  test("are listed with their names and their events as attacker and as target", async () => {
    const page = await session.page();
    await page.goto("/actors");
    const rows = page.locator('[data-testid="actors-table"] tbody tr');
    const keys = await worldCount(
      "SELECT count(DISTINCT key) FROM (SELECT attacker_key AS key FROM events UNION SELECT target_key FROM events)",
    );
    expect(await rows.count()).toBe(Math.min(keys, 50));
    const busiest = await busiestActor();
    const first = rows.first();
    expect(await first.getAttribute("data-actor-key")).toBe(busiest.key);
    const [asAttacker, asTarget] = await first
      .locator("td.tabular-nums")
      .allTextContents()
      .then((t) => t.map(Number));
    expect((asAttacker ?? 0) + (asTarget ?? 0)).toBe(busiest.events);
    await page.close();
  });

  test("an actor's page lists that actor's events, and its own name links back to it", async () => {
    const { key, events } = await busiestActor();
    const ids = (await worldRows("SELECT id FROM events WHERE attacker_key = ? OR target_key = ?", [key, key])).map(
      (r) => String(r.id),
    );
    const page = await session.page();
    await page.goto("/actors");
    await Promise.all([
      page.waitForURL(/\/actors\/.+/),
      page.locator(`tr[data-actor-key="${key}"] a[data-testid="actor-link"]`).click(),
    ]);
    await page.locator('[data-testid="actor-name"]').waitFor();
    const links = page.locator('[data-testid="events-table"] a[data-testid="event-link"]');
    expect(await links.count()).toBe(Math.min(events, 25));
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
      expect(ids).toContain(href.replace("/events/", ""));
    }
    // The events table on the actor's own page names it, linked to this same page.
    const self = new URL(page.url()).pathname;
    const names = page.locator(`[data-testid="events-table"] a[data-testid="actor-link"][href="${self}"]`);
    expect(await names.count()).toBeGreaterThan(0);
    await screenshots(session, self, "actor");
    await page.close();
  });

  test("the events list links every actor name to its page", async () => {
    const page = await session.page();
    await page.goto("/events");
    const link = page.locator('[data-testid="events-table"] a[data-testid="actor-link"]').first();
    const name = (await link.textContent()) ?? "";
    await Promise.all([page.waitForURL(/\/actors\/.+/), link.click()]);
    await page.locator('[data-testid="actor-names"]').waitFor();
    expect(await page.locator('[data-testid="actor-names"]').textContent()).toContain(name);
    await page.close();
  });

  test("an unknown actor gets the not-found page, a broken link a 400, never an error", async () => {
    // The page streams (loading.tsx), so the status is sent before the lookup: the body says it.
    for (const path of ["/actors/no%20such%20actor", "/actors/%25", "/actors/x?bucket=year"]) {
      const r = await fetch(inject("worldUrl") + path);
      expect(r.status, path).toBeLessThan(500);
      expect(await r.text(), path).toContain("There is no such page");
    }
    const broken = await fetch(`${inject("worldUrl")}/actors/%E0%A4%A`);
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain("malformed");
  });

  test("keeps its screenshots", async () => {
    await screenshots(session, "/actors", "actors");
  });
});
