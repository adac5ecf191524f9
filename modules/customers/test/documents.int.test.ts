import { type ApiCall, apiClient, createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Identity documents of the people directory over HTTP: check digits, normalised storage, one holder per
// number in a workspace (also under concurrency), lookup and search, removal; another workspace sees none.

let app: TestApp;
let call: ApiCall;
beforeAll(async () => {
  app = await createTestApp();
  call = apiClient(app, (await signUpAndCreateWorkspace(app)).headers);
}, 120_000);
afterAll(() => app?.dispose());

const expectStatus = (res: { statusCode: number; body: string }, status: number) =>
  expect(res.statusCode, res.body).toBe(status);

describe('identity documents', () => {
  it('stores documents normalised, finds the person by any spelling and in the list search', async () => {
    const created = await call('POST', '/customers', {
      name: 'Sofía Herrera',
      documents: [
        { type: 'curp', number: 'hegg560427mvzrrl04' },
        { type: 'rfc', number: 'GODE-561231-GR8' },
      ],
    });
    expectStatus(created, 201);
    const id = created.json().id;
    const docs = (await call('GET', `/people/${id}/documents`)).json();
    expect(docs.items.map((d: { number: string; country: string }) => [d.number, d.country])).toEqual([
      ['HEGG560427MVZRRL04', 'MX'],
      ['GODE561231GR8', 'MX'],
    ]);
    const found = await call('GET', '/people/by-document/rfc/gode561231gr8');
    expectStatus(found, 200);
    expect(found.json()).toMatchObject({ id, name: 'Sofía Herrera', status: 'active' });
    expect(found.json().documents).toHaveLength(2);
    const search = (await call('GET', '/customers?q=HEGG560427MVZRRL04')).json();
    expect(search.items.map((c: { id: string }) => c.id)).toEqual([id]);
    expectStatus(await call('GET', '/people/by-document/rfc/SAT970701NN3'), 404);
    const bad = await call('GET', '/people/by-document/rfc/SAT970701NN4');
    expectStatus(bad, 400);
    expect(bad.json().errors[0]).toMatchObject({ pointer: '/number', code: 'invalid_document' });
  });

  it('refuses a number another person holds (409 naming them) and a failed check digit (400 naming it)', async () => {
    const holder = (
      await call('POST', '/customers', { name: 'Tomás', documents: [{ type: 'nit', number: '800.197.268-4' }] })
    ).json();
    const other = (await call('POST', '/customers', { name: 'Other' })).json();
    const taken = await call('POST', `/people/${other.id}/documents`, { type: 'nit', number: '8001972684' });
    expectStatus(taken, 409);
    expect(taken.json()).toMatchObject({ code: 'document_taken', existing_id: holder.id, number: '8001972684' });
    const dupOnCreate = await call('POST', '/customers', {
      name: 'Dup',
      documents: [{ type: 'nit', number: '800197268-4' }],
    });
    expectStatus(dupOnCreate, 409);
    const invalid = await call('POST', '/customers', {
      name: 'Bad',
      documents: [
        { type: 'cc', number: '1020304050' },
        { type: 'rut', number: '12.345.678-K' },
      ],
    });
    expectStatus(invalid, 400);
    expect(invalid.json().errors[0].pointer).toBe('/documents/1/number');
    expect(
      (await call('GET', '/customers?q=Bad')).json().items.filter((c: { name: string }) => c.name === 'Bad'),
    ).toEqual([]);
    for (const [lang, title] of [
      ['es', 'El documento ya pertenece a otra persona'],
      ['pt-BR', 'O documento já pertence a outra pessoa'],
    ]) {
      const res = await call(
        'POST',
        `/people/${other.id}/documents`,
        { type: 'nit', number: '8001972684' },
        {
          'accept-language': lang as string,
        },
      );
      expect(res.json().title).toBe(title);
    }
  });

  it('lets exactly one of many concurrent creates with the same document win', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call('POST', '/customers', { name: `Racer ${i}`, documents: [{ type: 'cpf', number: '111.444.777-35' }] }),
      ),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 409, 409, 409, 409, 409]);
    const winner = results.find((r) => r.statusCode === 201)?.json().id;
    for (const r of results.filter((r) => r.statusCode === 409)) expect(r.json().existing_id).toBe(winner);
  });

  it('removes a document, freeing its number; another workspace sees nothing', async () => {
    const person = (
      await call('POST', '/customers', { name: 'Valentina', documents: [{ type: 'rut', number: '11.111.111-1' }] })
    ).json();
    const [doc] = (await call('GET', `/people/${person.id}/documents`)).json().items;
    const stranger = apiClient(app, (await signUpAndCreateWorkspace(app)).headers);
    expectStatus(await stranger('GET', `/people/${person.id}/documents`), 404);
    expectStatus(await stranger('DELETE', `/people/${person.id}/documents/${doc.id}`), 404);
    expectStatus(await stranger('GET', '/people/by-document/rut/111111111'), 404);
    // The same number is free in another workspace (unique per workspace, not globally).
    expectStatus(
      await stranger('POST', '/customers', { name: 'V', documents: [{ type: 'rut', number: '111111111' }] }),
      201,
    );
    expectStatus(await call('DELETE', `/people/${person.id}/documents/${doc.id}`), 204);
    expectStatus(await call('DELETE', `/people/${person.id}/documents/${doc.id}`), 404);
    expectStatus(
      await call('POST', '/customers', { name: 'Val 2', documents: [{ type: 'rut', number: '111111111' }] }),
      201,
    );
  });
});
