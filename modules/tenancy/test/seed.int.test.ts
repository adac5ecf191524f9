import { createTestApp, type TestApp } from '@nexova/app';
import { systemContext } from '@nexova/kernel';
import { DEMO_ADMIN_EMAIL, seedDemo } from '@nexova/tenancy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.dispose();
});

describe('demo seed', () => {
  it('creates a platform admin owning the demo workspace, once; the password is printed only then', async () => {
    const ctx = { ...systemContext(), db: app.database.db };
    const first = (await seedDemo(ctx)).lines;
    const password = /\/ (\S+) \(shown only now/.exec(first[0] ?? '')?.[1];
    expect(password).toBeTruthy();
    const again = (await seedDemo(ctx)).lines;
    expect(again.join('\n')).not.toContain(password as string);
    expect(again[1]).toMatch(/^Demo workspace: Nexova Demo \(/);

    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: DEMO_ADMIN_EMAIL, password },
      headers: { 'idempotency-key': 'seed-login' },
    });
    const { access_token } = login.json() as { access_token: string };
    const auth = { authorization: `Bearer ${access_token}` };
    const me = (await app.inject({ method: 'GET', url: '/api/v1/me', headers: auth })).json();
    expect(me).toMatchObject({ email: DEMO_ADMIN_EMAIL, is_platform_admin: true });
    const mine = (await app.inject({ method: 'GET', url: '/api/v1/workspaces', headers: auth })).json() as {
      items: { slug: string; role: string }[];
    };
    expect(mine.items).toEqual([expect.objectContaining({ slug: 'demo', role: 'Owner' })]);
  });
});
