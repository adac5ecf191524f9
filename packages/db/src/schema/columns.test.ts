import { getTableConfig, pgTable, uuid } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { createdAtColumn, timestamps, versionColumn } from './columns';

const probe = () => pgTable('probe', { id: uuid().primaryKey(), ...versionColumn(), ...timestamps() }, () => []);

describe('bookkeeping columns', () => {
  it('version integer not null default 1; created_at / updated_at timestamptz not null default now()', () => {
    const columns = Object.fromEntries(
      getTableConfig(probe()).columns.map((c) => [c.name, [c.getSQLType(), c.notNull, c.hasDefault]]),
    );
    expect(columns).toEqual({
      id: ['uuid', true, false],
      version: ['integer', true, true],
      // snake_case (created_at) comes from the casing the database and drizzle-kit are configured with
      createdAt: ['timestamp with time zone', true, true],
      updatedAt: ['timestamp with time zone', true, true],
    });
    expect(getTableConfig(probe()).columns.find((c) => c.name === 'version')?.default).toBe(1);
  });

  it('createdAtColumn is created_at alone', () => {
    expect(Object.keys(createdAtColumn())).toEqual(['createdAt']);
    expect(Object.keys(timestamps())).toEqual(['createdAt', 'updatedAt']);
  });

  it('every call returns fresh builders, so two tables never share a column', () => {
    expect(timestamps().createdAt).not.toBe(timestamps().createdAt);
    expect(versionColumn().version).not.toBe(versionColumn().version);
  });
});
