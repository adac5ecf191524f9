import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { PAGE_CSP } from '@nexova/http';
import { subjectOf, tokenFromMail, waitForMailTo } from '@nexova/identity/testing';
import { signUp, TEST_PASSWORD } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The invitation mail links to /accept-invitation, a server-rendered page in the workspace's
// language: it shows the workspace and role, and its form creates the account and joins.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.dispose();
});

const api = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: object) =>
  app.inject({ method, url, payload, headers: { ...headers, 'idempotency-key': randomUUID() } });

/** An Owner with a workspace of that name and locale who invites a fresh email as Staff. */
async function invite(name: string, locale: 'es' | 'pt-BR' | 'en') {
  const owner = await signUp(app);
  const auth = { authorization: `Bearer ${owner.token}` };
  const slug = `ws-${randomUUID().slice(0, 18)}`;
  const ws = await api('POST', '/api/v1/workspaces', auth, { name, slug, settings: { locale } });
  expect(ws.statusCode).toBe(201);
  const headers = { ...auth, 'x-workspace-id': (ws.json() as { id: string }).id };
  const roles = (await api('GET', '/api/v1/roles', headers)).json() as { items: { id: string; name: string }[] };
  const email = `invitee-${randomUUID()}@example.com`;
  const staff = roles.items.find((r) => r.name === 'Staff')?.id;
  expect((await api('POST', '/api/v1/invitations', headers, { email, role_id: staff })).statusCode).toBe(201);
  const mail = await waitForMailTo(app.config.NEXOVA_DATA_DIR, email);
  return { email, mail, headers, token: tokenFromMail(mail) as string };
}

const linkOf = (mail: string) => {
  const url = new URL(/https?:\/\/\S+accept-invitation\S+/.exec(mail)?.[0] ?? 'http://x/');
  return `${url.pathname}${url.search}`;
};

const submit = (url: string, fields: Record<string, string>) =>
  app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });

describe('invitation mail → page → joined', () => {
  it('the link opens the page; its form creates the account and joins; the used link says so', async () => {
    const { email, mail, headers, token } = await invite('Clínica Sol', 'en');
    expect(subjectOf(mail)).toBe('You are invited to Clínica Sol on Nexova');
    const link = linkOf(mail);
    expect(link).toMatch(/^\/accept-invitation\?token=.+&lang=en$/);
    const page = await app.inject({ method: 'GET', url: link });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.body).toContain('Clínica Sol');
    expect(page.body).toContain('Staff');
    expect(page.body).toContain('action="/accept-invitation?lang=en"');

    const weak = await submit('/accept-invitation?lang=en', {
      token,
      first_name: 'Ana',
      last_name: 'Lima',
      password: 'x',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.body).toContain('Could not accept');
    const joined = await submit('/accept-invitation?lang=en', {
      token,
      first_name: 'Ana',
      last_name: 'Lima',
      password: TEST_PASSWORD,
    });
    expect(joined.statusCode).toBe(200);
    expect(joined.body).toContain('you are now a member of Clínica Sol');
    const members = (await api('GET', '/api/v1/members', headers)).json() as { items: { email: string }[] };
    expect(members.items.map((m) => m.email)).toContain(email);
    const login = await api('POST', '/api/v1/auth/login', {}, { email, password: TEST_PASSWORD });
    expect(login.statusCode).toBe(200);

    const used = await app.inject({ method: 'GET', url: link });
    expect(used.statusCode).toBe(404);
    expect(used.body).toContain('invalid, already used, withdrawn or expired');
    const again = await submit('/accept-invitation', {
      token,
      first_name: 'A',
      last_name: 'L',
      password: TEST_PASSWORD,
    });
    expect(again.statusCode).toBe(404);
  });

  it('mails and pages follow the workspace locale; an existing account gets a sign-in hint', async () => {
    const pt = await invite('Loja Azul', 'pt-BR');
    expect(subjectOf(pt.mail)).toBe('Você foi convidado para Loja Azul na Nexova');
    const page = await app.inject({ method: 'GET', url: linkOf(pt.mail) });
    expect(page.body).toContain('<html lang="pt-BR">');
    expect(page.body).toContain('Crie sua conta para aceitar');

    const es = await invite('Tienda Roja', 'es');
    expect(subjectOf(es.mail)).toBe('Te invitaron a Tienda Roja en Nexova');
    await signUp(app, es.email);
    const hint = await app.inject({ method: 'GET', url: linkOf(es.mail) });
    expect(hint.statusCode).toBe(200);
    expect(hint.body).toContain('Ya tienes una cuenta con este correo');
    expect(hint.body).not.toContain('<form');
  });

  it('escapes what users typed and answers a missing or unknown token with the error page', async () => {
    const { mail } = await invite('<script>alert(1)</script> & "Co"', 'en');
    const page = await app.inject({ method: 'GET', url: linkOf(mail) });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('<script>');
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
    for (const url of ['/accept-invitation', '/accept-invitation?token=nxi_unknown']) {
      const res = await app.inject({ method: 'GET', url, headers: { 'accept-language': 'es' } });
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain('Esta invitación no es válida');
    }
  });

  it('keeps the pages out of the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as { paths: object };
    expect(Object.keys(doc.paths)).not.toContain('/accept-invitation');
    expect(Object.keys(doc.paths)).not.toContain('/reset-password');
  });
});
