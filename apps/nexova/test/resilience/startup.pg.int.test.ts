import { type PrivatePostgres, startPrivatePostgres } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnNexova, waitForLine } from '../process';
import { eventually, type NexovaNode, nexovaEnv, request, stopNode } from './stack';

// A process that starts while PostgreSQL is down waits for it (DATABASE_STARTUP_WAIT_MS), and
// exits 1 with one clear line when it does not come within that time. Private PostgreSQL.

let pg: PrivatePostgres;
let node: NexovaNode | undefined;

beforeAll(async () => {
  pg = await startPrivatePostgres();
  await pg.stop();
}, 60_000);
afterAll(async () => {
  await stopNode(node);
  await pg?.dispose();
});

describe('PostgreSQL down when a process starts', () => {
  it('gives up after DATABASE_STARTUP_WAIT_MS with one line on stderr and exit code 1', async () => {
    const spawned = spawnNexova(
      ['start', '--role', 'worker', '--port', '0'],
      nexovaEnv({ DATABASE_URL: pg.url(), DATABASE_STARTUP_WAIT_MS: '500', LOG_LEVEL: 'error' }),
    );
    expect(await spawned.exit).toBe(1);
    expect(spawned.stderr).toHaveLength(1);
    expect(spawned.stderr[0]).toMatch(
      new RegExp(
        `^nexova start: PostgreSQL at 127\\.0\\.0\\.1:${pg.port} is unreachable \\(.*ECONNREFUSED.*\\); gave up after DATABASE_STARTUP_WAIT_MS=500 ms\\.$`,
      ),
    );
  });

  it('waits for it within DATABASE_STARTUP_WAIT_MS, then serves', async () => {
    const spawned = spawnNexova(
      ['start', '--role', 'worker', '--port', '0'],
      nexovaEnv({ DATABASE_URL: pg.url(), DATABASE_STARTUP_WAIT_MS: '120000' }),
    );
    node = { spawned, url: '', pid: spawned.child.pid as number };
    await waitForLine(spawned, /database unreachable at startup/);
    await pg.start();
    const line = await waitForLine(spawned, /Nexova listening on/);
    node.url = (JSON.parse(line) as { address: string }).address;
    await eventually('ready', async () => (await request(node?.url ?? '', 'GET', '/health/ready', {})).status === 200);
    expect(spawned.child.exitCode).toBeNull();
  }, 90_000);
});
