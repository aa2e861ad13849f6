import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { inject } from "vitest";

// Debian's Chromium (CI installs it with apt); never a downloaded browser.
const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const ARTIFACTS = resolve(import.meta.dirname, "../../test-artifacts");

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

export interface Session {
  context: BrowserContext;
  /** Dialogs any page opened: a hostile article that runs script would show up here. */
  dialogs: string[];
  /** Every URL any page of the session requested, to prove nothing leaves the machine. */
  requests: string[];
  page: (viewport?: keyof typeof VIEWPORTS) => Promise<Page>;
  close: () => Promise<void>;
}

/** A fresh browser profile on one of the test servers (the sample corpus's unless told). */
export async function openBrowser(baseURL: string = inject("baseUrl")): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), "deconflict-chromium-"));
  // A persistent context is how Playwright takes a fresh --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? CHROMIUM,
    args: ARGS,
    baseURL,
    viewport: VIEWPORTS.desktop,
  });
  const dialogs: string[] = [];
  const requests: string[] = [];
  context.on("request", (r) => {
    requests.push(r.url());
  });
  return {
    context,
    dialogs,
    requests,
    page: async (viewport = "desktop") => {
      const page = await context.newPage();
      await page.setViewportSize(VIEWPORTS[viewport]);
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A full-page screenshot kept as a test artifact, at desktop and phone widths. */
export async function screenshots(session: Session, path: string, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const viewport of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
    const page = await session.page(viewport);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${viewport}.png`), fullPage: true });
    await page.close();
  }
}

/** Whitespace-insensitive text, to compare what a page shows with what a file says. */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
