import { ValidationError } from '@nexova/kernel';

// Opaque page cursors: base64url of the last row's key. A tampered cursor is a 400 naming `cursor`.

export const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f-]{36}$/.test(key))
    throw new ValidationError('The cursor is not valid.', [
      { pointer: '/cursor', in: 'query', message: 'is not a cursor this API issued' },
    ]);
  return key;
}
