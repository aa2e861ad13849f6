import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openBrowser, type Session, screenshots } from "./browser.ts";

let session: Session;
beforeAll(async () => {
  session = await openBrowser();
});
afterAll(async () => {
  await session.close();
});

describe("the overview", () => {
  test("draws the strike chart with three coalition strikes in May–June 2017", async () => {
    const page = await session.page();
    await page.goto("/");
    const bars = page.locator('[data-testid="strike-chart"] svg .recharts-bar-rectangle rect:not([height="0"])');
    await bars.first().waitFor();
    expect(await bars.count()).toBeGreaterThan(0);
    await page.getByText("Show the numbers").click();
    await page.locator('[data-testid="strike-table"]').waitFor();
    const coalition = await page.$$eval('[data-testid="strike-table"] tbody tr', (rows) =>
      rows
        .filter((r) => /^2017-0[56]$/.test(r.getAttribute("data-period") ?? ""))
        .flatMap((r) => [...r.querySelectorAll("td")])
        .filter((td) => /coalition|us-led|u\.s\.-led/i.test(td.getAttribute("data-series") ?? ""))
        .reduce((sum, td) => sum + Number(td.textContent), 0),
    );
    expect(coalition).toBe(3);
    await page.close();
  });

  test("shows destroyed artillery in the forces chart", async () => {
    const page = await session.page();
    await page.goto("/");
    await page
      .locator('[data-testid="forces-chart"] svg .recharts-bar-rectangle rect:not([height="0"])')
      .first()
      .waitFor();
    const destroyed = await page
      .locator('[data-testid="forces-table"] tr[data-category="artillery"] td[data-status="destroyed"]')
      .textContent();
    expect(destroyed).toMatch(/^\d/);
    expect(Number.parseInt(destroyed ?? "0", 10)).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  test("shows four sources on the 18 May 2017 strike in the coverage matrix", async () => {
    const page = await session.page();
    await page.goto("/");
    const header = page.locator('[data-testid="coverage-matrix"] thead th[data-event-id]', { hasText: "18 May 2017" });
    const eventId = await header.first().getAttribute("data-event-id");
    const reporting = page.locator(
      `[data-testid="coverage-matrix"] td[data-event-id="${eventId}"][data-reports="true"]`,
    );
    expect(await reporting.count()).toBe(4);
    await page.close();
  });

  test("keeps its screenshots", async () => {
    await screenshots(session, "/", "overview");
  });
});
