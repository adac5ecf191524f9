import { ValidationError } from '@nexova/kernel';
import { type AnyColumn, gt, lt, type SQL, sql } from 'drizzle-orm';

// Keyset pages, in (a timestamp, an id) order or in id order (UUIDv7 ids sort by creation). The
// cursor itself (signed, opaque) is @nexova/http's; these build the filter from its decoded key, so
// every list checks the key's shape the same way. The timestamp travels in the cursor as whole
// microseconds since the epoch, read by Postgres: a JS Date keeps only milliseconds, and a cursor
// rounded to them would repeat or skip rows created within the same millisecond.

const MICROS = /^\d{1,20}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A cursor this API signed but for another list (another key shape): 400 naming `cursor`.
const notThisList = () =>
  new ValidationError('The cursor is not valid; pass back a next_cursor exactly.', [
    { pointer: '/cursor', in: 'query', message: 'is not a cursor of this list' },
  ]);

/** Select this beside a row to build its cursor key: the column in epoch microseconds, as text. */
export const epochMicros = (column: AnyColumn | SQL) =>
  sql<string>`(extract(epoch from ${column}) * 1000000)::bigint::text`;

/**
 * The filter that continues after `key` (a decoded cursor `[micros, id]`) in `(at, id)` order,
 * ascending or descending; undefined on the first page. A key of another shape → 400 naming `cursor`.
 */
export function keysetAfter(
  at: AnyColumn | SQL,
  id: AnyColumn | SQL,
  key: (string | number)[] | null,
  order: 'asc' | 'desc' = 'asc',
): SQL | undefined {
  if (!key) return undefined;
  const [micros, last] = key;
  if (key.length !== 2 || !MICROS.test(String(micros)) || typeof last !== 'string' || !UUID.test(last)) {
    throw notThisList();
  }
  const bound = sql`(timestamptz 'epoch' + ${String(micros)}::bigint * interval '1 microsecond', ${last}::uuid)`;
  return order === 'asc' ? sql`(${at}, ${id}) > ${bound}` : sql`(${at}, ${id}) < ${bound}`;
}

/**
 * The filter that continues after `key` (a decoded cursor `[id]`, a UUID) in `id` order, ascending
 * or descending; undefined on the first page. A key of another shape → 400 naming `cursor`.
 */
export function keysetAfterId(
  id: AnyColumn,
  key: (string | number)[] | null,
  order: 'asc' | 'desc' = 'asc',
): SQL | undefined {
  if (!key) return undefined;
  const [last] = key;
  if (key.length !== 1 || typeof last !== 'string' || !UUID.test(last)) throw notThisList();
  return order === 'asc' ? gt(id, last) : lt(id, last);
}
