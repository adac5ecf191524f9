import { ValidationError } from '@nexova/kernel';
import { PgDialect, pgTable, uuid } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { keysetAfter, keysetAfterId } from './keyset';

const notes = pgTable('notes', { id: uuid().primaryKey(), at: uuid() });
const render = (q: ReturnType<typeof keysetAfterId>) => (q ? new PgDialect().sqlToQuery(q) : undefined);
const ID = '0190c3a4-0000-7000-8000-00000000000a';

describe('keysetAfterId', () => {
  it('is no filter on the first page', () => {
    expect(keysetAfterId(notes.id, null)).toBeUndefined();
  });

  it('continues after the id, ascending or descending', () => {
    expect(render(keysetAfterId(notes.id, [ID]))).toMatchObject({ sql: '"notes"."id" > $1', params: [ID] });
    expect(render(keysetAfterId(notes.id, [ID], 'desc'))).toMatchObject({ sql: '"notes"."id" < $1', params: [ID] });
  });

  it.each([
    ['two parts (a cursor of a (created_at, id) list)', ['1700000000000000', ID]],
    ['a number', [42]],
    ['not a UUID', ['abc']],
    ['empty', []],
  ])('answers 400 naming the cursor for a key of another shape: %s', (_, key) => {
    const thrown = (() => {
      try {
        keysetAfterId(notes.id, key);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).errors?.[0]?.pointer).toBe('/cursor');
  });
});

describe('keysetAfter', () => {
  it('rejects an id-only key the same way', () => {
    expect(() => keysetAfter(notes.at, notes.id, [ID])).toThrow(ValidationError);
    expect(keysetAfter(notes.at, notes.id, null)).toBeUndefined();
  });
});
