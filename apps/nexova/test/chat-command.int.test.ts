import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiClient, createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { PNG, until } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `nexova chat` as a child process against a server listening on a real port (workers on): a line
// on stdin is stored as the simulated customer's message, a member's reply is printed, `/send` sends a
// file as an image message, EOF exits 0.

const BIN = fileURLToPath(new URL('../src/bin.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

let app: TestApp;
let ws: TestWorkspace;
let base: string;

beforeAll(async () => {
  app = await createTestApp({}, { workers: true });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  ws = await signUpAndCreateWorkspace(app);
}, 120_000);
afterAll(() => app?.dispose());

describe('nexova chat', () => {
  it('posts stdin lines as the customer and prints the shop’s replies', async () => {
    const call = apiClient(app, ws.headers);
    const channel = await call('POST', '/channels', { kind: 'simulator', name: 'Simulator' });
    expect(channel.statusCode, channel.body).toBe(201);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', BIN, 'chat', '--url', base, '--token', ws.token, '--workspace', ws.workspaceId],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          NEXOVA_DATA_DIR: app.config.NEXOVA_DATA_DIR,
          LOG_LEVEL: 'silent',
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exit = once(child, 'exit');
    await until(
      async () => stderr,
      (e) => e.includes('Chatting as'),
      'the chat banner',
      60_000,
    );
    child.stdin.write('Oi, vocês abrem sábado?\n');

    const conversation = await until(
      async () => {
        const list = (await call('GET', '/conversations')).json().items as { id: string; contact_address: string }[];
        return list.find((c) => c.contact_address === '+5511987654321');
      },
      (c) => c !== undefined,
      'the simulated conversation',
    );
    const id = conversation?.id ?? '';
    // The shop's agent may have answered already (the workers run here): the customer's line is one
    // inbound message among what the conversation holds.
    const messages = (await call('GET', `/conversations/${id}/messages`)).json().items as {
      direction: string;
      text: string;
    }[];
    expect(messages.filter((m) => m.direction === 'inbound')).toMatchObject([
      { direction: 'inbound', text: 'Oi, vocês abrem sábado?' },
    ]);

    const reply = await call('POST', `/conversations/${id}/messages`, { text: 'Abrimos sim, das 9h às 13h.' });
    expect(reply.statusCode, reply.body).toBeLessThan(300);
    await until(
      async () => stdout,
      (o) => o.includes('shop> Abrimos sim, das 9h às 13h.'),
      'the printed reply',
    );

    const receipt = join(await mkdtemp(join(tmpdir(), 'nexova-chat-')), 'comprovante.png');
    await writeFile(receipt, PNG);
    child.stdin.write(`/send ${join(receipt, '..', 'missing.png')}\n/send ${receipt} Segue o comprovante\n`);
    const image = await until(
      async () => (await call('GET', `/conversations/${id}/messages`)).json().items as { kind: string }[],
      (items) => items.some((m) => m.kind === 'image'),
      'the image message',
    );
    expect(image.find((m) => m.kind === 'image')).toMatchObject({ direction: 'inbound', text: 'Segue o comprovante' });
    await until(
      async () => stderr,
      (e) => e.includes('missing.png: no such file'),
      'the missing-file message',
    );

    child.stdin.end();
    const [code] = await exit;
    expect(code, stderr).toBe(0);
  }, 120_000);
});
