import { withTransaction } from '@nexova/db';
import { NotFoundError, newId } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { eq, sql } from 'drizzle-orm';
import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { HttpApp } from '../app';
import { expectedVersion, notModified } from './conditional';
import { buildTestApp } from './harness';
import { updateVersioned } from './versioned';

const docs = pgTable('test_docs', { id: uuid().primaryKey(), version: integer().notNull(), title: text().notNull() });
const doc = z.object({ id: z.string(), version: z.number(), title: z.string() });

// Lets a test hold PATCH handlers after they read, so two of them read the same version.
let gate: { arrived: number; expected: number; open: () => void; opened: Promise<void> } | null = null;

const routes: FastifyPluginAsyncZod = async (app) => {
  const read = async (db: HttpApp['database']['db'], id: string) => {
    const [row] = await db.select().from(docs).where(eq(docs.id, id));
    if (!row) throw new NotFoundError();
    return row;
  };
  app.get(
    '/docs/:id',
    { schema: { params: z.object({ id: z.uuid() }), response: { 200: doc } } },
    async (request, reply) => {
      const row = await read(request.ctx.db, request.params.id);
      if (notModified(request, reply, row.version)) return reply;
      return row;
    },
  );
  app.patch(
    '/docs/:id',
    { schema: { params: z.object({ id: z.uuid() }), body: z.object({ title: z.string() }), response: { 200: doc } } },
    async (request, reply) => {
      const row = await read(request.ctx.db, request.params.id);
      const expected = expectedVersion(request, row.version);
      if (gate) {
        gate.arrived += 1;
        if (gate.arrived === gate.expected) gate.open();
        await gate.opened;
      }
      const updated = await withTransaction(request.ctx, (t) =>
        updateVersioned(t.tx, docs, { id: row.id, ...expected }, { title: request.body.title }),
      );
      reply.header('etag', `"${updated.version}"`);
      return updated;
    },
  );
};

let db: TestDatabase;
let app: HttpApp;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.asOwner(async (d) => {
    await d.execute(
      sql`create table public.test_docs (id uuid primary key, version integer not null, title text not null)`,
    );
    await d.execute(sql`grant select, insert, update on public.test_docs to nexova_app`);
  });
  app = await buildTestApp(db, [{ name: 'test', plugin: routes }]);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

const create = async () => {
  const id = newId();
  await db.db.insert(docs).values({ id, version: 1, title: 'first' });
  return id;
};

describe('ETags and optimistic concurrency', () => {
  it('answers a matching If-None-Match with 304 and a stale one with the resource', async () => {
    const id = await create();
    const first = await app.inject({ method: 'GET', url: `/api/v1/docs/${id}` });
    expect(first.headers.etag).toBe('"1"');
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const same = await app.inject({ method: 'GET', url: `/api/v1/docs/${id}`, headers: { 'if-none-match': '"1"' } });
    expect(same.statusCode).toBe(304);
    expect(same.body).toBe('');
    expect(same.headers.etag).toBe('"1"');
    const stale = await app.inject({ method: 'GET', url: `/api/v1/docs/${id}`, headers: { 'if-none-match': '"0"' } });
    expect(stale.statusCode).toBe(200);
  });

  it('answers 412 naming the current version on a stale If-Match, and applies a fresh one', async () => {
    const id = await create();
    const patch = (etag: string, title: string) =>
      app.inject({ method: 'PATCH', url: `/api/v1/docs/${id}`, payload: { title }, headers: { 'if-match': etag } });
    const ok = await patch('"1"', 'second');
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    const stale = await patch('"1"', 'lost');
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'version_mismatch', current_version: 2 });
    expect(stale.headers.etag).toBe('"2"');
  });

  it('without If-Match, two concurrent PATCHes that read the same version cannot both win', async () => {
    const id = await create();
    let open = () => {};
    const opened = new Promise<void>((resolve) => {
      open = resolve;
    });
    gate = { arrived: 0, expected: 2, open, opened };
    try {
      const results = await Promise.all(
        ['a', 'b'].map((title) => app.inject({ method: 'PATCH', url: `/api/v1/docs/${id}`, payload: { title } })),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(results.find((r) => r.statusCode === 409)?.json()).toMatchObject({ code: 'version_conflict' });
    } finally {
      gate = null;
    }
    const [row] = await db.db.select().from(docs).where(eq(docs.id, id));
    expect(row?.version).toBe(2);
  });
});
