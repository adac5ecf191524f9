import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '@nexova/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_PATH, OPERATOR_TOKEN_HEADER } from '../src/operator/protocol';
import { type Spawned, spawnNexova, waitForLine } from './process';

// The CLI beside `npm start`: PGlite lets one process open the folder, so the server runs the
// operator's commands on its own database. Always embedded (the server is spawned on a folder).

let server: Spawned;
let url: string;
const env = { NEXOVA_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexova-operator-')), HOST: '127.0.0.1', LOG_LEVEL: 'warn' };

beforeAll(async () => {
  server = spawnNexova(['start', '--port', '0'], { ...env, LOG_LEVEL: 'info' });
  url = (JSON.parse(await waitForLine(server, /Nexova listening on/)) as { address: string }).address;
});
afterAll(async () => {
  server.child.kill('SIGTERM');
  await server.exit;
});

async function cli(...args: string[]) {
  const run = spawnNexova(args, env);
  return { code: await run.exit, stdout: run.stdout.join('\n'), stderr: run.stderr };
}

describe('CLI commands beside a running embedded server', () => {
  it('are run by the server on its database: dead letters, seed, migrate', async () => {
    const list = await cli('events', 'dlq', 'list');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([]);
    expect(list.stderr[0]).toMatch(/^\(run by the Nexova server at http:\/\/127\.0\.0\.1:\d+, pid \d+, which holds /);

    const seed = await cli('seed');
    expect(seed.code).toBe(0);
    expect(seed.stdout).toMatch(/Demo workspace: Nexova Demo/);

    const migrate = await cli('migrate');
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toMatch(/^Migrations: (\d+)\/\1 applied on pglite/);
  });

  it('keep their exit code and message when they fail; a second start is refused in one line', async () => {
    const missing = newId();
    const show = await cli('events', 'dlq', 'show', missing);
    expect(show.code).toBe(1);
    expect(show.stderr).toContain(`No dead letter ${missing}.`);

    const start = await cli('start', '--port', '0');
    expect(start.code).toBe(1);
    expect(start.stderr).toHaveLength(1);
    expect(start.stderr[0]).toMatch(
      /^The data folder .* is in use by another Nexova process \(pid \d+, `start --port 0` at http/,
    );
    // The server is still serving.
    expect((await fetch(`${url}/health/ready`)).status).toBe(200);
  });

  it('the route answers only with the folder token, which only the folder (mode 0600) holds', async () => {
    const lock = join(env.NEXOVA_DATA_DIR, 'data', 'nexova.lock');
    expect(statSync(lock).mode & 0o777).toBe(0o600);
    const { operatorToken } = JSON.parse(readFileSync(lock, 'utf8')) as { operatorToken: string };
    expect(operatorToken).toMatch(/^[\w-]{43}$/);
    const post = (headers: Record<string, string>) =>
      fetch(`${url}${OPERATOR_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ argv: ['migrate'] }),
      });
    expect((await post({})).status).toBe(403);
    expect((await post({ [OPERATOR_TOKEN_HEADER]: `${operatorToken.slice(0, -1)}x` })).status).toBe(403);
    const ok = await post({ [OPERATOR_TOKEN_HEADER]: operatorToken });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ exit_code: 0, stdout: expect.stringMatching(/^Migrations:/) });
    // Not part of the API contract.
    expect(JSON.stringify(await (await fetch(`${url}/openapi.json`)).json())).not.toContain(OPERATOR_PATH);
  });
});
