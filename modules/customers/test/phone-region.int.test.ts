import { type ApiCall, apiClient, createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Phones written without +country code are read in the workspace's default_phone_region, not a
// process-wide setting: two workspaces of one server read the same digits differently.

let app: TestApp;
let argentina: ApiCall;
let brazil: ApiCall;
beforeAll(async () => {
  app = await createTestApp();
  const ar = await signUpAndCreateWorkspace(app);
  argentina = apiClient(app, ar.headers);
  const patched = await argentina('PATCH', `/workspaces/${ar.workspaceId}`, {
    settings: { default_phone_region: 'AR' },
  });
  expect(patched.statusCode, patched.body).toBe(200);
  brazil = apiClient(app, (await signUpAndCreateWorkspace(app)).headers);
}, 120_000);
afterAll(() => app?.dispose());

describe("the workspace's default phone region", () => {
  it('parses a local Argentine number in an AR workspace and finds it by its local spelling', async () => {
    const created = await argentina('POST', '/customers', { name: 'Juan Pérez', phone: '011 15 2345-6789' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().phone).toBe('+5491123456789');
    const found = await argentina('GET', `/customers/by-phone/${encodeURIComponent('11 2345-6789')}`);
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().id).toBe(created.json().id);
    const updated = await argentina('PATCH', `/customers/${created.json().id}`, { phone: '011 15 3456-7890' });
    expect(updated.json().phone).toBe('+5491134567890');
  });

  it('reads the same digits as Brazilian in a workspace left at the default (BR)', async () => {
    const created = await brazil('POST', '/customers', { name: 'Ana Souza', phone: '(11) 98765-4321' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().phone).toBe('+5511987654321');
  });
});
