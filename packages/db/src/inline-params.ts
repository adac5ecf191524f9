import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { literal } from './statement-batch';

const dialect = new PgDialect();

/** One parameter as SQL text: a string quoted, an integer as it is; anything else is refused. */
function asLiteral(value: unknown): string {
  if (typeof value === 'string') return literal(value);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  throw new Error(`inlineParams: only strings and integers are written inline, not ${typeof value}`);
}

/**
 * The same statement with its parameters written as literals (strings quoted, integers as they
 * are): text without parameters, which on PostgreSQL rides with a held-back BEGIN and workspace
 * scope (statement-batch.ts) instead of following them in a round trip of its own — at the price of
 * being parsed and planned every time (no prepared form). For a transaction's first statement only,
 * whose parameters are all strings or integers and whose text has no `$n` inside a quoted string.
 */
export function inlineParams(query: SQL): SQL {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return sql.raw(text.replace(/\$(\d+)\b/g, (_, n: string) => asLiteral(params[Number(n) - 1])));
}
