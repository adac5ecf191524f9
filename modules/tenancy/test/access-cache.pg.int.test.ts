import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Two API replicas over one PostgreSQL database, each with its own cache of members' grants. The
// replica that removes a member forgets at once; the other hears of it through no channel at all
// and relies on AUTH_MEMBERSHIP_CACHE_TTL_MS, which bounds how long it may still serve the member
// (nothing can be lost, so nothing can stretch that bound). A tiny TTL here shows the bound.
const TTL_MS = 300;
let first: TestApp;
let second: TestApp;
beforeAll(async () => {
  first = await createTestApp({ AUTH_MEMBERSHIP_CACHE_TTL_MS: '60000' });
  second = await createTestApp({ AUTH_MEMBERSHIP_CACHE_TTL_MS: String(TTL_MS) }, { sharing: first });
});
afterAll(async () => {
  await second?.dispose();
  await first?.dispose();
});

const get = (on: TestApp, headers: Record<string, string>) =>
  on.inject({ method: 'GET', url: '/api/v1/roles', headers });

describe('cached grants on two replicas', () => {
  it('a removed member is refused at once where removed, and within the TTL on the other replica', async () => {
    const owner = await signUpAndCreateWorkspace(first);
    const member = await signUpAndCreateWorkspace(first, { owner, permissions: ['roles:read'] });
    expect((await get(first, member.headers)).statusCode).toBe(200);
    expect((await get(second, member.headers)).statusCode).toBe(200); // now cached on both

    const removed = await first.inject({
      method: 'DELETE',
      url: `/api/v1/members/${member.userId}`,
      headers: { ...owner.headers, 'idempotency-key': randomUUID() },
    });
    expect(removed.statusCode).toBe(204);
    const at = Date.now();
    expect((await get(first, member.headers)).statusCode).toBe(404);
    // The other replica may answer from its cache until the entry expires, never after.
    await vi.waitFor(async () => expect((await get(second, member.headers)).statusCode).toBe(404), {
      timeout: 5000,
      interval: 25,
    });
    process.stdout.write(`second replica refused the removed member after ${Date.now() - at} ms (TTL ${TTL_MS} ms)\n`);
    // A replica that forgot stays refused: a denial is never cached as a grant.
    expect((await get(second, member.headers)).statusCode).toBe(404);
  });
});
