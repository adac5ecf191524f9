import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { latestMailTo, tokenFromMail } from '@nexova/identity/testing';
import { signUp, TEST_PASSWORD } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { importJWK, type JWK, type JWTPayload, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// An access token is good only while its session (`sid`, the refresh-token family) is: logout,
// refresh-token reuse and password changes end it at once, not 15 minutes later.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.dispose();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url,
    payload: payload as object,
    headers: { 'idempotency-key': randomUUID(), ...headers },
  });
const me = (token: string, on: TestApp = app) =>
  on.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
async function login(email: string, password = TEST_PASSWORD) {
  const res = await post('/api/v1/auth/login', { email, password });
  expect(res.statusCode).toBe(200);
  return res.json() as { access_token: string; refresh_token: string };
}

describe('revoked sessions end their access tokens at once', () => {
  it('logout: the same access token answers 401', async () => {
    const user = await signUp(app);
    expect((await me(user.token)).statusCode).toBe(200); // cached as live
    expect((await post('/api/v1/auth/logout', { refresh_token: user.refreshToken })).statusCode).toBe(204);
    const after = await me(user.token);
    expect(after.statusCode).toBe(401);
    expect(after.headers['content-type']).toMatch(/problem\+json/);
    // Another session of the same user is untouched.
    expect((await me((await login(user.email)).access_token)).statusCode).toBe(200);
  });

  it('refresh-token reuse: every access token of the family answers 401', async () => {
    const user = await signUp(app);
    const next = (await post('/api/v1/auth/refresh', { refresh_token: user.refreshToken })).json() as {
      access_token: string;
    };
    expect((await me(next.access_token)).statusCode).toBe(200);
    expect((await post('/api/v1/auth/refresh', { refresh_token: user.refreshToken })).statusCode).toBe(401);
    expect((await me(user.token)).statusCode).toBe(401);
    expect((await me(next.access_token)).statusCode).toBe(401);
  });

  it('password reset ends every session; a change ends the others but keeps this one', async () => {
    const user = await signUp(app);
    const other = await login(user.email);
    const changed = await post(
      '/api/v1/me/password',
      { current_password: TEST_PASSWORD, new_password: 'another long passphrase' },
      { authorization: `Bearer ${user.token}` },
    );
    expect(changed.statusCode).toBe(204);
    expect((await me(user.token)).statusCode).toBe(200);
    expect((await me(other.access_token)).statusCode).toBe(401);

    expect((await post('/api/v1/auth/forgot-password', { email: user.email })).statusCode).toBe(202);
    const token = tokenFromMail((await latestMailTo(app.config.NEXOVA_DATA_DIR, user.email)) ?? '');
    expect((await post('/api/v1/auth/reset-password', { token, password: 'a third long passphrase' })).statusCode).toBe(
      204,
    );
    expect((await me(user.token)).statusCode).toBe(401);
  });

  it('a session ended elsewhere (another replica) is noticed within AUTH_SESSION_CHECK_TTL_MS (0: at once)', async () => {
    const strict = await createTestApp({ AUTH_SESSION_CHECK_TTL_MS: '0' });
    try {
      const user = await signUp(strict);
      expect((await me(user.token, strict)).statusCode).toBe(200);
      // Revoked by another process: this one's cache was never told.
      await strict.database.asOwner((db) =>
        db.execute(sql`update identity.sessions set revoked_at = now() where user_id = ${user.userId}`),
      );
      expect((await me(user.token, strict)).statusCode).toBe(401);
    } finally {
      await strict.dispose();
    }
  });
});

describe('tokens must carry exp and sid', () => {
  // Tokens signed with the server's own key, so only the missing claim can be why they fail.
  async function signed(claims: JWTPayload, withExp: boolean) {
    const [key] = await app.database.asOwner((db) =>
      queryRows<{ kid: string; private_jwk: string }>(
        db,
        sql`select kid, private_jwk from identity.signing_keys where retired_at is null order by created_at desc limit 1`,
      ),
    );
    if (!key) throw new Error('no signing key');
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'JWT' })
      .setIssuer(app.config.AUTH_ISSUER)
      .setAudience(app.config.AUTH_AUDIENCE)
      .setIssuedAt();
    if (withExp) jwt.setExpirationTime('5m');
    return jwt.sign(await importJWK(JSON.parse(key.private_jwk) as JWK, 'EdDSA'));
  }

  it('refuses a token without exp or without sid; the same token with both works', async () => {
    const user = await signUp(app);
    const sid = JSON.parse(Buffer.from(user.token.split('.')[1] as string, 'base64url').toString()).sid as string;
    expect((await me(await signed({ sub: user.userId, sid }, true))).statusCode).toBe(200);
    expect((await me(await signed({ sub: user.userId, sid }, false))).statusCode).toBe(401);
    expect((await me(await signed({ sub: user.userId }, true))).statusCode).toBe(401);
    expect((await me(await signed({ sub: user.userId, sid: randomUUID() }, true))).statusCode).toBe(401);
  });
});
