import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from './client';
import { openDatabase } from './client';
import { MIGRATIONS_FOLDER } from './paths';
import { isDatabaseUnavailable } from './unavailable';

// A burst that queues for a full pool past the connect timeout answers like an outage (503), but it
// is not one: the database stays "reachable", so background loops (event consumers, timers) that
// wait out outages keep running.

let test: TestDatabase;
let small: DatabaseHandle;
beforeAll(async () => {
  test = await createTestDatabase();
  small = await openDatabase({
    url: test.url,
    appRole: 'nexova_app',
    migrationsFolder: MIGRATIONS_FOLDER,
    poolMax: 1,
    connectTimeoutMs: 300,
  });
});
afterAll(async () => {
  await small?.close();
  await test?.dispose();
});

it('a query that waited too long for a busy pool fails as unavailable, yet the database stays reachable', async () => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let entered = () => {};
  const inside = new Promise<void>((resolve) => (entered = resolve));
  // The pool's only connection, held open in a transaction until the queued query has given up.
  const holder = small.db.transaction(async (tx) => {
    await tx.execute(sql`select 1`);
    entered();
    await held;
  });
  await inside;
  const queued = await small.db.execute(sql`select 1`).then(
    () => null,
    (error: unknown) => error,
  );
  release();
  await holder;
  expect(queued).toBeInstanceOf(Error);
  expect(isDatabaseUnavailable(queued)).toBe(true);
  expect(small.availability.reachable).toBe(true);
  // And the pool serves again at once.
  await expect(small.db.execute(sql`select 1`)).resolves.toBeDefined();
});
