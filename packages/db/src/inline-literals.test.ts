import { describe, expect, it } from 'vitest';
import { inlineLiterals } from './inline-literals';

describe('inlineLiterals', () => {
  it('writes each placeholder as its literal, leaving strings, identifiers and comments alone', () => {
    const text = `select $1, '$2' as "$2", $2 -- $1\n/* $2 */ , a$1 from t where x = $10`;
    const params = ["o'k", 5, 0, 0, 0, 0, 0, 0, 0, null];
    expect(inlineLiterals(text, params)).toBe(
      `select 'o''k', '$2' as "$2", '5' -- $1\n/* $2 */ , a$1 from t where x = NULL`,
    );
  });

  it('quotes backslashes, renders dates, objects, arrays and bytes as node-postgres would send them', () => {
    const out = inlineLiterals('select $1, $2, $3, $4, $5', [
      'a\\b',
      new Date('2026-01-02T03:04:05.006Z'),
      { k: 'v' },
      ['x', null],
      Buffer.from([1, 255]),
    ]);
    expect(out).toContain(" E'a\\\\b'");
    expect(out).toMatch(/'2026-01-02T\d\d:04:05\.006[+-]\d\d:\d\d'/);
    expect(out).toContain(`'{"k":"v"}'`);
    expect(out).toContain(`'{"x",NULL}'`);
    expect(out).toContain(`'\\x01ff'`);
  });

  it('declines what it cannot rewrite safely: dollar quotes, E strings, unknown or too many placeholders', () => {
    expect(inlineLiterals('select $$ $1 $$', [1])).toBeUndefined();
    expect(inlineLiterals("select E'\\' $1'", [1])).toBeUndefined();
    expect(inlineLiterals('select $2', [1])).toBeUndefined();
    expect(
      inlineLiterals(
        'select 1',
        Array.from({ length: 101 }, () => 1),
      ),
    ).toBeUndefined();
  });
});
