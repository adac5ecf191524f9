import { Writable } from 'node:stream';
import { apiClient, createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { until } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Issue 14: logs never carry personal data. The app and its workers log at debug into memory while a
// customer's phone, e-mail and CPF go through every door they can: creation, search, lookups by phone
// and by document, a failed sign-in and a password reset with the e-mail, bad input holding them,
// and a WhatsApp message from the phone through the simulator and the consumers. None of the clear
// values — in any spelling the requests used — may appear in a captured line.

const lines: string[] = [];
const capture = new Writable({
  write(chunk, _encoding, done) {
    lines.push(chunk.toString());
    done();
  },
});

const PHONE = '(11) 98765-4321';
const EMAIL = 'beatriz.pii@example.com';
const CPF = '529.982.247-25';
const NEEDLES = ['98765-4321', '987654321', '11987654321', EMAIL, CPF, '52998224725'];

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({}, { workers: true, logStream: capture });
}, 120_000);
afterAll(() => app?.dispose());

describe('personal data in logs', () => {
  it('no captured log line holds the phone, e-mail or document that went through the API', async () => {
    const ws = await signUpAndCreateWorkspace(app);
    const call = apiClient(app, ws.headers);
    const customer = await call('POST', '/customers', {
      name: 'Beatriz Lima',
      phone: PHONE,
      email: EMAIL,
      documents: [{ type: 'cpf', number: CPF }],
    });
    expect(customer.statusCode, customer.body).toBe(201);
    const id = customer.json().id as string;
    expect((await call('GET', `/customers?q=${encodeURIComponent('11987654321')}`)).statusCode).toBe(200);
    expect((await call('GET', `/customers?q=${encodeURIComponent(EMAIL)}`)).statusCode).toBe(200);
    expect((await call('GET', `/customers/by-phone/${encodeURIComponent('+5511987654321')}`)).statusCode).toBe(200);
    expect((await call('GET', `/people/by-document/cpf/52998224725`)).statusCode).toBe(200);
    // The same values where they do not belong: each answered 4xx, never echoed into a log.
    expect((await call('POST', '/customers', { name: 'X', phone: EMAIL })).statusCode).toBe(400);
    expect((await call('POST', `/people/${id}/documents`, { type: 'cpf', number: CPF })).statusCode).toBe(409);
    expect((await call('POST', '/auth/login', { email: EMAIL, password: 'not-the-password-123' })).statusCode).toBe(
      401,
    );
    expect((await call('POST', '/auth/forgot-password', { email: EMAIL })).statusCode).toBeLessThan(300);
    const channel = await call('POST', '/channels', { kind: 'simulator', name: 'Simulator' });
    expect(channel.statusCode, channel.body).toBe(201);
    const sent = await call('POST', `/channels/${channel.json().id}/simulator/messages`, {
      phone: '+55 11 98765-4321',
      text: `Oi, meu e-mail é ${EMAIL} e meu CPF ${CPF}`,
    });
    expect(sent.statusCode, sent.body).toBe(202);
    await until(
      async () => (await call('GET', '/conversations')).json().items as unknown[],
      (items) => items.length === 1,
      'the conversation started by the consumer',
    );

    expect(lines.length).toBeGreaterThan(10); // the requests were logged: the search below means something
    const leaks = lines.filter((line) => NEEDLES.some((needle) => line.includes(needle)));
    expect(leaks).toEqual([]);
  });
});
