import { apiClient, createTestApp, type TestApp } from '@nexova/app';
import { hasConsent } from '@nexova/data-rights';
import { systemContext } from '@nexova/kernel';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Consents per person and purpose (LGPD art. 7/11): PUT records a decision idempotently, the history
// keeps every grant and withdrawal, If-Match guards concurrent decisions, hasConsent reads the current one.

let app: TestApp;
let owner: TestWorkspace;
let personId: string;
beforeAll(async () => {
  app = await createTestApp();
  owner = await signUpAndCreateWorkspace(app);
  const res = await apiClient(app, owner.headers)('POST', '/customers', {
    name: 'Joana Lima',
    phone: '+5511987654321',
  });
  expect(res.statusCode, res.body).toBe(201);
  personId = res.json().id;
}, 120_000);
afterAll(() => app?.dispose());

const ctxOf = (ws: TestWorkspace) => ({ ...systemContext(ws.workspaceId), db: app.database.db });

describe('consents', () => {
  it('records, repeats idempotently, withdraws and keeps the history', async () => {
    const call = apiClient(app, owner.headers);
    const url = `/people/${personId}/consents/marketing_whatsapp`;
    const grant = { status: 'granted', legal_basis: 'consent', source: 'whatsapp' };
    const first = await call('PUT', url, grant);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      person_id: personId,
      purpose: 'marketing_whatsapp',
      status: 'granted',
      version: 1,
    });
    expect(first.json().recorded_by.type).toBe('user');
    expect(first.headers.etag).toBe('"1"');

    const again = await call('PUT', url, grant);
    expect(again.json().version).toBe(1);

    const stale = await call('PUT', url, { ...grant, status: 'withdrawn' }, { 'if-match': '"7"' });
    expect(stale.statusCode).toBe(412);

    const withdrawn = await call('PUT', url, { ...grant, status: 'withdrawn', source: 'staff' }, { 'if-match': '"1"' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', version: 2 });

    const list = (await call('GET', `/people/${personId}/consents`)).json();
    expect(list.current).toHaveLength(1);
    expect(list.current[0]).toMatchObject({ status: 'withdrawn', version: 2 });
    expect(list.history.map((h: { status: string }) => h.status)).toEqual(['withdrawn', 'granted']);
  });

  it('hasConsent answers the current decision', async () => {
    const call = apiClient(app, owner.headers);
    const ctx = ctxOf(owner);
    expect(await hasConsent(ctx, personId, 'marketing_email')).toBe(false);
    await call('PUT', `/people/${personId}/consents/marketing_email`, {
      status: 'granted',
      legal_basis: 'consent',
      source: 'api',
    });
    expect(await hasConsent(ctx, personId, 'marketing_email')).toBe(true);
  });

  it('names the field on bad input, translated; 404 for an unknown or foreign person', async () => {
    const call = apiClient(app, owner.headers);
    const bad = await call(
      'PUT',
      `/people/${personId}/consents/health_data_processing`,
      { status: 'granted', legal_basis: 'because', source: 'staff' },
      { 'accept-language': 'pt-BR' },
    );
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('/legal_basis');
    const badPurpose = await call('PUT', `/people/${personId}/consents/spam`, {
      status: 'granted',
      legal_basis: 'consent',
      source: 'staff',
    });
    expect(badPurpose.statusCode).toBe(400);
    expect(JSON.stringify(badPurpose.json())).toContain('purpose');

    const other = await signUpAndCreateWorkspace(app);
    const foreign = await apiClient(app, other.headers)('GET', `/people/${personId}/consents`, undefined, {
      'accept-language': 'es',
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'person_not_found', title: 'Persona no encontrada' });
  });
});
