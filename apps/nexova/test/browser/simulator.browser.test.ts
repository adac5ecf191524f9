import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '@nexova/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Spawned, spawnNexova, waitForLine } from '../process';

// The newcomer's first chat, in a real browser: `nexova start` on the embedded defaults with its demo
// workspace, headless Chromium opens /simulator, signs in with the demo admin the start printed,
// picks the demo's simulator channel and writes as a customer; the offline agent's answers appear in
// the transcript (delivered over /ws or the polling fallback), in the page's language.

let server: Spawned;
let url: string;
let browser: Browser;
let page: Page;
let email: string;
let password: string;

beforeAll(async () => {
  server = spawnNexova(['start', '--port', '0'], {
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    NEXOVA_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexova-browser-')),
  });
  const listening = await waitForLine(server, /Nexova listening on/);
  url = (JSON.parse(listening) as { address: string }).address;
  const admin = server.stdout.join('\n').match(/Demo admin created: (\S+) \/ (\S+)/);
  if (!admin) throw new Error(`no demo admin line in:\n${server.stdout.join('\n')}`);
  [, email, password] = admin as unknown as [string, string, string];
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'es-AR' });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exit;
  }
});

const bubbles = (cls: 'in' | 'out') => page.locator(`#log .msg.${cls}`);

async function write(text: string): Promise<void> {
  await page.fill('#compose input[name=text]', text);
  await page.click('#compose button');
}

describe('/simulator in Chromium against `nexova start` with the demo workspace', () => {
  it('signs in, and the shop answers each message the customer writes', async () => {
    await page.goto(`${url}/simulator`);
    expect(await page.locator('h1').innerText()).toBe('Simulador de WhatsApp');
    await page.fill('#signin input[name=email]', email);
    await page.fill('#signin input[name=password]', password);
    await page.click('#signin button');
    await page.locator('#compose').waitFor({ state: 'visible' });
    expect(await page.locator('#channel option').count()).toBeGreaterThanOrEqual(1);
    await page.fill('#phone', '+5491155550199');

    await write('Hola!');
    await bubbles('out').first().waitFor({ timeout: 30_000 });
    expect(await bubbles('in').first().innerText()).toContain('Hola!');
    expect(await bubbles('out').first().innerText()).toMatch(/asistente|assistente/);

    await write('quiero hablar con una persona');
    await bubbles('out').nth(1).waitFor({ timeout: 30_000 });
    expect(await bubbles('in').count()).toBe(2);
    expect(await page.locator('#error').innerText()).toBe('');
  }, 120_000);
});
