import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { openBrowser, type Session, screenshots, squash } from "./browser.ts";

const BARS = '[data-testid="strike-chart"] svg .recharts-bar-rectangle rect:not([height="0"])';
let session: Session;
beforeAll(async () => {
  session = await openBrowser();
});
afterAll(async () => {
  await session.close();
});

function corpusText(): string {
  const dir = inject("corpusDir");
  return squash(
    readdirSync(dir)
      .filter((f) => !f.endsWith(".jsonl"))
      .map((f) => readFileSync(join(dir, f), "utf8"))
      .join("\n"),
  );
}

describe("the events list", () => {
  test("narrows with a filter that lives in the URL and survives a reload", async () => {
    const page = await session.page();
    await page.goto("/events");
    const rows = page.locator('[data-testid="events-table"] tbody tr');
    const all = await rows.count();
    expect(all).toBeGreaterThan(1);
    await page.fill('input[name="from"]', "2017-05-01");
    await page.fill('input[name="to"]', "2017-05-31");
    await Promise.all([page.waitForURL(/from=2017-05-01/), page.click('button[type="submit"]')]);
    const narrowed = await rows.count();
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    await page.reload();
    expect(await rows.count()).toBe(narrowed);
    expect(await page.inputValue('input[name="from"]')).toBe("2017-05-01");
    await page.close();
  });

  test("offers one attacker entry per actor, shown by the texts' names, and filters by it", async () => {
    const page = await session.page();
    await page.goto("/events");
    const options = await page.$$eval('select[name="attacker"] option', (os) =>
      os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? "" })),
    );
    // The sample corpus names the US-led coalition several ways; they are one entry, keyed by the lexicon.
    const coalition = options.filter((o) => /coalition/i.test(o.label));
    expect(coalition).toHaveLength(1);
    expect(coalition[0]?.value).toBe("us-coalition");
    expect(coalition[0]?.label).toMatch(/U\.?S\.?-led/);
    await page.selectOption('select[name="attacker"]', "us-coalition");
    await Promise.all([page.waitForURL(/attacker=us-coalition/), page.click('button[type="submit"]')]);
    const cells = await page.$$eval('[data-testid="events-table"] tbody tr td:nth-child(3)', (tds) =>
      tds.map((td) => td.textContent ?? ""),
    );
    expect(cells.length).toBeGreaterThan(1);
    for (const c of cells) expect(c).toMatch(/coalition|U\.?S\.?|United States|USA|American/i);
    await page.close();
  });

  test("sorts by a column header", async () => {
    const page = await session.page();
    await page.goto("/events");
    await Promise.all([page.waitForURL(/sort=sources/), page.click('th >> a:has-text("Sources")')]);
    const counts = await page.$$eval('[data-testid="events-table"] tbody tr td:nth-child(6)', (tds) =>
      tds.map((td) => Number(td.textContent)),
    );
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.close();
  });

  test("explains bad URL parameters instead of failing", async () => {
    const page = await session.page();
    const response = await page.goto("/events?from=2017-13-45&minSources=-2&page=0&kind=laser");
    expect(response?.status()).toBe(200);
    await expect(page.locator('[role="alert"]', { hasText: "Ignored" }).textContent()).resolves.toContain(
      "Ignored from date",
    );
    await page.close();
  });

  test("keeps its screenshots", async () => {
    await screenshots(session, "/events", "events");
  });
});

describe("from the overview to an event", () => {
  test("a table click reaches the event page, whose quoted sentence is the source's", async () => {
    const page = await session.page();
    await page.goto("/");
    const link = page.locator('[data-testid="events-table"] a[data-testid="event-link"]', { hasText: "18 May 2017" });
    await Promise.all([page.waitForURL(/\/events\/\d+$/), link.first().click()]);
    // Client-side navigation changes the URL before the new page has rendered.
    await page.locator('[data-testid="mention-quote"]').first().waitFor();
    const quotes = await page.locator('[data-testid="mention-quote"]').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    const corpus = corpusText();
    for (const q of quotes) expect(corpus).toContain(squash(q));
    // Every telling says why it was joined. One source places the strike only in "Syria": At Tanf lies inside it,
    // by the gazetteer's coordinates, so the sources do not disagree on where it happened and nothing is flagged.
    const reasons = await page.locator('[data-testid="join-reason"]').allTextContents();
    expect(reasons).toHaveLength(quotes.length);
    expect(reasons.filter((r) => r.startsWith("joined: same day, same attacker, "))).toHaveLength(quotes.length - 1);
    expect(reasons.some((r) => r.includes("one place inside the other"))).toBe(true);
    await expect(page.locator('[data-testid="dispute-flags"]').count()).resolves.toBe(0);
    const eventUrl = page.url();
    await screenshots(session, new URL(eventUrl).pathname, "event");

    // On to the source: the same sentence is highlighted in the article.
    await Promise.all([page.waitForURL(/\/sources\/\d+/), page.locator('[data-testid="timeline"] a').first().click()]);
    await page.locator('[data-testid="article-text"]').waitFor();
    const anchor = new URL(page.url()).hash.slice(1);
    const marked = await page.evaluate((id) => {
      const start = document.getElementById(id);
      const wrapper = start?.parentElement;
      return wrapper?.querySelector("mark")?.textContent ?? null;
    }, anchor);
    expect(marked).not.toBeNull();
    expect(squash(quotes[0] ?? "")).toContain(squash(marked ?? "").slice(0, 20));
    await page.close();
  });

  test("a chart click opens the events of that month", async () => {
    const page = await session.page();
    await page.goto("/");
    const bar = page.locator(BARS).filter({ visible: true }).first();
    await bar.waitFor();
    await Promise.all([page.waitForURL(/\/events\?from=\d{4}-\d{2}-01&to=/), bar.click()]);
    await page.locator("h1", { hasText: /^Events$/ }).waitFor();
    expect(await page.locator('[data-testid="events-table"] tbody tr').count()).toBeGreaterThan(0);
    await page.close();
  });
});
