import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, services, type TestDatabase } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnNexova, waitForLine } from './process';

let database: TestDatabase | undefined;
let env: Record<string, string>;

beforeAll(async () => {
  // On PostgreSQL the binary gets a database of its own; on PGlite, a data folder of its own.
  if (services.postgresUrl) {
    database = await createTestDatabase();
    await database.close();
  }
  env = {
    NEXOVA_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexova-cli-')),
    LOG_LEVEL: 'info',
    ...(database?.url ? { DATABASE_URL: database.url } : {}),
  };
});
afterAll(() => database?.dispose());

describe('the nexova binary', () => {
  it('--help lists every command and exits 0', async () => {
    const run = spawnNexova(['--help'], env);
    expect(await run.exit).toBe(0);
    const text = run.stdout.join('\n');
    for (const command of ['start', 'migrate', 'seed', 'read-models rebuild'])
      expect(text).toContain(`nexova ${command}`);
  });

  it('mcp-url prints the MCP endpoint and how to connect a client, without a database', async () => {
    const run = spawnNexova(['mcp-url', '--url', 'https://shop.example:8443/'], env);
    expect(await run.exit).toBe(0);
    expect(run.stdout[0]).toBe('https://shop.example:8443/mcp');
    expect(run.stdout.join('\n')).toContain('claude mcp add --transport http nexova https://shop.example:8443/mcp');
  });

  it('bad configuration stops start-up with one line per problem and exit 1', async () => {
    const run = spawnNexova(['start'], { ...env, PORT: 'eighty', DATABASE_URL: 'mysql://db/x' });
    expect(await run.exit).toBe(1);
    const lines = run.stderr.filter((l) => /^(PORT|DATABASE_URL):/.test(l));
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).toMatch(/PORT: .*expected an integer from 0 to 65535/);
  });

  it('an unknown role is a usage error', async () => {
    const run = spawnNexova(['start', '--role', 'boss'], env);
    expect(await run.exit).toBe(1);
    expect(run.stderr.join('\n')).toMatch(/--role must be one of api, worker, all/);
  });

  it('migrate applies everything once; running it again is a no-op', async () => {
    const first = spawnNexova(['migrate'], env);
    expect(await first.exit).toBe(0);
    const second = spawnNexova(['migrate'], env);
    expect(await second.exit).toBe(0);
    const line = (r: { stdout: string[] }) => r.stdout.find((l) => l.startsWith('Migrations:'));
    expect(line(first)).toMatch(/^Migrations: (\d+)\/\1 applied/);
    expect(line(second)).toBe(line(first));
  }, 180_000); // two processes migrating a fresh PGlite: over a minute at a load of 10 on 2 cores

  it('start serves health and problem+json, then drains on SIGTERM and exits 0', async () => {
    const run = spawnNexova(['start', '--port', '0'], { ...env, HOST: '127.0.0.1' });
    const line = await waitForLine(run, /Nexova listening on/);
    const url = (JSON.parse(line) as { address: string }).address;
    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(200);
    const missing = await fetch(`${url}/nope`, { headers: { 'x-request-id': 'cli-test-1' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await missing.json()).toMatchObject({ request_id: 'cli-test-1', code: 'route_not_found' });
    // Every log line of that request carries its id.
    await waitForLine(run, /"request_id":"cli-test-1"/);
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.stdout.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
  });
});
