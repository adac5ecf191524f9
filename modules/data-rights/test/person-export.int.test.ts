import { randomUUID } from 'node:crypto';
import { type ApiCall, apiClient, createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { PNG, until } from '@nexova/testing';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A person's export (LGPD art. 18 II/V): POST /people/{id}/exports answers 202 with a job; in the
// background it gathers what the read endpoints show — person with documents, addresses and notes,
// consents, orders with payments, the clinical record, appointments, conversations with messages —
// into one zip with the person's files; the signed URL downloads it; another workspace sees nothing.

let app: TestApp;
let ws: TestWorkspace;
let call: ApiCall;
beforeAll(async () => {
  app = await createTestApp({}, { workers: true });
  ws = await signUpAndCreateWorkspace(app);
  call = apiClient(app, ws.headers);
  const clinic = await call('PATCH', `/workspaces/${ws.workspaceId}`, { settings: { modules: ['shop', 'clinic'] } });
  expect(clinic.statusCode, clinic.body).toBe(200);
}, 120_000);
afterAll(() => app?.dispose());

const ok = (res: { statusCode: number; body: string }, status: number) => expect(res.statusCode, res.body).toBe(status);

function multipart(data: Buffer, filename: string, type: string) {
  const boundary = `----nexova${randomUUID()}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n`),
    Buffer.from(`Content-Type: ${type}\r\n\r\n`),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

const upload = (url: string, data: Buffer, filename: string) => {
  const body = multipart(data, filename, 'image/png');
  return app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: { ...ws.headers, 'idempotency-key': randomUUID(), 'content-type': body.contentType },
    payload: body.payload,
  });
};

describe('person export', () => {
  it('archives everything the read endpoints show about the person, with their files', async () => {
    const patient = await call('POST', '/patients', {
      person: { name: 'Lívia Export', phone: '+5511987650044', documents: [{ type: 'cpf', number: '52998224725' }] },
      allergies: [{ name: 'Lactose', severity: 'mild' }],
    });
    ok(patient, 201);
    const personId = patient.json().person_id as string;
    ok(
      await call('POST', `/customers/${personId}/addresses`, {
        line1: 'Rua Export 1',
        city: 'Campinas',
        country: 'BR',
      }),
      201,
    );
    ok(await call('POST', `/patients/${patient.json().id}/notes`, { body: 'Retorno em 30 dias.' }), 201);
    ok(await upload(`/patients/${patient.json().id}/attachments`, PNG, 'exame-livia.png'), 201);
    ok(
      await call('PUT', `/people/${personId}/consents/marketing_whatsapp`, {
        status: 'granted',
        legal_basis: 'consent',
        source: 'staff',
        expected_version: 0,
      }),
      200,
    );
    const sku = randomUUID().slice(0, 8);
    const product = (
      await call('POST', '/products', { name: 'Kit', currency: 'BRL', variants: [{ sku, price: 2500 }] })
    ).json();
    const order = await call('POST', '/orders', {
      customer_id: personId,
      lines: [{ variant_id: product.variants[0].id, quantity: 1 }],
    });
    ok(order, 201);
    const payment = await call('POST', `/orders/${order.json().id}/payments`, { amount: 2500, method: 'transfer' });
    ok(payment, 201);
    ok(await upload(`/payments/${payment.json().id}/attachments`, PNG, 'pix-livia.png'), 201);
    const channel = await call('POST', '/channels', { kind: 'simulator', name: 'Simulator' });
    ok(channel, 201);
    ok(
      await call('POST', `/channels/${channel.json().id}/simulator/messages`, {
        phone: '+5511987650044',
        text: 'Oi, quero meus dados',
      }),
      202,
    );
    await until(
      async () => (await call('GET', `/conversations?person_id=${personId}`)).json().items as unknown[],
      (items) => items.length === 1,
      'the conversation of the person',
    );

    // A Staff-like key (people:*) may not export; the owner may.
    const key = await call('POST', '/api-keys', { name: 'Staff-like', permissions: ['people:*', 'customers:*'] });
    const staff = apiClient(app, { authorization: `Bearer ${key.json().key}` });
    expect((await staff('POST', `/people/${personId}/exports`)).statusCode).toBe(403);

    const started = await call('POST', `/people/${personId}/exports`);
    ok(started, 202);
    expect(started.headers.location).toBe(`/api/v1/people/${personId}/exports/${started.json().id}`);
    const done = await until(
      async () => (await call('GET', `/people/${personId}/exports/${started.json().id}`)).json(),
      (e) => e.status === 'completed' || e.status === 'failed',
      'the export finishing',
    );
    expect(done).toMatchObject({ status: 'completed', sections_total: 6, sections_done: 6, error: null });

    const file = await app.inject({ method: 'GET', url: done.download.url });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.length).toBe(done.download.size);
    const zip = unzipSync(new Uint8Array(file.rawPayload));
    const doc = JSON.parse(strFromU8(zip['person.json'] as Uint8Array));
    // Each section is what its read endpoint answers.
    const person = (await call('GET', `/customers/${personId}`)).json();
    expect(doc.person).toMatchObject({ id: personId, name: 'Lívia Export', phone: '+5511987650044' });
    expect(doc.person.addresses).toEqual(person.addresses);
    expect(doc.person.documents).toEqual([expect.objectContaining({ type: 'cpf', number: '52998224725' })]);
    expect(doc.consents.current).toEqual([
      expect.objectContaining({ purpose: 'marketing_whatsapp', status: 'granted' }),
    ]);
    expect(doc.orders.items).toEqual([expect.objectContaining({ id: order.json().id })]);
    expect(doc.orders.items[0].payments).toEqual([expect.objectContaining({ id: payment.json().id, amount: 2500 })]);
    expect(doc.clinic.patient).toMatchObject({
      id: patient.json().id,
      allergies: [expect.objectContaining({ name: 'Lactose' })],
    });
    expect(doc.clinic.notes).toEqual([expect.objectContaining({ body: 'Retorno em 30 dias.' })]);
    expect(doc.clinic.attachments).toEqual([expect.objectContaining({ filename: 'exame-livia.png' })]);
    expect(doc.conversations).toHaveLength(1);
    expect(doc.conversations[0].messages.map((m: { text: string | null }) => m.text)).toContain('Oi, quero meus dados');
    // The files the sections link to are in the archive, byte for byte.
    const stored = Object.keys(zip).filter((name) => name.startsWith('files/'));
    expect(stored).toHaveLength(2);
    for (const name of stored) expect(Buffer.from(zip[name] as Uint8Array).equals(PNG)).toBe(true);

    // The export is audited; a tampered URL is refused; another workspace sees nothing.
    const audit = (await call('GET', '/audit?action=privacy.person_exported')).json();
    expect(audit.items).toEqual([expect.objectContaining({ target: { type: 'person', id: personId } })]);
    expect(
      (await app.inject({ method: 'GET', url: done.download.url.replace(/sig=[^&]+/, 'sig=forged') })).statusCode,
    ).toBe(403);
    const other = apiClient(app, (await signUpAndCreateWorkspace(app)).headers);
    expect((await other('GET', `/people/${personId}/exports/${started.json().id}`)).statusCode).toBe(404);
    expect((await other('POST', `/people/${personId}/exports`)).statusCode).toBe(404);
  }, 120_000); // end to end through workers, consumers and every table: generous under a loaded CI
});
