import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../src/version';
import { type Spawned, spawnNexova, waitForLine } from './process';

// `npm start` runs the compiled build (issue 11: compiling TypeScript through tsx made every start
// take 6–17 s). This builds it from the sources of this checkout and boots it on a fresh embedded
// database: migrations (found from the bundle), demo seed, HTTP and workers, as a newcomer meets it.

// The build script runs as `npm start` runs it: a plain Node process (it is not part of the app).
const BUILD = fileURLToPath(new URL('../../../scripts/build-server.mjs', import.meta.url));
const runBuild = (...args: string[]) =>
  new Promise<number>((resolve) => {
    execFile(process.execPath, [BUILD, ...args], (error) => resolve(error ? Number(error.code ?? 1) : 0));
  });

const data = mkdtempSync(join(tmpdir(), 'nexova-compiled-'));
let run: Spawned | undefined;

// The launcher also builds the dashboard when stale (scripts/build-dashboard.mjs): built here first,
// so the boot below measures the server alone.
const DASHBOARD_BUILD = fileURLToPath(new URL('../../../scripts/build-dashboard.mjs', import.meta.url));

beforeAll(async () => {
  expect(await runBuild()).toBe(0);
  const code = await new Promise<number>((resolve) => {
    execFile(process.execPath, [DASHBOARD_BUILD, '--ensure'], (error) => resolve(error ? Number(error.code ?? 1) : 0));
  });
  expect(code).toBe(0);
}, 120_000);
afterAll(() => {
  if (run?.child.exitCode === null) run.child.kill('SIGKILL');
  rmSync(data, { recursive: true, force: true });
});

describe('the compiled binary (npm start)', () => {
  it('is up to date after a build, and boots on PGlite to /health/ready, then drains on SIGTERM', async () => {
    expect(await runBuild('--check')).toBe(0);
    run = spawnNexova(
      ['start', '--port', '0'],
      { NEXOVA_DATA_DIR: data, HOST: '127.0.0.1', LOG_LEVEL: 'info' },
      'compiled',
    );
    const line = await waitForLine(run, /Nexova listening on/);
    const url = (JSON.parse(line) as { address: string }).address;
    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(200);
    // The contract and the version come from files found relative to the sources, not the bundle.
    const contract = await fetch(`${url}/api/v1/openapi.json`);
    expect(contract.status).toBe(200);
    expect(run.stdout.some((l) => l.includes(`"version":"${VERSION}"`))).toBe(true);
    expect(run.stdout.some((l) => l.includes('Demo workspace created'))).toBe(true);
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
  }, 180_000);

  it('a restart of the same build skips migrating, granting and the module seeds the folder records', async () => {
    const state = JSON.parse(readFileSync(join(data, 'data', 'nexova-state.json'), 'utf8'));
    expect(state.schema).toMatch(/^[0-9a-f]{64}$/);
    expect(state.demoSeed.seeds).toContain('catalog');
    run = spawnNexova(
      ['start', '--port', '0'],
      { NEXOVA_DATA_DIR: data, HOST: '127.0.0.1', LOG_LEVEL: 'info' },
      'compiled',
    );
    const line = await waitForLine(run, /Nexova listening on/);
    const url = (JSON.parse(line) as { address: string }).address;
    expect((await fetch(`${url}/health/ready`)).status).toBe(200);
    expect((await fetch(`${url}/api/v1/openapi.json`)).status).toBe(200);
    // The demo workspace was read (one transaction), not seeded again: no module seed printed its line.
    expect(run.stdout.some((l) => l.includes(`Demo workspace: Nexova Demo (${state.demoSeed.workspaceId})`))).toBe(
      true,
    );
    expect(run.stdout.some((l) => l.includes('clinical catalogs: shipped version'))).toBe(false);
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
  }, 180_000);
});
