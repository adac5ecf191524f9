import { createTestApp, type TestApp } from '@nexova/app';
import { signUp, TEST_PASSWORD } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
beforeAll(async () => {
  // The production policy: 5 failed logins per account and client per minute; a small ceiling per
  // account (all clients together) so the suite reaches it.
  app = await createTestApp({
    LOGIN_MAX_FAILURES: '5',
    LOGIN_FAILURE_WINDOW_SECONDS: '60',
    LOGIN_ACCOUNT_MAX_FAILURES: '12',
    LOGIN_ACCOUNT_WINDOW_SECONDS: '900',
  });
});
afterAll(async () => {
  await app?.dispose();
});

const login = (email: string, password: string, remoteAddress = '127.0.0.1') =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress });

describe('login throttle on the real login route', () => {
  it('the 6th failed login in a minute answers 429 with rate-limit headers, even with the right password', async () => {
    const { email } = await signUp(app);
    for (let i = 0; i < 5; i++) expect((await login(email, 'wrong password!')).statusCode).toBe(401);
    const sixth = await login(email, 'wrong password!');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    expect(String(sixth.headers['ratelimit-policy'])).toMatch(/;q=5;w=60/);
    expect(sixth.json()).toMatchObject({ status: 429, code: 'quota_exceeded' });
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(429);
  });

  it('a success clears the count; other accounts are not affected', async () => {
    const { email } = await signUp(app);
    const other = await signUp(app);
    for (let i = 0; i < 4; i++) await login(email, 'wrong password!');
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(email, 'wrong password!')).statusCode).toBe(401);
    expect((await login(other.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('a stranger failing from another client cannot lock the owner out of their own device', async () => {
    const { email } = await signUp(app);
    const attacker = '203.0.113.7';
    for (let i = 0; i < 5; i++) expect((await login(email, 'wrong password!', attacker)).statusCode).toBe(401);
    const locked = await login(email, TEST_PASSWORD, attacker);
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ policy: 'login' });
    // The owner, elsewhere, still signs in.
    expect((await login(email, TEST_PASSWORD, '198.51.100.20')).statusCode).toBe(200);
    expect((await login(email, TEST_PASSWORD, attacker)).statusCode).toBe(429);
  });

  it('a per-account ceiling across all clients still locks a spread-out guesser (and everyone)', async () => {
    const { email } = await signUp(app);
    // 12 failures from 4 addresses, 3 each: no single client reaches its own limit of 5.
    for (let i = 0; i < 12; i++) {
      expect((await login(email, 'wrong password!', `192.0.2.${i % 4}`)).statusCode).toBe(401);
    }
    const ceiling = await login(email, TEST_PASSWORD, '198.51.100.30');
    expect(ceiling.statusCode).toBe(429);
    expect(ceiling.json()).toMatchObject({ policy: 'login-account' });
    expect(Number(ceiling.headers['retry-after'])).toBeGreaterThan(0);
    expect(String(ceiling.headers['ratelimit-policy'])).toMatch(/"login-account";q=12;w=900/);
  });
});
