import { type ApiCall, apiClient, createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicWorkspace, expectStatus, multipart, PNG } from './helpers';

// Patients through the real app: created from a person or inline, one profile per person, ETags,
// validation naming fields, notes signed by their author, and a shop-only workspace kept out.

let app: TestApp;
let call: ApiCall;
let ws: TestWorkspace;
beforeAll(async () => {
  app = await createTestApp({ PATIENT_ATTACHMENT_MAX_BYTES: '4096' });
  ({ call, ws } = await clinicWorkspace(app));
}, 120_000);
afterAll(() => app?.dispose());

const ana = {
  person: {
    name: 'Ana Souza',
    phone: '(11) 98765-4321',
    documents: [{ type: 'cpf', number: '529.982.247-25' }],
  },
  birth_date: '1987-04-12',
  sex: 'female',
  allergies: [{ name: 'Penicillin', severity: 'severe' }],
  alert_flags: ['anticoagulated'],
  emergency_contact: { name: 'João Souza', phone: '(11) 91234-5678', relationship: 'spouse' },
};

describe('patients over HTTP', () => {
  it('opens a record with a new person, normalising phones and documents', async () => {
    const res = await call('POST', '/patients', ana);
    expectStatus(res, 201);
    const patient = res.json();
    expect(res.headers.location).toBe(`/api/v1/patients/${patient.id}`);
    expect(res.headers.etag).toBe('"1"');
    expect(patient).toMatchObject({
      birth_date: '1987-04-12',
      sex: 'female',
      allergies: [{ name: 'Penicillin', severity: 'severe', reaction: null }],
      emergency_contact: { phone: '+5511912345678' },
      person: { name: 'Ana Souza', phone: '+5511987654321', documents: [{ type: 'cpf', number: '52998224725' }] },
    });
    // The person is the shop's customer too: one record per human.
    expectStatus(await call('GET', `/customers/${patient.person_id}`), 200);
    const again = await call('POST', '/patients', { person_id: patient.person_id });
    expectStatus(again, 409);
    expect(again.json()).toMatchObject({ code: 'patient_exists', existing_id: patient.id });
  });

  it('opens a record for an existing customer, and refuses a document another person holds, writing nothing', async () => {
    const customer = (await call('POST', '/customers', { name: 'Carlos Pérez' })).json();
    const res = await call('POST', '/patients', { person_id: customer.id, sex: 'male' });
    expectStatus(res, 201);
    expect(res.json().person).toMatchObject({ id: customer.id, documents: [] });

    const holder = (
      await call('POST', '/customers', { name: 'Holder', documents: [{ type: 'rut', number: '12.345.678-5' }] })
    ).json();
    const before = (await call('GET', '/customers?q=Intruso')).json().items.length;
    const dup = await call('POST', '/patients', {
      person: { name: 'Intruso', documents: [{ type: 'rut', number: '123456785' }] },
    });
    expectStatus(dup, 409);
    expect(dup.json()).toMatchObject({ code: 'document_taken', existing_id: holder.id, document_type: 'rut' });
    expect((await call('GET', '/customers?q=Intruso')).json().items.length).toBe(before);
  });

  it('lets one of two concurrent creates win: same person, or same document inline (201 and 409)', async () => {
    const person = (await call('POST', '/customers', { name: 'Gabriel Souto' })).json();
    const samePerson = await Promise.all([1, 2].map(() => call('POST', '/patients', { person_id: person.id })));
    expect(samePerson.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const winner = samePerson.find((r) => r.statusCode === 201)?.json().id;
    expect(samePerson.find((r) => r.statusCode === 409)?.json()).toMatchObject({
      code: 'patient_exists',
      existing_id: winner,
    });
    const sameDocument = await Promise.all(
      ['Helena A', 'Helena B'].map((name) =>
        call('POST', '/patients', { person: { name, documents: [{ type: 'cnpj', number: '11.222.333/0001-81' }] } }),
      ),
    );
    expect(sameDocument.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const holder = sameDocument.find((r) => r.statusCode === 201)?.json().person_id;
    expect(sameDocument.find((r) => r.statusCode === 409)?.json()).toMatchObject({
      code: 'document_taken',
      existing_id: holder,
    });
  });

  it('answers 400 naming the field for bad documents, dates, phones and ICD-10 codes', async () => {
    const cases: [object, string][] = [
      [
        { person: { name: 'X', documents: [{ type: 'cpf', number: '529.982.247-24' }] } },
        '"/person/documents/0/number"',
      ],
      [{ person: { name: 'X', phone: '12' } }, '"/person/phone"'],
      [{ person: { name: 'X' }, birth_date: '2999-01-01' }, '/birth_date'],
      [{ person: { name: 'X' }, birth_date: '1990-02-30' }, '/birth_date'],
      [{ person: { name: 'X' }, emergency_contact: { name: 'Y', phone: '12' } }, '/emergency_contact/phone'],
      [{ person: { name: 'X' }, conditions: [{ name: 'Diabetes', icd10: 'diabetes' }] }, '/conditions/0/icd10'],
      [{ person: { name: 'X' }, sex: 'other' }, '/sex'],
      [{ birth_date: '1990-01-01' }, '/person_id'],
    ];
    for (const [body, pointer] of cases) {
      const res = await call('POST', '/patients', body);
      expectStatus(res, 400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(JSON.stringify(res.json().errors), JSON.stringify(body)).toContain(pointer);
    }
  });

  it('versions every change: If-None-Match 304, stale If-Match 412, lists replaced whole', async () => {
    const created = (await call('POST', '/patients', { person: { name: 'Beatriz Lima' } })).json();
    const url = `/patients/${created.id}`;
    expectStatus(await call('GET', url, undefined, { 'if-none-match': '"1"' }), 304);
    const patched = await call(
      'PATCH',
      url,
      { conditions: [{ name: 'Hypertension', icd10: 'I10' }] },
      { 'if-match': '"1"' },
    );
    expectStatus(patched, 200);
    expect(patched.json()).toMatchObject({ version: 2, conditions: [{ icd10: 'I10', since: null }] });
    expect(patched.headers.etag).toBe('"2"');
    const stale = await call('PATCH', url, { gender: 'woman' }, { 'if-match': '"1"' });
    expectStatus(stale, 412);
    expect(stale.json()).toMatchObject({ code: 'version_mismatch', current_version: 2 });
    const same = await call('PATCH', url, { conditions: [{ name: 'Hypertension', icd10: 'I10' }] });
    expect(same.json().version).toBe(2); // nothing changed, nothing written
    // Two writers from the same version: exactly one wins, the other gets 412.
    const racing = await Promise.all(
      ['man', 'woman'].map((gender) => call('PATCH', url, { gender }, { 'if-match': '"2"' })),
    );
    expect(racing.map((r) => r.statusCode).sort()).toEqual([200, 412]);
    expect((await call('GET', url)).json().version).toBe(3);
  });

  it('keeps notes signed by their author, newest first and paged', async () => {
    const patient = (await call('POST', '/patients', { person: { name: 'Diego Rojas' } })).json();
    for (const body of ['first', 'second', 'third']) {
      const res = await call('POST', `/patients/${patient.id}/notes`, { body });
      expectStatus(res, 201);
      expect(res.json().author.type).toBe('user');
    }
    const page = (await call('GET', `/patients/${patient.id}/notes?limit=2`)).json();
    expect(page.items.map((n: { body: string }) => n.body)).toEqual(['third', 'second']);
    const rest = (await call('GET', `/patients/${patient.id}/notes?limit=2&cursor=${page.next_cursor}`)).json();
    expect(rest).toMatchObject({ items: [{ body: 'first' }], next_cursor: null });
    expectStatus(await call('POST', `/patients/${patient.id}/notes`, { body: '   ' }), 400);
  });

  it('stores attachments checked by content, served through signed URLs, refusing other types and sizes', async () => {
    const patient = (await call('POST', '/patients', { person: { name: 'Inés Vidal' } })).json();
    const url = `/api/v1/patients/${patient.id}/attachments`;
    const upload = (data: Buffer, name: string) => {
      const body = multipart(data, name);
      return app.inject({
        method: 'POST',
        url,
        headers: { ...ws.headers, 'idempotency-key': crypto.randomUUID(), 'content-type': body.contentType },
        payload: body.payload,
      });
    };
    const res = await upload(PNG, 'scan.png');
    expectStatus(res, 201);
    expect(res.json()).toMatchObject({ content_type: 'image/png', size: PNG.length, filename: 'scan.png' });
    const file = await app.inject({ method: 'GET', url: res.headers.location as string });
    expectStatus(file, 200);
    expect(file.rawPayload.equals(PNG)).toBe(true);
    const list = (await call('GET', `/patients/${patient.id}/attachments`)).json();
    expect(list.items.map((a: { id: string }) => a.id)).toEqual([res.json().id]);
    expectStatus(await upload(Buffer.from('#!/bin/sh\necho hi\n'), 'x.png'), 415);
    const big = await upload(Buffer.concat([PNG, Buffer.alloc(5000)]), 'big.png');
    expectStatus(big, 413);
    expect(big.json().code).toBe('attachment_too_large');
    expect((await call('GET', `/patients/${patient.id}/attachments`)).json().items).toHaveLength(1);
  });

  it('searches by name (accents, typos), phone and exact document, paging by cursor', async () => {
    const made: string[] = [];
    for (const [name, phone, cuit] of [
      ['Mariana Gómez', '+5491155550001', '20-12345678-6'],
      ['Mariano Gomes', '+5491155550002', '33-69345023-9'],
      ['Otro Paciente', '+5491155550003', null],
    ] as const) {
      const documents = cuit ? [{ type: 'cuit', number: cuit }] : [];
      made.push((await call('POST', '/patients', { person: { name, phone, documents } })).json().id);
    }
    const ids = async (q: string, extra = '') =>
      (await call('GET', `/patients?q=${encodeURIComponent(q)}${extra}`)).json().items.map((p: { id: string }) => p.id);
    expect(await ids('mariana gomez')).toContain(made[0]);
    expect(await ids('5491155550002')).toEqual([made[1]]);
    expect(await ids('33693450239')).toEqual([made[1]]);
    expect(await ids('20-12345678-6')).toEqual([made[0]]);
    expect(await ids('nadie-por-aqui')).toEqual([]);
    const first = (await call('GET', '/patients?q=marian&limit=1')).json();
    expect(first.items).toHaveLength(1);
    const second = (await call('GET', `/patients?q=marian&limit=1&cursor=${first.next_cursor}`)).json();
    expect([first.items[0].id, second.items[0].id].sort()).toEqual([made[0], made[1]].sort());
    // The person page finds a person's clinical profile by the person's id.
    const person = (await call('GET', `/patients/${made[1]}`)).json().person_id;
    const byPerson = (await call('GET', `/patients?person_id=${person}`)).json();
    expect(byPerson.items.map((p: { id: string }) => p.id)).toEqual([made[1]]);
    const customer = (await call('POST', '/customers', { name: 'Sin ficha clínica' })).json();
    expect((await call('GET', `/patients?person_id=${customer.id}`)).json().items).toEqual([]);
    const bad = await call('GET', '/patients?person_id=nope');
    expectStatus(bad, 400);
    expect(JSON.stringify(bad.json())).toContain('person_id');
  });

  it('keeps a shop-only workspace out with 403 module_not_enabled, and other workspaces’ patients 404', async () => {
    const patient = (await call('POST', '/patients', { person: { name: 'Elena Ruiz' } })).json();
    const shop = apiClient(app, (await signUpAndCreateWorkspace(app)).headers);
    for (const [method, url] of [
      ['GET', '/patients'],
      ['POST', '/patients'],
      ['GET', `/patients/${patient.id}`],
    ] as const) {
      const res = await shop(method, url, method === 'POST' ? { person: { name: 'Z' } } : undefined);
      expectStatus(res, 403);
      expect(res.json()).toMatchObject({ code: 'module_not_enabled', module: 'clinic' });
    }
    const es = await shop('GET', '/patients', undefined, { 'accept-language': 'es' });
    expect(es.json().title).toBe('El módulo no está habilitado en este espacio de trabajo');
    const other = (await clinicWorkspace(app)).call;
    expectStatus(await other('GET', `/patients/${patient.id}`), 404);
    expectStatus(await other('PATCH', `/patients/${patient.id}`, { gender: 'x' }), 404);
    expect((await other('GET', '/patients?q=Elena')).json().items).toEqual([]);
  });
});
