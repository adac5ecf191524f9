import { integer, timestamp } from 'drizzle-orm/pg-core';

// The bookkeeping columns every table spells the same way, spread into a table's columns:
// `{ id: uuid().primaryKey(), …, ...versionColumn(), ...timestamps() }`. Functions, not constants:
// a Drizzle column builder belongs to one table, so each table needs fresh ones.

/** `created_at timestamptz not null default now()`: when the row was written. */
export const createdAtColumn = () => ({ createdAt: timestamp({ withTimezone: true }).notNull().defaultNow() });

/** `created_at` and `updated_at` (both default now(); writers set updated_at themselves). */
export const timestamps = () => ({
  ...createdAtColumn(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** `version integer not null default 1`: bumped by every write; the strong ETag and what If-Match compares. */
export const versionColumn = () => ({ version: integer().notNull().default(1) });
