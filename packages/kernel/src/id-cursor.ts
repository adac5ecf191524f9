import { ValidationError } from './errors';

// Keyset pagination over time-ordered UUIDv7 ids: the cursor is the last id of a page, opaque to
// clients (base64url). Lists order by id descending and continue with `id < after`.

export function encodeIdCursor(id: string): string {
  return Buffer.from(id).toString('base64url');
}

/** The id a cursor stands for; a cursor this API did not issue is a 400 naming the `cursor` parameter. */
export function decodeIdCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f-]{36}$/.test(id))
    throw new ValidationError('The cursor is not valid.', [
      { pointer: '/cursor', in: 'query', message: 'is not a cursor this API issued' },
    ]);
  return id;
}

/** The page of `rows` (fetched with limit + 1) and the cursor of the next page, if there is one. */
export function idPage<T extends { id: string }>(rows: T[], limit: number): { page: T[]; next: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, next: rows.length > limit && last ? encodeIdCursor(last.id) : null };
}
