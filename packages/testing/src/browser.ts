import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

// Headless Chromium for the browser suites (*.browser.test.ts): Debian's `chromium` package driven by
// playwright-core (no browser download). The suites run when CHROMIUM_PATH is set (CI sets it after
// installing the package); a path that does not exist fails the run instead of skipping it.

/** Flags for a closed network: no background fetches, sync, component updates or QUIC at start. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error('CHROMIUM_PATH is not set; the browser suites need Chromium.');
  if (!existsSync(executablePath)) throw new Error(`CHROMIUM_PATH=${executablePath} does not exist.`);
  return chromium.launch({ executablePath, headless: true, args: FLAGS });
}
