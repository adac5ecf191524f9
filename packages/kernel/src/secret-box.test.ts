import { describe, expect, it } from 'vitest';
import { isSealed, openSecret, sealSecret } from './secret-box';

describe('secret box', () => {
  it('seals and opens with the same key, refuses another key', () => {
    const key = 'k'.repeat(40);
    const sealed = sealSecret('whsec_abc', key);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('whsec_abc');
    expect(openSecret(sealed, key)).toBe('whsec_abc');
    expect(() => openSecret(sealed, 'x'.repeat(40))).toThrow();
    expect(isSealed('whsec_abc')).toBe(false);
  });
  it('refuses a tampered ciphertext', () => {
    const key = 'k'.repeat(40);
    const parts = sealSecret('hello', key).split('.');
    parts[3] = Buffer.from('jello').toString('base64url');
    expect(() => openSecret(parts.join('.'), key)).toThrow();
  });
});
