import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from './json-depth';

describe('nestsDeeperThan', () => {
  it('counts objects and arrays, not brackets inside strings', () => {
    expect(nestsDeeperThan('{"a":[{"b":1}]}', 3)).toBe(false);
    expect(nestsDeeperThan('{"a":[{"b":1}]}', 2)).toBe(true);
    expect(nestsDeeperThan('{"a":"[[[[[[{{{{"}', 1)).toBe(false);
    expect(nestsDeeperThan('{"a":"\\"[[[[[[","b":[]}', 2)).toBe(false);
  });

  it('sees 10,000 nested arrays without recursing', () => {
    expect(nestsDeeperThan('['.repeat(10_000) + ']'.repeat(10_000), 64)).toBe(true);
  });
});
