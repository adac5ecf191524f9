import { describe, expect, it } from 'vitest';
import { open, seal } from './secret-box';

describe('secret box', () => {
  const secret = 'a-test-secret-that-is-long-enough-123';
  it('round-trips and never stores the plaintext', () => {
    const sealed = seal('{"d":"private"}', secret);
    expect(sealed).not.toContain('private');
    expect(open(sealed, secret)).toBe('{"d":"private"}');
  });
  it('refuses the wrong secret and tampering', () => {
    const sealed = seal('hello', secret);
    expect(() => open(sealed, 'another-secret-that-is-long-enough-456')).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('jello').toString('base64url');
    expect(() => open(parts.join('.'), secret)).toThrow();
  });
});
