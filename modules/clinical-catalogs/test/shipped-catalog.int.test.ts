import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows, withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalEntryId, loadGlobalCatalog, type ShippedCatalog, shippedCatalog } from '../src/index';
import { caller } from './helpers';

// The shipped global catalogs are data: written on start, idempotent, and a newer shipped version
// updates the rows it changed — under the workspaces' overrides, which keep applying.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ CLINICAL_CATALOG_CACHE_TTL_MS: '600000' });
}, 120_000);
afterAll(() => app?.dispose());

const system = () => ({ ...systemContext(), db: app.database.db });
const shipped = shippedCatalog();

describe('the shipped global catalogs', () => {
  it('are curated data: three locales each, unique keys, real code shapes', () => {
    const keys = shipped.entries.map((e) => `${e.kind}:${e.key}`);
    expect(new Set(keys).size).toBe(keys.length);
    const count = (kind: string) => shipped.entries.filter((e) => e.kind === kind).length;
    for (const kind of ['specialty', 'procedure', 'disease', 'allergy', 'medication'])
      expect(count(kind)).toBeGreaterThanOrEqual(20);
    expect(count('treatment_template')).toBeGreaterThanOrEqual(8);
    for (const e of shipped.entries.filter((e) => e.kind === 'disease')) expect(e.code).toMatch(/^[A-Z]\d{2}(\.\d)?$/);
    for (const e of shipped.entries.filter((e) => e.kind === 'medication'))
      expect(e.code).toMatch(/^[A-Z]\d{2}[A-Z]{2}\d{2}$/);
    for (const e of shipped.entries.filter((e) => e.kind === 'procedure'))
      expect(e.duration_minutes).toBeGreaterThan(0);
  });

  it('are written on start, and loading them again changes nothing', async () => {
    const count = await withTransaction(system(), (t) =>
      queryRows<{ n: number }>(
        t.tx,
        sql`select count(*)::int as n from clinical_catalogs.entries where workspace_id is null`,
      ),
    );
    expect(count[0]?.n).toBe(shipped.entries.length);
    expect(await loadGlobalCatalog({ ctx: system() })).toEqual({ version: shipped.version, inserted: 0, updated: 0 });
  });

  it('a newer shipped version updates changed rows under the overrides, adds new ones, once', async () => {
    const ws = await signUpAndCreateWorkspace(app);
    const call = caller(app, ws.headers);
    const eye = globalEntryId('procedure', 'eye_exam');
    const path = `/clinical-catalogs/entries/${eye}`;
    expect((await call('PUT', `${path}/override`, { price: 12000, currency: 'BRL' })).statusCode).toBe(200);
    const before = (await call('GET', path)).json();

    const next: ShippedCatalog = {
      version: shipped.version + 1,
      entries: [
        ...shipped.entries.map((e) =>
          e.key === 'eye_exam'
            ? {
                ...e,
                duration_minutes: 40,
                price: { amount: 6500, currency: 'USD' },
                names: { ...e.names, es: 'Examen visual completo' },
              }
            : e,
        ),
        {
          kind: 'procedure',
          key: 'audiometry',
          names: { es: 'Audiometría', 'pt-BR': 'Audiometria', en: 'Audiometry' },
          duration_minutes: 30,
        },
      ],
    };
    const cache = app.runtimes.clinicalCatalogs;
    expect(await loadGlobalCatalog({ ctx: system(), cache, catalog: next })).toEqual({
      version: next.version,
      inserted: 1,
      updated: 1,
    });
    const after = (await call('GET', path)).json();
    expect(after).toMatchObject({
      name: 'Examen visual completo',
      duration_minutes: 40,
      price: 12000,
      currency: 'BRL',
    });
    expect(after.version).toBe(before.version + 1);
    const audiometry = await call('GET', `/clinical-catalogs/entries/${globalEntryId('procedure', 'audiometry')}`);
    expect(audiometry.json().name).toBe('Audiometría');

    expect(await loadGlobalCatalog({ ctx: system(), cache, catalog: next })).toEqual({
      version: next.version,
      inserted: 0,
      updated: 0,
    });
    // An older build starting later (a rolling deploy) does not put the old values back.
    expect(await loadGlobalCatalog({ ctx: system(), cache })).toEqual({
      version: shipped.version,
      inserted: 0,
      updated: 0,
    });
    expect((await call('GET', path)).json().duration_minutes).toBe(40);
  });
});
