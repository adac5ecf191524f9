import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { rotateSigningKey } from '@nexova/identity';
import { sql } from 'drizzle-orm';
import { decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const SECRET = 'test-secret-key-that-is-long-enough-0123456789';
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ NEXOVA_SECRET_KEY: SECRET });
});
afterAll(async () => {
  await app?.dispose();
});

const post = (url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, payload: payload as object, headers: { 'idempotency-key': randomUUID() } });

async function tokenFor() {
  const email = `k-${randomUUID()}@example.com`;
  const password = 'correct horse battery staple';
  await post('/api/v1/auth/register', { email, password, first_name: 'K', last_name: 'R' });
  return ((await post('/api/v1/auth/login', { email, password })).json() as { access_token: string }).access_token;
}
const me = (token: string) =>
  app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });

describe('signing keys', () => {
  it('are stored encrypted when NEXOVA_SECRET_KEY is set', async () => {
    const rows = await app.database.asOwner((db) =>
      queryRows<{ encrypted: boolean; private_jwk: string }>(
        db,
        sql`select encrypted, private_jwk from identity.signing_keys`,
      ),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.encrypted && r.private_jwk.startsWith('v1.') && !r.private_jwk.includes('"d"'))).toBe(
      true,
    );
  });

  it('rotation: new tokens use the new kid, old tokens keep verifying, JWKS lists both', async () => {
    const before = await tokenFor();
    const oldKid = decodeProtectedHeader(before).kid;
    const newKid = await rotateSigningKey({ runtime: app.runtimes.identity });
    expect(newKid).not.toBe(oldKid);
    const after = await tokenFor();
    expect(decodeProtectedHeader(after).kid).toBe(newKid);
    expect((await me(before)).statusCode).toBe(200);
    expect((await me(after)).statusCode).toBe(200);
    const jwks = (await app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json() as {
      keys: { kid: string }[];
    };
    expect(jwks.keys.map((k) => k.kid)).toEqual(expect.arrayContaining([oldKid, newKid]));
  });

  it('minutes after the keys were loaded, login (which signs inside its transaction) still answers', async () => {
    // The embedded server's hang (issue 9): past a minute the ring reloaded its keys from inside
    // login's transaction, and on PGlite that query waited for the transaction forever.
    const first = await tokenFor();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 20 * 60_000); // past the 15-minute access-token lifetime
      const later = await tokenFor(); // 500 from the nested-query guard, or a hang, before the fix
      expect(typeof later).toBe('string');
      expect((await me(later)).statusCode).toBe(200);
      expect((await me(first)).statusCode).toBe(401); // it expired meanwhile: the clock did move
    } finally {
      vi.useRealTimers();
    }
  });
});
