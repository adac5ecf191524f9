import { createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalEntryId } from '../src/index';
import { caller } from './helpers';

// Limits and races, with real concurrency on PostgreSQL (PGlite runs the same requests one by one).
let app: TestApp;
const MAX = 3;
beforeAll(async () => {
  app = await createTestApp({ CLINICAL_CATALOG_WORKSPACE_ENTRIES_MAX: String(MAX) });
}, 120_000);
afterAll(() => app?.dispose());

describe('clinical catalog limits and races', () => {
  it('concurrent creations never overshoot CLINICAL_CATALOG_WORKSPACE_ENTRIES_MAX', async () => {
    const call = caller(app, (await signUpAndCreateWorkspace(app)).headers);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call('POST', '/clinical-catalogs/entries', { catalog: 'medication', name: `Fórmula magistral ${i}` }),
      ),
    );
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(MAX);
    expect(statuses.filter((s) => s === 409)).toHaveLength(10 - MAX);
    const refused = results.find((r) => r.statusCode === 409)?.json();
    expect(refused).toMatchObject({ code: 'clinical_catalog_limit_reached', limit: MAX });
    const own = await call('GET', '/clinical-catalogs/entries?catalog=medication&source=workspace');
    expect(own.json().items).toHaveLength(MAX);
  });

  it('concurrent overrides of one entry with the same If-Match: exactly one wins, the others get 412', async () => {
    const call = caller(app, (await signUpAndCreateWorkspace(app)).headers);
    const path = `/clinical-catalogs/entries/${globalEntryId('procedure', 'spirometry')}`;
    const etag = (await call('GET', path)).headers.etag as string;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call('PUT', `${path}/override`, { duration_minutes: 20 + i }, { 'if-match': etag }),
      ),
    );
    const ok = results.filter((r) => r.statusCode === 200);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 412 || r.statusCode === 409)).toHaveLength(5);
    expect((await call('GET', path)).json().duration_minutes).toBe(ok[0]?.json().duration_minutes);
  });
});
