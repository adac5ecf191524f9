import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Config } from '@nexova/config';
import { ValidationError } from '@nexova/kernel';
import { z } from 'zod';

// Cursor pagination for list endpoints: the client passes back an opaque `cursor`; the server
// encodes the sort key of the last item it sent (keyset pagination, stable under inserts). A cursor
// is `<payload>.<HMAC-SHA256 of the payload>`, both base64url: an edited or forged one answers 400.

export type Page<T> = { items: T[]; next_cursor: string | null };

// The signing key. buildHttpApp sets it from CURSOR_SECRET (or a key derived from NEXOVA_SECRET_KEY);
// without either, a random key per process: cursors then do not survive a restart or cross replicas.
const processKey = randomBytes(32);
let cursorKey: Buffer = processKey;

/** Sets the key cursors are signed with (the app builder calls it with the configured secret). */
export function useCursorSecret(secret: string | undefined): void {
  cursorKey = secret ? createHmac('sha256', secret).update('nexova:cursors:v1').digest() : processKey;
}

const mac = (payload: string) => createHmac('sha256', cursorKey).update(payload).digest();

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
    cursor: z
      .string()
      .max(512)
      .optional()
      .describe('`next_cursor` of the previous page, passed back unchanged; omit for the first page.'),
  });
}

/** Zod schema of a page of `item`. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    next_cursor: z
      .string()
      .nullable()
      .describe('Opaque: pass it as `cursor` to get the next page; null on the last page.'),
  });

/** An opaque, signed cursor carrying a sort key. */
export function encodeCursor(key: (string | number)[]): string {
  const payload = Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
  return `${payload}.${mac(payload).toString('base64url')}`;
}

const invalidCursor = () =>
  new ValidationError('The cursor is not valid; pass back a next_cursor exactly as it was given.', [
    { pointer: '/cursor', in: 'query', message: 'is not a cursor this API issued', code: 'invalid_cursor' },
  ]);

/** The sort key a cursor carries; a cursor that was not ours or was edited → 400 naming `cursor`. */
export function decodeCursor(cursor: string | undefined): (string | number)[] | null {
  if (cursor === undefined) return null;
  const [payload = '', signature = '', extra] = cursor.split('.');
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(payload);
  if (extra !== undefined || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw invalidCursor();
  }
  try {
    const key = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.every((k) => typeof k === 'string' || typeof k === 'number')) return key;
  } catch {
    // fall through
  }
  throw invalidCursor();
}

/** Given up to `limit + 1` rows in order, the page and the cursor of its last item. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number)[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, next_cursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
