import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { expect, it } from 'vitest';
import { inlineParams } from './inline-params';

const text = (query: ReturnType<typeof sql>) => new PgDialect().sqlToQuery(query);

it('writes strings quoted and integers as they are, leaving no parameter', () => {
  const name = "o'brien";
  const out = text(inlineParams(sql`select * from t where a = ${name} and b = ${42} and c in (${'x'}, ${'y'})`));
  expect(out.params).toEqual([]);
  expect(out.sql).toBe(`select * from t where a = 'o''brien' and b = 42 and c in ('x', 'y')`);
});

it('numbers parameters past nine correctly', () => {
  const values = Array.from({ length: 11 }, (_, i) => i + 1);
  const out = text(
    inlineParams(
      sql`select ${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}`,
    ),
  );
  expect(out.sql).toBe('select 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11');
});

it('refuses what it cannot write safely inline', () => {
  expect(() => inlineParams(sql`select ${1.5}`)).toThrow(/only strings and integers/);
  expect(() => inlineParams(sql`select ${new Date(0)}`)).toThrow(/only strings and integers/);
  expect(() => inlineParams(sql`select ${null}`)).toThrow(/only strings and integers/);
});
