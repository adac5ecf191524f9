import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '@nexova/app';
import { tokenFromMail } from '@nexova/identity/testing';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A local SMTP server (the smtp-server package) stands in for the real one named by SMTP_URL.
const received: { to: string[]; raw: string }[] = [];
const waiters: (() => void)[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
      for (const w of waiters.splice(0)) w();
      callback();
    });
  },
});

let app: TestApp;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  app = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Nexova <no-reply@example.com>' });
});
afterAll(async () => {
  await app?.dispose();
  await new Promise<void>((resolve) => server.close(resolve));
});

const post = (url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, payload: payload as object, headers: { 'idempotency-key': randomUUID() } });

describe('mail over SMTP', () => {
  it('delivers the reset link through SMTP_URL, and the link works', async () => {
    const email = `smtp-${randomUUID()}@example.com`;
    await post('/api/v1/auth/register', {
      email,
      password: 'correct horse battery staple',
      first_name: 'S',
      last_name: 'M',
    });
    const arrived = new Promise<void>((resolve) => waiters.push(resolve));
    expect((await post('/api/v1/auth/forgot-password', { email })).statusCode).toBe(202);
    await arrived;
    const mail = received.find((m) => m.to.includes(email));
    expect(mail?.raw).toContain('Subject: Reset your Nexova password');
    const decoded = (mail?.raw ?? '').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const token = tokenFromMail(decoded);
    expect(token).toBeTruthy();
    expect((await post('/api/v1/auth/reset-password', { token, password: 'a brand new passphrase' })).statusCode).toBe(
      204,
    );
  });
});
