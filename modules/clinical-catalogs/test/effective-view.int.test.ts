import { createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalEntryId } from '../src/index';
import { type Caller, caller, type Entry, listAll } from './helpers';

// The effective view over HTTP: the shipped global entries, merged with a workspace's override
// field by field, in the caller's locale with its fallback chain; search and cursor paging.

let app: TestApp;
let call: Caller;
const consultation = globalEntryId('procedure', 'general_consultation');
const url = (id: string) => `/clinical-catalogs/entries/${id}`;
const expectStatus = (res: { statusCode: number; body: string }, status: number) =>
  expect(res.statusCode, res.body).toBe(status);

beforeAll(async () => {
  app = await createTestApp();
  call = caller(app, (await signUpAndCreateWorkspace(app)).headers);
}, 120_000);
afterAll(() => app?.dispose());

describe('clinical catalogs: the effective view', () => {
  it('serves the shipped entries in the requested locale, else the workspace’s (es)', async () => {
    const pt = await call('GET', url(consultation), undefined, { 'accept-language': 'pt-BR,pt;q=0.9' });
    expectStatus(pt, 200);
    expect(pt.json()).toMatchObject({
      name: 'Consulta de clínica geral',
      locale: 'pt-BR',
      source: 'global',
      key: 'general_consultation',
      duration_minutes: 30,
      price: 4000,
      currency: 'USD',
      overridden: [],
    });
    expect(pt.headers.etag).toBe(`"${pt.json().version}"`);
    const workspaceLocale = await call('GET', url(consultation));
    expect(workspaceLocale.json()).toMatchObject({ name: 'Consulta de medicina general', locale: 'es' });
    const en = await call('GET', url(consultation), undefined, { 'accept-language': 'en-GB' });
    expect(en.json().name).toBe('General practice consultation');

    const diseases = await listAll(call, '/clinical-catalogs/entries?catalog=disease');
    expect(diseases.length).toBeGreaterThanOrEqual(30);
    expect(diseases.find((d) => d.code === 'I10')?.name).toBe('Hipertensión esencial (primaria)');
    expect(new Set(diseases.map((d) => d.id)).size).toBe(diseases.length); // paging neither repeats nor skips
    const names = diseases.map((d) =>
      d.name
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .toLowerCase(),
    );
    expect(names).toEqual([...names].sort());
  });

  it('overrides field by field: alias, price, duration, notes; hidden leaves lists', async () => {
    const put = await call('PUT', `${url(consultation)}/override`, {
      alias: 'Consulta clínica',
      price: 25000,
      currency: 'BRL',
      preparation_notes: 'Traer estudios recientes',
    });
    expectStatus(put, 200);
    expect(put.json()).toMatchObject({
      name: 'Consulta clínica',
      standard_name: 'Consulta de medicina general',
      alias: 'Consulta clínica',
      price: 25000,
      currency: 'BRL',
      duration_minutes: 30, // not overridden: the global value
      preparation_notes: 'Traer estudios recientes',
      hidden: false,
    });
    expect(put.json().overridden.sort()).toEqual(['alias', 'preparation_notes', 'price']);
    const byAlias = await call('GET', '/clinical-catalogs/entries?catalog=procedure&q=clinica');
    expect(byAlias.json().items.map((e: Entry) => e.id)).toContain(consultation);

    const stale = await call('PUT', `${url(consultation)}/override`, { hidden: true }, { 'if-match': '"1"' });
    expectStatus(stale, 412);
    const hide = await call(
      'PUT',
      `${url(consultation)}/override`,
      { hidden: true, duration_minutes: 45 },
      {
        'if-match': put.headers.etag as string,
      },
    );
    expectStatus(hide, 200);
    // PUT replaces the override whole: the alias and price are gone, the duration is the workspace's.
    expect(hide.json()).toMatchObject({
      hidden: true,
      alias: null,
      price: 4000,
      currency: 'USD',
      duration_minutes: 45,
    });
    const visible = await listAll(call, '/clinical-catalogs/entries?catalog=procedure');
    expect(visible.map((e) => e.id)).not.toContain(consultation);
    const all = await listAll(call, '/clinical-catalogs/entries?catalog=procedure&include_hidden=true');
    expect(all.find((e) => e.id === consultation)?.hidden).toBe(true);
    expect(all.length).toBe(visible.length + 1);

    const cleared = await call('DELETE', `${url(consultation)}/override`, undefined, {
      'if-match': hide.headers.etag as string,
    });
    expectStatus(cleared, 200);
    expect(cleared.json()).toMatchObject({ hidden: false, duration_minutes: 30, overridden: [] });
    expect(cleared.json().version).toBeGreaterThan(hide.json().version); // an old ETag never comes back
    expect((await call('GET', url(consultation))).json().hidden).toBe(false);
  });

  it('searches names in every locale, codes and typos', async () => {
    const search = async (catalog: string, q: string) =>
      (
        (await call('GET', `/clinical-catalogs/entries?catalog=${catalog}&q=${encodeURIComponent(q)}`)).json()
          .items as Entry[]
      ).map((e) => e.code ?? e.key);
    expect(await search('disease', 'I10')).toEqual(['I10']);
    expect(await search('disease', 'hipertencion')).toContain('I10'); // typo and no accent
    expect(await search('disease', 'hypertension')).toContain('I10'); // English name, Spanish answer
    expect(await search('medication', 'dipirona')).toEqual(['N02BB02']);
    expect(await search('medication', 'J01CA04')).toEqual(['J01CA04']);
    expect(await search('allergy', 'zzzzqqq')).toEqual([]);
  });

  it('workspace entries: created in the caller’s locale, read through the fallback chain, edited and deleted', async () => {
    const created = await call(
      'POST',
      '/clinical-catalogs/entries',
      { catalog: 'procedure', name: 'Limpeza de pele profunda', duration_minutes: 60, price: 18000, currency: 'BRL' },
      { 'accept-language': 'pt-BR' },
    );
    expectStatus(created, 201);
    const id = created.json().id as string;
    expect(created.headers.location).toBe(`/api/v1${url(id)}`);
    const inEnglish = await call('GET', url(id), undefined, { 'accept-language': 'en' });
    expect(inEnglish.json()).toMatchObject({ name: 'Limpeza de pele profunda', locale: 'pt-BR', source: 'workspace' });
    expect(await listAll(call, '/clinical-catalogs/entries?catalog=procedure&source=workspace')).toHaveLength(1);

    const noCurrency = await call('PATCH', url(id), { price: 100 });
    expectStatus(noCurrency, 400);
    expect(noCurrency.json().errors[0].pointer).toBe('/currency');
    const patched = await call(
      'PATCH',
      url(id),
      { duration_minutes: 90 },
      { 'if-match': created.headers.etag as string },
    );
    expectStatus(patched, 200);
    expect(patched.json()).toMatchObject({ duration_minutes: 90, price: 18000 });
    expectStatus(await call('PUT', `${url(id)}/override`, { alias: 'x' }), 409);
    expectStatus(await call('PATCH', url(consultation), { duration_minutes: 10 }), 409);
    expectStatus(await call('DELETE', url(consultation)), 409);
    expectStatus(await call('DELETE', url(id), undefined, { 'if-match': created.headers.etag as string }), 412);
    expectStatus(await call('DELETE', url(id)), 204);
    expectStatus(await call('GET', url(id)), 404);
  });

  it('answers bad input with 400 naming the field', async () => {
    const bad = await call('PUT', `${url(consultation)}/override`, { price: 10, currency: 'brl' });
    expectStatus(bad, 400);
    expect(JSON.stringify(bad.json().errors)).toContain('/currency');
    expectStatus(await call('PUT', `${url(consultation)}/override`, { duration_minutes: 0 }), 400);
    expectStatus(await call('GET', '/clinical-catalogs/entries?catalog=vaccine'), 400);
    expectStatus(await call('POST', '/clinical-catalogs/entries', { catalog: 'allergy', name: '' }), 400);
  });
});
