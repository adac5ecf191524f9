import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows, withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getEffectiveEntry, globalEntryId } from '../src/index';
import { type Caller, caller, platformAdmin } from './helpers';

// A platform admin's change of a global entry reaches every workspace in the fields it did not
// override (the cache of each one forgets at once), and workspaces never see each other's rows.

let app: TestApp;
let admin: Caller;
let a: TestWorkspace;
let b: TestWorkspace;
let callA: Caller;
let callB: Caller;
const cleaning = globalEntryId('procedure', 'dental_cleaning');
const path = (id: string) => `/clinical-catalogs/entries/${id}`;
const expectStatus = (res: { statusCode: number; body: string }, status: number) =>
  expect(res.statusCode, res.body).toBe(status);

beforeAll(async () => {
  // A long TTL: only invalidation can explain a fresh answer.
  app = await createTestApp({ CLINICAL_CATALOG_CACHE_TTL_MS: '600000' });
  admin = caller(app, await platformAdmin(app));
  a = await signUpAndCreateWorkspace(app);
  b = await signUpAndCreateWorkspace(app);
  callA = caller(app, a.headers);
  callB = caller(app, b.headers);
}, 120_000);
afterAll(() => app?.dispose());

describe('global entries change for every workspace, overrides win field by field', () => {
  it('propagates to the fields a workspace did not override, on the next read', async () => {
    expectStatus(await callA('PUT', `${path(cleaning)}/override`, { duration_minutes: 60 }), 200);
    // Both workspaces' catalogs are now cached.
    expect((await callA('GET', path(cleaning))).json()).toMatchObject({ duration_minutes: 60, price: 5000 });
    const before = await callB('GET', path(cleaning));
    expect(before.json()).toMatchObject({ duration_minutes: 45, price: 5000 });

    const changed = await admin('PATCH', `/system${path(cleaning)}`, {
      duration_minutes: 50,
      price: 5500,
      currency: 'USD',
      locale: 'es',
      name: 'Profilaxis dental',
    });
    expectStatus(changed, 200);
    expect(changed.json()).toMatchObject({ duration_minutes: 50, price: 5500, source: 'global' });

    const seenByA = (await callA('GET', path(cleaning))).json();
    expect(seenByA).toMatchObject({ duration_minutes: 60, price: 5500, name: 'Profilaxis dental' });
    const seenByB = await callB('GET', path(cleaning), undefined, { 'if-none-match': before.headers.etag as string });
    expectStatus(seenByB, 200); // a new ETag: the global change counts in every workspace's version
    expect(seenByB.json()).toMatchObject({ duration_minutes: 50, price: 5500, name: 'Profilaxis dental' });
    // The other locales keep their names.
    const pt = await callB('GET', path(cleaning), undefined, { 'accept-language': 'pt-BR' });
    expect(pt.json().name).toBe('Limpeza dental (profilaxia)');

    // The use-case the agenda and billing call sees the same, with or without the app's cache.
    const ctx = { ...systemContext(a.workspaceId), db: app.database.db };
    for (const cache of [undefined, app.runtimes.clinicalCatalogs]) {
      const entry = await getEffectiveEntry({ ctx, cache, input: { entryId: cleaning, catalog: 'procedure' } });
      expect(entry).toMatchObject({ duration_minutes: 60, price: 5500, currency: 'USD' });
      // Asked for as another catalog's entry, it is not found.
      await expect(
        getEffectiveEntry({ ctx, cache, input: { entryId: cleaning, catalog: 'disease' } }),
      ).rejects.toMatchObject({ status: 404, code: 'clinical_catalog_entry_not_found' });
    }
  });

  it('is for platform administrators only, and a stale If-Match is refused', async () => {
    expectStatus(await callA('PATCH', `/system${path(cleaning)}`, { duration_minutes: 5 }), 403);
    expectStatus(await admin('PATCH', `/system${path(cleaning)}`, { duration_minutes: 5 }, { 'if-match': '"1"' }), 412);
    expectStatus(await admin('PATCH', `/system${path(cleaning)}`, { price: 10 }), 400);
  });

  it('a member needs clinical_catalogs:write to change anything; read is enough to read', async () => {
    const reader = caller(
      app,
      (await signUpAndCreateWorkspace(app, { owner: a, permissions: ['clinical_catalogs:read'] })).headers,
    );
    expectStatus(await reader('GET', path(cleaning)), 200);
    expectStatus(await reader('PUT', `${path(cleaning)}/override`, { hidden: true }), 403);
    expectStatus(await reader('POST', '/clinical-catalogs/entries', { catalog: 'procedure', name: 'X' }), 403);
    const none = caller(
      app,
      (await signUpAndCreateWorkspace(app, { owner: a, permissions: ['customers:read'] })).headers,
    );
    expectStatus(await none('GET', '/clinical-catalogs/entries?catalog=procedure'), 403);
  });

  it('keeps each workspace’s entries and overrides to itself (API and row-level security)', async () => {
    const own = await callA('POST', '/clinical-catalogs/entries', {
      catalog: 'allergy',
      name: 'Látex de la clínica A',
    });
    expectStatus(own, 201);
    const id = own.json().id as string;
    expectStatus(await callB('GET', `/clinical-catalogs/entries/${id}`), 404);
    expectStatus(await callB('PATCH', `/clinical-catalogs/entries/${id}`, { name: 'mine' }), 404);
    expectStatus(await callB('DELETE', `/clinical-catalogs/entries/${id}`), 404);
    expect((await callB('GET', '/clinical-catalogs/entries?catalog=allergy&q=clinica')).json().items).toEqual([]);
    expect((await callB('GET', path(cleaning))).json().overridden).toEqual([]); // A's override is A's

    // With no filter in the query at all, B's transaction sees global rows and its own only, and
    // cannot write a global row nor one of A's.
    const asB = { ...systemContext(b.workspaceId), db: app.database.db };
    const rows = await withTransaction(asB, (t) =>
      queryRows<{ workspace_id: string | null }>(t.tx, sql`select workspace_id from clinical_catalogs.entries`),
    );
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((r) => r.workspace_id === null || r.workspace_id === b.workspaceId)).toBe(true);
    const overrides = await withTransaction(asB, (t) =>
      queryRows<{ workspace_id: string }>(t.tx, sql`select workspace_id from clinical_catalogs.overrides`),
    );
    expect(overrides).toEqual([]);
    const touched = await withTransaction(asB, (t) =>
      queryRows<{ id: string }>(
        t.tx,
        sql`update clinical_catalogs.entries set duration_minutes = 1 where id in (${cleaning}, ${id}) returning id`,
      ),
    );
    expect(touched).toEqual([]);
    const deleted = await withTransaction(asB, (t) =>
      queryRows<{ id: string }>(t.tx, sql`delete from clinical_catalogs.entries where id = ${cleaning} returning id`),
    );
    expect(deleted).toEqual([]);
  });
});
