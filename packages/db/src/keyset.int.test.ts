import { systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { and, asc, desc, sql } from 'drizzle-orm';
import { pgSchema, timestamp, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { epochMicros, keysetAfter, keysetAfterId } from './keyset';
import { queryRows } from './rows';
import { withTransaction } from './transaction';

// Keyset paging and queryRows against the real driver (PGlite, or PostgreSQL with DATABASE_URL).
const probe = pgSchema('keyset_probe');
const items = probe.table('items', { id: uuid().primaryKey(), at: timestamp({ withTimezone: true }).notNull() });

// Ten ids in order; four rows share one microsecond-precise instant, so (at, id) must break ties by id.
const ids = Array.from({ length: 10 }, (_, i) => `0190c3a4-0000-7000-8000-${String(i).padStart(12, '0')}`);
const atOf = (i: number) => (i < 4 ? '2026-01-01 00:00:00.000001+00' : `2026-01-01 00:00:0${i}.123456+00`);

let database: TestDatabase;
const ctx = () => ({ ...systemContext(null), db: database.db });

beforeAll(async () => {
  database = await createTestDatabase();
  await database.asOwner(async (db) => {
    await db.execute(sql`create schema keyset_probe`);
    await db.execute(sql`create table keyset_probe.items (id uuid primary key, at timestamptz not null)`);
    await db.execute(sql`grant usage on schema keyset_probe to nexova_app`);
    await db.execute(sql`grant select on keyset_probe.items to nexova_app`);
    // Inserted out of order: only the keyset decides the order.
    for (const i of [7, 2, 9, 0, 5, 3, 8, 1, 6, 4])
      await db.execute(sql`insert into keyset_probe.items values (${ids[i]}, ${atOf(i)})`);
  });
});
afterAll(() => database.dispose());

/** Walks every page of `size` rows the way a list use-case does (limit + 1, the last key as cursor). */
async function walk<K>(
  size: number,
  page: (after: K | null) => Promise<{ id: string; key: K }[]>,
): Promise<string[][]> {
  const pages: string[][] = [];
  let after: K | null = null;
  for (;;) {
    const rows = await page(after);
    const shown = rows.slice(0, size);
    pages.push(shown.map((r) => r.id));
    const last = shown.at(-1);
    if (rows.length <= size || !last) return pages;
    after = last.key;
  }
}

describe('keyset paging', () => {
  it('keysetAfterId walks every row once, ascending and descending', async () => {
    for (const order of ['asc', 'desc'] as const) {
      const pages = await walk<string[]>(3, (after) =>
        withTransaction(ctx(), (t) =>
          t.tx
            .select({ id: items.id })
            .from(items)
            .where(keysetAfterId(items.id, after, order))
            .orderBy(order === 'asc' ? asc(items.id) : desc(items.id))
            .limit(4)
            .then((rows) => rows.map((r) => ({ id: r.id, key: [r.id] }))),
        ),
      );
      expect(pages.map((p) => p.length)).toEqual([3, 3, 3, 1]);
      expect(pages.flat()).toEqual(order === 'asc' ? ids : [...ids].reverse());
    }
  });

  it('keysetAfter walks (created_at, id) with rows sharing a microsecond, in both directions', async () => {
    for (const order of ['asc', 'desc'] as const) {
      const pages = await walk<string[]>(2, (after) =>
        withTransaction(ctx(), (t) =>
          t.tx
            .select({ id: items.id, micros: epochMicros(items.at) })
            .from(items)
            .where(and(sql`true`, keysetAfter(items.at, items.id, after, order)))
            .orderBy(...(order === 'asc' ? [asc(items.at), asc(items.id)] : [desc(items.at), desc(items.id)]))
            .limit(3)
            .then((rows) => rows.map((r) => ({ id: r.id, key: [r.micros, r.id] }))),
        ),
      );
      expect(pages.flat()).toEqual(order === 'asc' ? ids : [...ids].reverse());
    }
  });

  it('epochMicros keeps the microseconds a JS Date would drop', async () => {
    const [row] = await queryRows<{ micros: string }>(
      database.db,
      sql`select ${epochMicros(sql`at`)} as micros from keyset_probe.items where id = ${ids[9]}`,
    );
    expect(row?.micros).toBe('1767225609123456');
  });
});

describe('queryRows', () => {
  it('answers plain rows on either driver, empty when nothing matches', async () => {
    const rows = await queryRows<{ id: string }>(
      database.db,
      sql`select id from keyset_probe.items where id = ${ids[3]}`,
    );
    expect(rows).toEqual([{ id: ids[3] }]);
    expect(await queryRows(database.db, sql`select id from keyset_probe.items where false`)).toEqual([]);
  });

  it('works on a transaction too', async () => {
    const rows = await withTransaction(ctx(), (t) =>
      queryRows<{ n: number }>(t.tx, sql`select count(*)::int as n from keyset_probe.items`),
    );
    expect(rows).toEqual([{ n: 10 }]);
  });
});
