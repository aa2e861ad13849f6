import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openBrowser, type Session, screenshots } from "./browser.ts";

let session: Session;
beforeAll(async () => {
  session = await openBrowser();
});
afterAll(async () => {
  await session.close();
});

async function hostileSourcePath(): Promise<string> {
  const page = await session.page();
  await page.goto("/sources");
  const href = await page.locator("a", { hasText: "Hostile <b>Wire</b>" }).first().getAttribute("href");
  await page.close();
  if (!href) throw new Error("the hostile article is not listed");
  return href;
}

describe("a source page", () => {
  test("renders a hostile article as text: no dialog, the literal <script> is visible", async () => {
    const path = await hostileSourcePath();
    const page = await session.page();
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expect(page.locator('[data-testid="source-title"]').textContent()).resolves.toBe(
      "Hostile <script>alert(1)</script> report",
    );
    await expect(page.getByText("<script>alert(1)</script>").first().isVisible()).resolves.toBe(true);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(session.dialogs).toEqual([]);
    await page.close();
    await screenshots(session, path, "source-hostile");
  });

  test("shows what was extracted when a highlighted span is focused", async () => {
    const page = await session.page();
    await page.goto("/sources");
    await page.locator("tbody a").first().click();
    await page.waitForURL(/\/sources\/\d+/);
    const mark = page.locator('[data-testid="article-text"] mark[tabindex="0"]').first();
    await mark.focus();
    const tip = page.locator(`#${await mark.getAttribute("aria-describedby")}`);
    await expect(tip.isVisible()).resolves.toBe(true);
    await expect(tip.textContent()).resolves.toMatch(/Event|Force|Claim|Casualties|Escalation/);
    await page.close();
  });

  test("keeps its screenshots", async () => {
    await screenshots(session, "/sources/1", "source");
    await screenshots(session, "/claims", "claims");
    await screenshots(session, "/no-such-page", "not-found");
  });
});
