import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors';
import { decodeIdCursor, encodeIdCursor, idPage } from './id-cursor';

describe('id cursors', () => {
  it('round-trips an id and refuses cursors it did not issue', () => {
    const id = '0190f1c2-7d3a-7b41-9e4c-dddddddddddd';
    expect(decodeIdCursor(encodeIdCursor(id))).toBe(id);
    expect(decodeIdCursor(undefined)).toBeUndefined();
    expect(() => decodeIdCursor('bm90LWFuLWlk')).toThrow(ValidationError);
  });

  it('cuts a limit+1 fetch into a page and the next cursor', () => {
    const rows = ['a', 'b', 'c'].map((c) => ({ id: `0190f1c2-7d3a-7b41-9e4c-${c.repeat(12)}` }));
    expect(idPage(rows, 2)).toEqual({ page: rows.slice(0, 2), next: encodeIdCursor(rows[1]?.id as string) });
    expect(idPage(rows, 3)).toEqual({ page: rows, next: null });
  });
});
