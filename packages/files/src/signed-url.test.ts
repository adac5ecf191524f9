import { describe, expect, it } from 'vitest';
import { isValidKey } from './file-store';
import { urlSigner } from './signed-url';

const parse = (url: string) => {
  const u = new URL(url, 'http://x');
  return {
    key: u.pathname.replace(/^\/files\//, ''),
    expires: u.searchParams.get('expires') ?? '',
    sig: u.searchParams.get('sig') ?? '',
  };
};

describe('signed file URLs', () => {
  const signer = urlSigner({ secret: 'x'.repeat(32), ttlSeconds: 60 });
  const now = new Date('2026-01-10T12:00:00Z');

  it('verifies until they expire', () => {
    const { url } = signer.sign('receipts/a/b.pdf', now);
    expect(signer.verify(parse(url), now)).toBe('ok');
    expect(signer.verify(parse(url), new Date(now.getTime() + 59_000))).toBe('ok');
    expect(signer.verify(parse(url), new Date(now.getTime() + 61_000))).toBe('expired');
  });

  it('refuses a tampered key, expiry or signature, and another secret', () => {
    const p = parse(signer.sign('receipts/a/b.pdf', now).url);
    expect(signer.verify({ ...p, key: 'receipts/a/c.pdf' }, now)).toBe('invalid');
    expect(signer.verify({ ...p, expires: String(Number(p.expires) + 3600) }, now)).toBe('invalid');
    const flipped = `${p.sig.startsWith('A') ? 'B' : 'A'}${p.sig.slice(1)}`;
    expect(signer.verify({ ...p, sig: flipped }, now)).toBe('invalid');
    expect(signer.verify({ ...p, expires: 'soon' }, now)).toBe('invalid');
    expect(urlSigner({ secret: 'y'.repeat(32), ttlSeconds: 60 }).verify(p, now)).toBe('invalid');
  });

  it('accepts only plain relative keys', () => {
    expect(isValidKey('receipts/ws/id.pdf')).toBe(true);
    expect(isValidKey('../etc/passwd')).toBe(false);
    expect(isValidKey('receipts//x')).toBe(false);
    expect(isValidKey('/abs')).toBe(false);
  });
});
