import { queryRows, withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { claimKey, isNotSaved, saveRecord } from './idempotency-store';

// The record store on its own. On PostgreSQL the claim travels with BEGIN and the scope, and the
// record with the COMMIT (so its refusal fails the commit); on PGlite each runs where it is called.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.dispose());

const WS = '0190c3a4-0000-7000-8000-0000000000c1';
const ctx = () => ({ ...systemContext(WS), db: database.db });
const record = (key: string, body: string) => ({
  scope: `${WS}|user:u1`,
  key,
  workspaceId: WS,
  fingerprint: 'f1',
  status: 201,
  headers: { 'content-type': 'application/json', quote: "it's \\ here" },
  body,
  ttlHours: 24,
});

it('stores a record with the commit and finds it on the next claim, quotes and backslashes intact', async () => {
  const key = "k'1\\x";
  await withTransaction(ctx(), async ({ tx }) => {
    expect(await claimKey(tx, `${WS}|user:u1`, key)).toEqual({ locked: true, existing: undefined });
    await saveRecord(tx, record(key, '{"a":"\\u0027 \'"}'));
  });
  const found = await withTransaction(ctx(), ({ tx }) => claimKey(tx, `${WS}|user:u1`, key));
  expect(found.existing).toEqual({
    fingerprint: 'f1',
    status: 201,
    headers: { 'content-type': 'application/json', quote: "it's \\ here" },
    body: '{"a":"\\u0027 \'"}',
  });
});

it('refuses to overwrite a live record: the transaction fails whole, recognisably', async () => {
  const failed = await withTransaction(ctx(), async ({ tx }) => {
    await saveRecord(tx, record('k2', 'first'));
    await saveRecord(tx, record('k2', 'second'));
  }).catch((error: unknown) => error);
  expect(isNotSaved(failed)).toBe(true);
  const rows = await withTransaction(ctx(), ({ tx }) =>
    queryRows(tx, sql`select body from http.idempotency_keys where key = ${'k2'}`),
  );
  expect(rows).toEqual([]); // rolled back, the first save too
});
