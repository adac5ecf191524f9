import { createTestApp, type TestApp } from '@nexova/app';
import { signUp, TEST_PASSWORD } from '@nexova/tenancy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
beforeAll(async () => {
  // The production policy: 5 failed logins per account per minute.
  app = await createTestApp({ LOGIN_MAX_FAILURES: '5', LOGIN_FAILURE_WINDOW_SECONDS: '60' });
});
afterAll(async () => {
  await app?.dispose();
});

const login = (email: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

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
});
