import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { ensureDashboardBuilt } from '@nexova/dashboard/build';
import { launchChromium, until } from '@nexova/testing';
import type { Browser, Page } from 'playwright-core';
import { type Spawned, spawnNexova, waitForLine } from '../process';

// What every dashboard journey needs: `nexova start` on the embedded defaults (a scratch data folder,
// the demo workspace seeded) serving apps/dashboard/dist at `/`, the demo admin's credentials it
// printed, headless Chromium with one page, axe-core against WCAG 2.2 AA, and screenshots kept in
// test-results/dashboard (git-ignored; CI keeps them as artifacts).

export const SHOTS = fileURLToPath(new URL('../../../../test-results/dashboard/', import.meta.url));
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2.2 AA violations on any page (of an explicit context), one line each. */
export async function axeViolationsOn(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Resizes the page and waits until its layout has settled. A resize across the navbar's breakpoint
 * starts CSS transitions (the navbar slides out over ~200 ms): a width read during them sees the page
 * mid-slide (a 320 px page measured 366 px wide that way). Two frames let the transitions start,
 * then no animation may be running.
 */
export async function resizeTo(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  await until(
    () => page.evaluate('document.getAnimations().filter((a) => a.playState === "running").length') as Promise<number>,
    (running) => running === 0,
    `the layout settles at ${width}×${height}`,
    10_000,
  );
}

/**
 * The last three visible elements reaching past `width` (tag, classes, right edge), the hidden and
 * the collapsed navbar left out: what a failed "fits N px" check shows instead of a bare width.
 */
export const overflowingElements = (page: Page, width: number): Promise<string[]> =>
  page.evaluate(`[...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > ${width} + 1 && e.getClientRects().length > 0)
    .filter((e) => !e.closest('[aria-hidden=true], .mantine-AppShell-navbar'))
    .slice(-3)
    .map((e) => e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))`);

export type Dashboard = {
  server: Spawned;
  url: string;
  email: string;
  password: string;
  browser: Browser;
  page: Page;
  /** axe-core's WCAG 2.2 AA violations on the page as it is now, one line each (empty when clean). */
  axeViolations(): Promise<string[]>;
  /** A full-page screenshot named `<name>.png` in test-results/dashboard. */
  shot(name: string): Promise<void>;
  /** Signs in as the demo admin from the sign-in page and waits for Home. */
  signIn(): Promise<void>;
  stop(): Promise<void>;
};

export async function startDashboard(
  options: { locale?: string; env?: Record<string, string> } = {},
): Promise<Dashboard> {
  mkdirSync(SHOTS, { recursive: true });
  await ensureDashboardBuilt();
  const server = spawnNexova(['start', '--port', '0'], {
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    NEXOVA_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexova-dashboard-')),
    ...options.env,
  });
  let url: string;
  let email: string;
  let password: string;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  try {
    const listening = await waitForLine(server, /Nexova listening on/);
    url = (JSON.parse(listening) as { address: string }).address;
    const admin = server.stdout.join('\n').match(/Demo admin created: (\S+) \/ (\S+)/);
    if (!admin) throw new Error(`no demo admin line in:\n${server.stdout.join('\n')}`);
    [, email, password] = admin as unknown as [string, string, string];
    browser = await launchChromium();
  } catch (error) {
    server.child.kill('SIGTERM'); // nobody else will: the caller never got the handle
    throw error;
  }
  // axe-core/playwright needs a page of an explicit context.
  const context = await browser.newContext({
    locale: options.locale ?? 'es-AR',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  return {
    server,
    url,
    email,
    password,
    browser,
    page,
    axeViolations: () => axeViolationsOn(page),
    async shot(name) {
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    },
    async signIn() {
      await page.goto(`${url}/sign-in`);
      await page.locator('input[type=email]').fill(email);
      await page.locator('input[type=password]').fill(password);
      await page.locator('button[type=submit]').click();
      await page.waitForURL(`${url}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
    },
    async stop() {
      await browser.close();
      if (server.child.exitCode === null) {
        server.child.kill('SIGTERM');
        await server.exit;
      }
    },
  };
}
