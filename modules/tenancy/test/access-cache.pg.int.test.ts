import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// API replicas over one PostgreSQL database, each with its own cache of members' grants. The
// replica that removes a member forgets at once and NOTIFYs the others, which forget when they
// hear it (their TTL here is a minute, so only the notification can explain a refusal). A lost
// notification leaves AUTH_MEMBERSHIP_CACHE_TTL_MS as the bound (a tiny TTL shows it).
let first: TestApp;
let second: TestApp;
let third: TestApp;
const TINY_TTL_MS = 300;
beforeAll(async () => {
  first = await createTestApp({ AUTH_MEMBERSHIP_CACHE_TTL_MS: '60000' });
  second = await createTestApp({ AUTH_MEMBERSHIP_CACHE_TTL_MS: '60000' }, { sharing: first });
  third = await createTestApp({ AUTH_MEMBERSHIP_CACHE_TTL_MS: String(TINY_TTL_MS) }, { sharing: first });
});
afterAll(async () => {
  await third?.dispose();
  await second?.dispose();
  await first?.dispose();
});

const get = (on: TestApp, headers: Record<string, string>) =>
  on.inject({ method: 'GET', url: '/api/v1/roles', headers });
const remove = (on: TestApp, headers: Record<string, string>, userId: string) =>
  on.inject({
    method: 'DELETE',
    url: `/api/v1/members/${userId}`,
    headers: { ...headers, 'idempotency-key': randomUUID() },
  });

describe('cached grants on several replicas', () => {
  it('a removed member is refused at once where removed, and on another replica once it hears', async () => {
    const owner = await signUpAndCreateWorkspace(first);
    const member = await signUpAndCreateWorkspace(first, { owner, permissions: ['roles:read'] });
    expect((await get(first, member.headers)).statusCode).toBe(200);
    expect((await get(second, member.headers)).statusCode).toBe(200); // now cached on both

    const heard = new Promise<void>((resolve) => {
      const forget = second.runtimes.access.forgetHere.bind(second.runtimes.access);
      second.runtimes.access.forgetHere = (workspaceId) => {
        forget(workspaceId);
        if (workspaceId === owner.workspaceId) resolve();
      };
    });
    expect((await remove(first, owner.headers, member.userId)).statusCode).toBe(204);
    expect((await get(first, member.headers)).statusCode).toBe(404);
    await heard;
    expect((await get(second, member.headers)).statusCode).toBe(404);
  });

  it('without the notification, the other replica refuses within its TTL', async () => {
    const owner = await signUpAndCreateWorkspace(first);
    const member = await signUpAndCreateWorkspace(first, { owner, permissions: ['roles:read'] });
    expect((await get(third, member.headers)).statusCode).toBe(200); // cached on the third
    const publish = first.runtimes.access.publish;
    first.runtimes.access.publish = null; // the NOTIFY is lost
    try {
      expect((await remove(first, owner.headers, member.userId)).statusCode).toBe(204);
    } finally {
      first.runtimes.access.publish = publish;
    }
    const at = Date.now();
    await vi.waitFor(async () => expect((await get(third, member.headers)).statusCode).toBe(404), {
      timeout: 5000,
      interval: 25,
    });
    process.stdout.write(`third replica refused after ${Date.now() - at} ms (TTL ${TINY_TTL_MS} ms)\n`);
  });
});
