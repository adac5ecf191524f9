import { describe, expect, it } from 'vitest';
import { etagOf, parseEtags, versionOf } from './conditional';
import { decodeCursor, encodeCursor, pageOf, pageQuery } from './pagination';

describe('cursor pagination', () => {
  it('round-trips an opaque cursor and rejects a foreign one naming the field', () => {
    const cursor = encodeCursor(['2026-01-01T00:00:00Z', 'b7']);
    expect(decodeCursor(cursor)).toEqual(['2026-01-01T00:00:00Z', 'b7']);
    expect(decodeCursor(undefined)).toBeNull();
    expect(() => decodeCursor('not-ours')).toThrow(
      expect.objectContaining({ status: 400, errors: [expect.objectContaining({ pointer: '/cursor' })] }),
    );
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
