import { describe, expect, it } from 'vitest';
import { etagOf, parseEtags, versionOf } from './conditional';
import { decodeCursor, encodeCursor, pageOf, pageQuery, useCursorSecret } from './pagination';

describe('cursor pagination', () => {
  it('round-trips an opaque cursor and rejects a foreign one naming the field', () => {
    const cursor = encodeCursor(['2026-01-01T00:00:00Z', 'b7']);
    expect(decodeCursor(cursor)).toEqual(['2026-01-01T00:00:00Z', 'b7']);
    expect(decodeCursor(undefined)).toBeNull();
    expect(() => decodeCursor('not-ours')).toThrow(
      expect.objectContaining({ status: 400, errors: [expect.objectContaining({ pointer: '/cursor' })] }),
    );
  });

  it('answers 400 naming cursor when a cursor is edited, forged or signed with another key', () => {
    const namesCursor = expect.objectContaining({
      status: 400,
      errors: [expect.objectContaining({ pointer: '/cursor', in: 'query' })],
    });
    const cursor = encodeCursor(['2026-01-01T00:00:00Z', 'b7']);
    const [payload, signature] = cursor.split('.') as [string, string];
    const edited = Buffer.from(JSON.stringify(['2026-01-01T00:00:00Z', 'a0']), 'utf8').toString('base64url');
    expect(() => decodeCursor(`${edited}.${signature}`)).toThrow(namesCursor);
    expect(() => decodeCursor(payload)).toThrow(namesCursor);
    expect(() => decodeCursor(`${payload}.${signature}.x`)).toThrow(namesCursor);
    expect(() => decodeCursor(`${payload}.${signature.slice(0, -2)}AA`)).toThrow(namesCursor);
    // Replicas sharing CURSOR_SECRET accept each other's cursors; another key does not.
    useCursorSecret('a-secret-of-at-least-thirty-two-characters!');
    const shared = encodeCursor([7]);
    useCursorSecret('a-secret-of-at-least-thirty-two-characters!');
    expect(decodeCursor(shared)).toEqual([7]);
    useCursorSecret('another-secret-of-at-least-thirty-two-chars');
    expect(() => decodeCursor(shared)).toThrow(namesCursor);
    useCursorSecret(undefined);
    expect(() => decodeCursor(shared)).toThrow(namesCursor);
    expect(decodeCursor(cursor)).toEqual(['2026-01-01T00:00:00Z', 'b7']);
  });

  it('returns a next cursor only when there is another page', () => {
    const rows = [1, 2, 3].map((n) => ({ n }));
    expect(pageOf(rows, 2, (r) => [r.n])).toEqual({ items: [{ n: 1 }, { n: 2 }], next_cursor: encodeCursor([2]) });
    expect(pageOf(rows, 3, (r) => [r.n]).next_cursor).toBeNull();
  });

  it('applies the configured default and maximum page size', () => {
    const q = pageQuery({ PAGE_SIZE_DEFAULT: 50, PAGE_SIZE_MAX: 200 });
    expect(q.parse({}).limit).toBe(50);
    expect(q.parse({ limit: '7' }).limit).toBe(7);
    expect(q.safeParse({ limit: '201' }).success).toBe(false);
  });
});

describe('entity tags', () => {
  it('parses lists, wildcards and weak tags; only strong numeric tags name a version', () => {
    expect(parseEtags('"3", W/"4"')).toEqual(['"3"', 'W/"4"']);
    expect(parseEtags('*')).toBe('*');
    expect(parseEtags(undefined)).toBeUndefined();
    expect(versionOf(etagOf(12))).toBe(12);
    expect(versionOf('W/"4"')).toBeNull();
  });
});
