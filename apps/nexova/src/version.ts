import { readFileSync } from 'node:fs';

export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

// scripts/build-server.mjs replaces this name with a fresh id on every build; run from the sources
// (tsx) it is not defined.
declare const NEXOVA_BUILD_ID: string | undefined;

/** The compiled build this process runs (one id per build), undefined when run from the sources. */
export const BUILD_ID: string | undefined = typeof NEXOVA_BUILD_ID === 'string' ? NEXOVA_BUILD_ID : undefined;
