import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { openBrowser, type Session, screenshots } from "./browser.ts";
import { worldCount, worldRows } from "./world-db.ts";

// On the database the CLI builds from the corpus of attacks in many countries.
const MARKERS = '[data-testid="event-map"][data-ready="true"] [data-event-id]';
const LOCATED = "SELECT count(*) FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL";
let session: Session;
let located = 0;
beforeAll(async () => {
  session = await openBrowser(inject("worldUrl"));
  located = await worldCount(LOCATED);
});

// Markers need coordinates, which the gazetteer gives: without them these tests fail here, at once, saying why.
function needsLocatedEvents(): void {
  expect(located, "events with coordinates from the gazetteer").toBeGreaterThan(0);
}
afterAll(async () => {
  await session.close();
});

describe("the map", () => {
  test("the corpus has located events, and the map draws one marker for each", async () => {
    const all = await worldCount("SELECT count(*) FROM events");
    needsLocatedEvents();
    const page = await session.page();
    await page.goto("/map");
    await page.locator(MARKERS).first().waitFor();
    expect(await page.locator(MARKERS).count()).toBe(located);
    expect(await page.locator('[data-testid="map-located"]').getAttribute("data-count")).toBe(String(located));
    expect(await page.locator('[data-testid="map-unlocated"]').getAttribute("data-count")).toBe(String(all - located));
    await page.close();
  });

  test("a marker's popup reaches its event", async () => {
    needsLocatedEvents();
    const page = await session.page();
    await page.goto("/map");
    // The last marker drawn lies on top: events at one place overlap, and a click lands on the uppermost.
    const marker = page.locator(MARKERS).last();
    const id = await marker.getAttribute("data-event-id");
    await marker.click();
    const popup = page.locator('[data-testid="map-popup"]');
    await popup.waitFor();
    expect(await popup.getAttribute("data-event-id")).toBe(id);
    expect(await popup.textContent()).toMatch(/\d{4}/);
    await Promise.all([page.waitForURL(new RegExp(`/events/${id}$`)), popup.getByText("Open the event").click()]);
    await page.locator('[data-testid="facts-table"]').waitFor();
    await page.close();
  });

  test("works by keyboard: a marker opens with Enter, + zooms, Escape closes", async () => {
    needsLocatedEvents();
    const page = await session.page("phone");
    await page.goto("/map");
    const marker = page.locator(MARKERS).first();
    await marker.focus();
    await page.keyboard.press("Enter");
    const link = page.locator('[data-testid="popup-event-link"]');
    await link.waitFor();
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press("Escape");
    await expect(page.locator('[data-testid="map-popup"]').count()).resolves.toBe(0);
    const before = await page.locator('[data-testid="event-map"] svg > g').getAttribute("transform");
    await page.keyboard.press("+");
    await page.keyboard.press("ArrowLeft");
    expect(await page.locator('[data-testid="event-map"] svg > g').getAttribute("transform")).not.toBe(before);
    await page.close();
  });

  test("filters narrow the markers, live in the URL and survive a reload", async () => {
    needsLocatedEvents();
    const page = await session.page();
    await page.goto("/map");
    await page.locator(MARKERS).first().waitFor();
    const all = await page.locator(MARKERS).count();
    const [row] = await worldCountByKind();
    expect(row, "a kind that only some located events have").toBeDefined();
    const { kind, n } = row as { kind: string; n: number };
    await page.selectOption('select[name="kind"]', kind);
    await Promise.all([page.waitForURL(new RegExp(`kind=${kind}`)), page.click('button[type="submit"]')]);
    await page.locator(MARKERS).first().waitFor();
    expect(await page.locator(MARKERS).count()).toBe(n);
    expect(n).toBeLessThan(all);
    await page.reload();
    await page.locator(MARKERS).first().waitFor();
    expect(await page.locator(MARKERS).count()).toBe(n);
    expect(await page.inputValue('select[name="kind"]')).toBe(kind);
    await page.close();
  });

  test("shows an empty state when nothing matches, and a message for bad params", async () => {
    const page = await session.page();
    const r = await page.goto("/map?from=2099-01-01&kind=laser");
    expect(r?.status()).toBe(200);
    await page.getByText("No events with a known place match these filters").waitFor();
    expect(await page.locator('[role="alert"]', { hasText: "Ignored" }).textContent()).toContain("Ignored kind");
    await page.close();
  });

  test("keeps its screenshots", async () => {
    await screenshots(session, "/map", "map");
  });

  test("no page asks anything of a server other than 127.0.0.1", async () => {
    const page = await session.page();
    for (const path of ["/", "/?bucket=week", "/map", "/actors", "/events"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    await page.close();
    expect(session.requests.length).toBeGreaterThan(5);
    const elsewhere = session.requests.filter((u) => !/^(data:|blob:|http:\/\/127\.0\.0\.1:\d+\/)/.test(u));
    expect(elsewhere).toEqual([]);
  });
});

/** Located events per kind, for a kind that narrows the map but leaves some markers. */
async function worldCountByKind(): Promise<{ kind: string; n: number }[]> {
  const rows = await worldRows(
    `SELECT kind, count(*) AS n FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY kind
     HAVING count(*) < (${LOCATED}) ORDER BY count(*) DESC, kind LIMIT 1`,
  );
  return rows.map((r) => ({ kind: String(r.kind), n: Number(r.n) }));
}
