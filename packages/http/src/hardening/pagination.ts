import type { Config } from '@nexova/config';
import { ValidationError } from '@nexova/kernel';
import { z } from 'zod';

// Cursor pagination for list endpoints: the client passes back an opaque `cursor`; the server
// encodes the sort key of the last item it sent (keyset pagination, stable under inserts).

export type Page<T> = { items: T[]; next_cursor: string | null };

/** Query schema `{ limit?, cursor? }` with the configured default and maximum page size. */
export function pageQuery(config: Pick<Config, 'PAGE_SIZE_DEFAULT' | 'PAGE_SIZE_MAX'>) {
  return z.object({
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(config.PAGE_SIZE_MAX)
      .default(config.PAGE_SIZE_DEFAULT)
      .describe(`Items per page (default ${config.PAGE_SIZE_DEFAULT}, at most ${config.PAGE_SIZE_MAX}).`),
    cursor: z.string().max(512).optional().describe('`next_cursor` of the previous page; omit for the first page.'),
  });
}

/** Zod schema of a page of `item`. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    next_cursor: z.string().nullable().describe('Pass as `cursor` to get the next page; null on the last page.'),
  });

export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The sort key a cursor carries; a cursor that was not ours → 400 naming `cursor`. */
export function decodeCursor(cursor: string | undefined): (string | number)[] | null {
  if (cursor === undefined) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.every((k) => typeof k === 'string' || typeof k === 'number')) return key;
  } catch {
    // fall through
  }
  throw new ValidationError('The cursor is not valid; pass back a next_cursor exactly.', [
    { pointer: '/cursor', in: 'query', message: 'is not a cursor this API issued' },
  ]);
}

/** Given up to `limit + 1` rows in order, the page and the cursor of its last item. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number)[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, next_cursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
