import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { latestMailTo, tokenFromMail } from '@nexova/identity/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.dispose();
});

const PASSWORD = 'correct horse battery staple';
const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url,
    payload: payload as object,
    headers: { 'idempotency-key': randomUUID(), ...headers },
  });
const newEmail = () => `u-${randomUUID()}@Example.com`;

async function register(email = newEmail(), password = PASSWORD) {
  const res = await post('/api/v1/auth/register', { email, password, first_name: 'Ana', last_name: 'Souza' });
  expect(res.statusCode).toBe(201);
  return { email, id: (res.json() as { id: string }).id };
}
async function login(email: string, password = PASSWORD) {
  const res = await post('/api/v1/auth/login', { email, password }, { 'user-agent': 'vitest' });
  expect(res.statusCode).toBe(200);
  return res.json() as { access_token: string; refresh_token: string; expires_in: number; token_type: string };
}
const eventsOfType = (type: string) =>
  queryRows<{ payload: Record<string, unknown>; actor_id: string | null }>(
    app.database.db,
    sql`select payload, actor_id from events.outbox where type = ${type} order by position`,
  );

describe('auth flow', () => {
  it('register → login → me → refresh → logout', async () => {
    const { email, id } = await register();
    const pair = await login(email.toUpperCase());
    expect(pair).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${pair.access_token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id, email: email.toLowerCase(), is_platform_admin: false });

    const refreshed = await post('/api/v1/auth/refresh', { refresh_token: pair.refresh_token });
    expect(refreshed.statusCode).toBe(200);
    const next = refreshed.json() as { refresh_token: string; access_token: string };
    expect(next.refresh_token).not.toBe(pair.refresh_token);

    expect((await post('/api/v1/auth/logout', { refresh_token: next.refresh_token })).statusCode).toBe(204);
    expect((await post('/api/v1/auth/refresh', { refresh_token: next.refresh_token })).statusCode).toBe(401);
    const loggedIn = await eventsOfType('identity.user.logged_in');
    expect(loggedIn.some((e) => e.payload.user_id === id && e.payload.user_agent === 'vitest')).toBe(true);
  });

  it('refuses short, common and duplicate registrations, naming the field', async () => {
    const short = await post('/api/v1/auth/register', {
      email: newEmail(),
      password: 'short',
      first_name: 'a',
      last_name: 'b',
    });
    expect(short.statusCode).toBe(400);
    expect(JSON.stringify(short.json())).toContain('/password');
    const common = await post('/api/v1/auth/register', {
      email: newEmail(),
      password: 'Password123',
      first_name: 'a',
      last_name: 'b',
    });
    expect(common.statusCode).toBe(400);
    const { email } = await register();
    const dup = await post('/api/v1/auth/register', { email, password: PASSWORD, first_name: 'a', last_name: 'b' });
    expect(dup.statusCode).toBe(409);
  });

  it('answers a wrong password and an unknown email the same way, and records both', async () => {
    const { email } = await register();
    const wrong = await post('/api/v1/auth/login', { email, password: 'not the password at all' });
    const unknown = await post('/api/v1/auth/login', { email: newEmail(), password: PASSWORD });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect((wrong.json() as { code: string }).code).toBe((unknown.json() as { code: string }).code);
    expect((await eventsOfType('identity.login.failed')).length).toBeGreaterThanOrEqual(2);
  });

  it('reuse of a refresh token revokes the whole family and emits an event', async () => {
    const { email, id } = await register();
    const first = await login(email);
    const second = (await post('/api/v1/auth/refresh', { refresh_token: first.refresh_token })).json() as {
      refresh_token: string;
    };
    const replay = await post('/api/v1/auth/refresh', { refresh_token: first.refresh_token });
    expect(replay.statusCode).toBe(401);
    // The legitimate successor is dead too: the family is revoked.
    expect((await post('/api/v1/auth/refresh', { refresh_token: second.refresh_token })).statusCode).toBe(401);
    const reuse = await eventsOfType('identity.session.reuse_detected');
    expect(reuse.some((e) => e.payload.user_id === id)).toBe(true);
  });

  it('two concurrent refreshes with one token: exactly one wins, the family dies', async () => {
    const { email } = await register();
    const pair = await login(email);
    const results = await Promise.all([
      post('/api/v1/auth/refresh', { refresh_token: pair.refresh_token }),
      post('/api/v1/auth/refresh', { refresh_token: pair.refresh_token }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401]);
    const winner = results.find((r) => r.statusCode === 200)?.json() as { refresh_token: string };
    expect((await post('/api/v1/auth/refresh', { refresh_token: winner.refresh_token })).statusCode).toBe(401);
  });

  it('resets a password through the .eml link, once', async () => {
    const { email } = await register();
    const session = await login(email);
    expect((await post('/api/v1/auth/forgot-password', { email })).statusCode).toBe(202);
    expect((await post('/api/v1/auth/forgot-password', { email: newEmail() })).statusCode).toBe(202);
    const mail = await latestMailTo(app.config.NEXOVA_DATA_DIR, email.toLowerCase());
    const token = mail && tokenFromMail(mail);
    expect(token).toBeTruthy();
    const newPassword = 'a brand new passphrase';
    expect((await post('/api/v1/auth/reset-password', { token, password: newPassword })).statusCode).toBe(204);
    expect((await post('/api/v1/auth/reset-password', { token, password: newPassword })).statusCode).toBe(400);
    expect((await post('/api/v1/auth/login', { email, password: PASSWORD })).statusCode).toBe(401);
    await login(email, newPassword);
    // Every earlier session ended.
    expect((await post('/api/v1/auth/refresh', { refresh_token: session.refresh_token })).statusCode).toBe(401);
  });

  it('changing the password keeps this session and ends the others', async () => {
    const { email } = await register();
    const here = await login(email);
    const elsewhere = await login(email);
    const res = await post(
      '/api/v1/me/password',
      { current_password: PASSWORD, new_password: 'another long passphrase' },
      { authorization: `Bearer ${here.access_token}` },
    );
    expect(res.statusCode).toBe(204);
    expect((await post('/api/v1/auth/refresh', { refresh_token: here.refresh_token })).statusCode).toBe(200);
    expect((await post('/api/v1/auth/refresh', { refresh_token: elsewhere.refresh_token })).statusCode).toBe(401);
  });
});

describe('access tokens', () => {
  it('publishes the JWKS and rejects tampered, foreign-alg and missing tokens', async () => {
    const jwks = await app.inject({ method: 'GET', url: '/.well-known/jwks.json' });
    expect(jwks.statusCode).toBe(200);
    const { keys } = jwks.json() as { keys: { kid: string; alg: string; d?: string }[] };
    expect(keys[0]).toMatchObject({ alg: 'EdDSA' });
    expect(keys.every((k) => k.d === undefined)).toBe(true);

    const { email } = await register();
    const { access_token } = await login(email);
    const [header, payload, signature] = access_token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, adm: true })).toString('base64url');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    for (const token of [`${header}.${forged}.${signature}`, `${none}.${payload}.`, 'garbage']) {
      const res = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
      expect(res.statusCode).toBe(401);
    }
    expect((await app.inject({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });
});
