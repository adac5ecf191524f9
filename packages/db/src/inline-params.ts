import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { DEFER_WRITE, literal } from './statement-batch';

const dialect = new PgDialect();

/** One parameter as SQL text: a string quoted, an integer as it is; anything else is refused. */
function asLiteral(value: unknown): string {
  if (typeof value === 'string') return literal(value);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  throw new Error(`inlineParams: only strings and integers are written inline, not ${typeof value}`);
}

/** asLiteral, and also null and booleans (a deferred write's values: drizzle sends dates and json as strings). */
function asWriteLiteral(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  return asLiteral(value);
}

/**
 * The same statement with its parameters written as literals (strings quoted, integers as they
 * are): text without parameters, which on PostgreSQL rides with a held-back BEGIN and workspace
 * scope (statement-batch.ts) instead of following them in a round trip of its own — at the price of
 * being parsed and planned every time (no prepared form). For a transaction's first statement only,
 * whose parameters are all strings or integers and whose text has no `$n` inside a quoted string.
 */
export function inlineParams(query: SQL): SQL {
  return sql.raw(inlined(query));
}

/** The query's text with each `$n` replaced by its parameter as a literal. */
function inlined(query: SQL | Built, literalOf = asLiteral): string {
  const { sql: text, params } = 'toSQL' in query ? query.toSQL() : dialect.sqlToQuery(query);
  return text.replace(/\$(\d+)\b/g, (_, n: string) => literalOf(params[Number(n) - 1]));
}

/** A drizzle query builder (update, insert, delete): its text and parameters. */
type Built = { toSQL(): { sql: string; params: unknown[] } };

/**
 * A write nobody reads the answer of (the row is known; the caller holds its lock, so it cannot
 * fail on its own account), marked DEFER with its parameters written inline: on PostgreSQL it rides
 * with the transaction's next statement (or its COMMIT) instead of taking a round trip of its own.
 * An error it raises surfaces at that next statement — at the latest when its savepoint is
 * released (DEFER_WRITE) — and fails the transaction (or that savepoint). Takes SQL or a
 * drizzle builder; its values may be strings, integers, booleans or null.
 */
export function deferred(query: SQL | Built): SQL {
  return sql.raw(`${DEFER_WRITE}${inlined(query, asWriteLiteral)}`);
}
