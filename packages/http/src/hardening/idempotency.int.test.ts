import { queryRows, withTransaction } from '@nexova/db';
import { ConflictError, newId } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { HttpApp } from '../app';
import { buildTestApp, hardening } from './harness';
import { idempotencyPlugin } from './idempotency';

const widget = z.object({ id: z.uuid(), name: z.string(), created: z.string() });
const routes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/widgets',
    { schema: { body: z.object({ name: z.string().min(1) }), response: { 201: widget } } },
    async (request, reply) => {
      const id = newId();
      await withTransaction(request.ctx, (t) =>
        t.tx.execute(sql`insert into public.test_widgets (id, name) values (${id}, ${request.body.name})`),
      );
      if (request.body.name.startsWith('conflict')) throw new ConflictError('Name taken.');
      reply.code(201).header('location', `/api/v1/widgets/${id}`);
      return { id, name: request.body.name, created: new Date().toISOString() };
    },
  );
  // Breaks the contract: answers itself from inside the idempotent transaction.
  app.post('/early', { schema: { body: z.object({ name: z.string() }) } }, async (request, reply) => {
    await withTransaction(request.ctx, (t) =>
      t.tx.execute(sql`insert into public.test_widgets (id, name) values (${newId()}, ${request.body.name})`),
    );
    return reply.code(201).send({ name: request.body.name });
  });
  // Slower than its handler timeout: Fastify answers 503 itself (with reply.send) while it runs.
  app.post('/slow', { handlerTimeout: 100 }, async (request) => {
    await new Promise<void>((resolve) => request.signal.addEventListener('abort', () => resolve()));
    slowFinished();
    return { late: true };
  });
  app.post('/echo', { config: { idempotent: false } }, async () => ({ ok: true }));
};

let slowFinished: () => void = () => {};
let db: TestDatabase;
let app: HttpApp;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.asOwner(async (d) => {
    await d.execute(sql`create table public.test_widgets (id uuid primary key, name text not null)`);
    await d.execute(sql`grant select, insert on public.test_widgets to nexova_app`);
  });
  app = await buildTestApp(db, [{ name: 'test', plugin: routes }], {}, [
    ...hardening,
    { name: 'idempotency', plugin: idempotencyPlugin },
  ]);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

const effects = async (name: string) =>
  Number(
    (
      await db.asOwner((d) =>
        queryRows<{ n: number }>(d, sql`select count(*)::int as n from public.test_widgets where name = ${name}`),
      )
    )[0]?.n,
  );
const post = (key: string | undefined, body: object) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/widgets',
    payload: body,
    headers: key ? { 'idempotency-key': key } : {},
  });

describe('Idempotency-Key', () => {
  it('100 concurrent POSTs with one key make one effect; the rest are 409 or a byte-identical replay', async () => {
    const name = `w-${newId()}`;
    const key = newId();
    const results = await Promise.all(Array.from({ length: 100 }, () => post(key, { name })));
    expect(await effects(name)).toBe(1);
    const created = results.filter((r) => r.statusCode === 201);
    const originals = created.filter((r) => r.headers['idempotent-replayed'] === undefined);
    expect(originals).toHaveLength(1);
    const original = originals[0];
    for (const r of created) {
      expect(r.body).toBe(original?.body);
      expect(r.headers.location).toBe(original?.headers.location);
    }
    for (const r of results.filter((x) => x.statusCode !== 201)) {
      expect(r.statusCode).toBe(409);
      expect(r.json()).toMatchObject({ code: 'idempotency_key_in_use' });
    }
    const later = await post(key, { name });
    expect(later.statusCode).toBe(201);
    expect(later.headers['idempotent-replayed']).toBe('true');
    expect(later.rawPayload.equals(original?.rawPayload ?? Buffer.alloc(0))).toBe(true);
    expect(later.headers['content-type']).toBe(original?.headers['content-type']);
  });

  it('answers 422 when the key comes back with another payload', async () => {
    const key = newId();
    expect((await post(key, { name: `a-${key}` })).statusCode).toBe(201);
    const other = await post(key, { name: `b-${key}` });
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ code: 'idempotency_key_reused' });
    expect(await effects(`b-${key}`)).toBe(0);
  });

  it('answers 400 naming the header when it is missing, and stores nothing for failures', async () => {
    const missing = await post(undefined, { name: 'x' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({
      code: 'idempotency_key_required',
      errors: [{ pointer: '/idempotency-key', in: 'headers' }],
    });
    const key = newId();
    expect((await post(key, { name: '' })).statusCode).toBe(400);
    const name = `conflict-${key}`;
    expect((await post(key, { name })).statusCode).toBe(409);
    expect(await effects(name)).toBe(0); // rolled back with its (absent) record
    // Nothing was stored, so the key is free for a corrected request.
    expect((await post(key, { name: `ok-${key}` })).statusCode).toBe(201);
  });

  it('refuses a handler that sends its own reply: it would answer before its transaction commits', async () => {
    const name = `early-${newId()}`;
    const early = () =>
      app.inject({ method: 'POST', url: '/api/v1/early', payload: { name }, headers: { 'idempotency-key': key } });
    const key = newId();
    const first = await early();
    // Deterministically a 500 (not a 201 racing the commit): nothing committed, nothing stored.
    expect(first.statusCode).toBe(500);
    expect(await effects(name)).toBe(0);
    expect((await early()).headers['idempotent-replayed']).toBeUndefined();
  });

  it("still lets Fastify's handler-timeout answer go out while the handler runs (503, no crash)", async () => {
    const finished = new Promise<void>((resolve) => {
      slowFinished = resolve;
    });
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/slow',
      payload: {},
      headers: { 'idempotency-key': newId() },
    });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ code: 'handler_timeout' });
    await finished;
  });

  it('lets routes opt out and documents the header on POST operations', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/v1/echo', payload: {} })).statusCode).toBe(200);
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const params = doc.paths['/api/v1/widgets'].post.parameters as { name: string; in: string; required: boolean }[];
    expect(params).toContainEqual(expect.objectContaining({ name: 'idempotency-key', in: 'header', required: true }));
    expect(doc.info.description).toContain('Idempotency-Key');
  });
});
