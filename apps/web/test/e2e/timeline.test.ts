import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { openBrowser, type Session, screenshots } from "./browser.ts";
import { worldCount } from "./world-db.ts";

const BARS = '[data-testid="strike-chart"] svg .recharts-bar-rectangle rect:not([height="0"])';
let session: Session;
beforeAll(async () => {
  session = await openBrowser(inject("worldUrl"));
});
afterAll(async () => {
  await session.close();
});

/** The strike chart's numbers table summed, and the strikes it could not place, on a page. */
async function chartTotals(path: string): Promise<{ placed: number; unplaced: number }> {
  const page = await session.page();
  await page.goto(path);
  await page.getByText("Show the numbers").click();
  await page.locator('[data-testid="strike-table"]').waitFor();
  const placed = await page.$$eval('[data-testid="strike-table"] tbody td', (tds) =>
    tds.reduce((sum, td) => sum + Number(td.textContent), 0),
  );
  const note = page.locator('[data-testid="strikes-unplaced"]');
  const unplaced = (await note.count()) === 0 ? 0 : Number(await note.getAttribute("data-count"));
  await page.close();
  return { placed, unplaced };
}

describe("the strike chart over time", () => {
  test("weekly buckets add up to the monthly ones, less the strikes dated only to a month", async () => {
    const months = await chartTotals("/");
    const weeks = await chartTotals("/?bucket=week");
    const monthOnly = await worldCount(
      `SELECT count(*) FROM events WHERE date_precision = 'month'
         AND kind IN ('airstrike', 'missile-strike', 'drone-strike', 'artillery-strike')`,
    );
    expect(months.placed).toBeGreaterThan(0);
    expect(monthOnly, "the corpus has a strike dated only to a month").toBeGreaterThan(0);
    expect(weeks.placed + monthOnly).toBe(months.placed);
    expect(weeks.placed + weeks.unplaced).toBe(months.placed + months.unplaced);
  });

  test("the toggle keeps the bucket and the filters in the URL", async () => {
    const page = await session.page();
    await page.goto("/?kind=airstrike");
    await Promise.all([page.waitForURL(/bucket=week/), page.locator('[data-testid="bucket-week"]').click()]);
    expect(new URL(page.url()).searchParams.get("kind")).toBe("airstrike");
    await page.reload();
    expect(await page.locator('[data-testid="strike-chart"]').getAttribute("data-bucket")).toBe("week");
    expect(await page.locator('[data-testid="bucket-week"]').getAttribute("aria-current")).toBe("true");
    await page.close();
  });

  test("a week's bar opens the events of that week, Monday to Sunday", async () => {
    const page = await session.page();
    await page.goto("/?bucket=week");
    const bar = page.locator(BARS).filter({ visible: true }).first();
    await bar.waitFor();
    await Promise.all([page.waitForURL(/\/events\?.*from=\d{4}-\d{2}-\d{2}/), bar.click()]);
    const q = new URL(page.url()).searchParams;
    const from = Date.parse(`${q.get("from")}T00:00:00Z`);
    const to = Date.parse(`${q.get("to")}T00:00:00Z`);
    expect(new Date(from).getUTCDay()).toBe(1);
    expect((to - from) / 86_400_000).toBe(6);
    await page.locator("h1", { hasText: /^Events$/ }).waitFor();
    expect(await page.locator('[data-testid="events-table"] tbody tr').count()).toBeGreaterThan(0);
    await page.close();
  });

  test("a bad bucket gets a message, not an error", async () => {
    const page = await session.page();
    const r = await page.goto("/?bucket=fortnight");
    expect(r?.status()).toBe(200);
    expect(await page.locator('[role="alert"]', { hasText: "Ignored" }).textContent()).toContain("Ignored bucket");
    await page.close();
  });

  test("keeps its screenshots", async () => {
    await screenshots(session, "/?bucket=week", "overview-weekly");
  });
});
