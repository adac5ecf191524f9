import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { PAGE_CSP } from '@nexova/http';
import { subjectOf, waitForMailTo } from '@nexova/identity/testing';
import { signUp, TEST_PASSWORD } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The reset mail, in the caller's language, links to /reset-password: a server-rendered form that
// sets the new password once.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.dispose();
});

const forgot = (email: string, language?: string) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/forgot-password',
    payload: { email },
    headers: { 'idempotency-key': randomUUID(), ...(language ? { 'accept-language': language } : {}) },
  });
const login = (email: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
const submit = (url: string, fields: Record<string, string>) =>
  app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
const linkOf = (mail: string) => {
  const url = new URL(/https?:\/\/\S+reset-password\S+/.exec(mail)?.[0] ?? 'http://x/');
  return { path: `${url.pathname}${url.search}`, token: url.searchParams.get('token') as string };
};

describe('reset mail → page → new password', () => {
  it('the link opens a form; posting it changes the password once', async () => {
    const user = await signUp(app);
    expect((await forgot(user.email)).statusCode).toBe(202);
    const mail = await waitForMailTo(app.config.NEXOVA_DATA_DIR, user.email);
    expect(subjectOf(mail)).toBe('Reset your Nexova password');
    const { path, token } = linkOf(mail);
    expect(path).toMatch(/^\/reset-password\?token=.+&lang=en$/);
    expect(mail).toContain(`${app.config.NEXOVA_PUBLIC_URL ?? `http://localhost:${app.config.PORT}`}/reset-password`);

    const page = await app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(page.body).toContain('name="password"');
    expect(page.body).toContain(`value="${token}"`);

    const short = await submit('/reset-password?lang=en', { token, password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('The password was not accepted');
    const newPassword = 'a fresh and long passphrase';
    const done = await submit('/reset-password?lang=en', { token, password: newPassword });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Your password was changed');
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(user.email, newPassword)).statusCode).toBe(200);

    const used = await submit('/reset-password?lang=en', { token, password: 'yet another passphrase' });
    expect(used.statusCode).toBe(400);
    expect(used.body).toContain('invalid, already used or expired');
    const reopened = await app.inject({ method: 'GET', url: path });
    expect(reopened.statusCode).toBe(400);
    expect(reopened.body).toContain('invalid, already used or expired');
    expect(reopened.body).not.toContain('<form');
  });

  it('writes the mail and the page in the language of Accept-Language', async () => {
    const user = await signUp(app);
    await forgot(user.email, 'pt-BR,pt;q=0.9');
    const mail = await waitForMailTo(app.config.NEXOVA_DATA_DIR, user.email);
    expect(subjectOf(mail)).toBe('Redefina sua senha da Nexova');
    expect(mail).toContain('Para escolher uma nova senha');
    const page = await app.inject({ method: 'GET', url: linkOf(mail).path });
    expect(page.body).toContain('<html lang="pt-BR">');
    expect(page.body).toContain('Escolha uma nova senha');
    for (const url of ['/reset-password', '/reset-password?token=nxp_unknown']) {
      const res = await app.inject({ method: 'GET', url, headers: { 'accept-language': 'es' } });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('Este enlace no es válido');
    }
  });
});
