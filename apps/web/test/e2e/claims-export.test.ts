import { ExportV1Schema } from "@deconflict/domain";
import * as v from "valibot";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { openBrowser, type Session } from "./browser.ts";

let session: Session;
beforeAll(async () => {
  session = await openBrowser();
});
afterAll(async () => {
  await session.close();
});

describe("the claims explorer", () => {
  test("filters by stance and searches the text", async () => {
    const page = await session.page();
    await page.goto("/claims");
    const cards = page.locator('[data-testid="claims-list"] > li');
    const all = await cards.count();
    expect(all).toBeGreaterThan(0);
    await page.selectOption('select[name="stance"]', "asserts");
    await Promise.all([page.waitForURL(/stance=asserts/), page.click('button[type="submit"]')]);
    const texts = await cards.allTextContents();
    for (const t of texts) expect(t).toContain("asserts");
    await page.goto("/claims?q=zzzz-no-such-words");
    // Awaited, not read at once: on a loaded machine the streamed page may not have drawn it yet.
    await page.getByText("No claims match these filters").waitFor();
    await page.close();
  });
});

describe("the claims explorer by claim kind", () => {
  test("filters by kind from the URL and marks each claim's cue in its sentence", async () => {
    const page = await session.page();
    await page.goto("/claims");
    await page.selectOption('select[name="claimKind"]', "statement");
    await Promise.all([page.waitForURL(/claimKind=statement/), page.click('button[type="submit"]')]);
    const kinds = await page.locator('[data-testid="claim-kind"]').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    for (const k of kinds) expect(k).toBe("statement");
    // The sample corpus's claims come from "said", "told", "according to" and the like: the cue is marked.
    const cues = await page.locator('[data-testid="claim-sentence"] mark').allTextContents();
    expect(cues.length).toBeGreaterThan(0);
    expect(cues.some((c) => /^(?:said|says|told|according to)$/i.test(c))).toBe(true);
    const sentence = await page.locator('[data-testid="claim-sentence"]').first().textContent();
    expect(sentence?.length ?? 0).toBeGreaterThan(20);
    await page.close();
  });

  test("names a bad claim kind in the URL and lists every claim", async () => {
    const page = await session.page();
    await page.goto("/claims?claimKind=rumour");
    const problem = page.getByText('Ignored claim kind "rumour": must be one of statement, belief, intention.');
    await problem.waitFor();
    expect(await page.locator('[data-testid="claims-list"] > li').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe("the export", () => {
  test("gives the filtered view as SPEC v1 JSON", async () => {
    const r = await fetch(`${inject("baseUrl")}/export/json?from=2017-05-01&to=2017-06-30`);
    expect(r.status).toBe(200);
    const body = v.parse(ExportV1Schema, await r.json());
    expect(body.events.length).toBeGreaterThan(0);
    for (const e of body.events) expect(e.date?.slice(0, 7) ?? "").toMatch(/^2017-0[56]/);
    const sources = new Set(body.sources.map((s) => s.id));
    for (const e of body.events) for (const s of e.sources) expect(sources.has(s)).toBe(true);
  });

  test("gives CSV in the CLI's columns, and rejects a bad table", async () => {
    const r = await fetch(`${inject("baseUrl")}/export/csv?table=events&from=2017-05-01`);
    expect(r.headers.get("content-type")).toContain("text/csv");
    expect((await r.text()).split("\r\n")[0]).toMatch(/^event_id,kind,kind_class,date,/);
    const bad = await fetch(`${inject("baseUrl")}/export/csv?table=passwords`);
    expect(bad.status).toBe(400);
  });

  test("sends the security headers", async () => {
    const r = await fetch(`${inject("baseUrl")}/`);
    expect(r.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(r.headers.get("referrer-policy")).toBeTruthy();
  });
});
