import { describe, expect, it } from 'vitest';
import { sniffReceipt } from './sniff';

describe('sniffReceipt', () => {
  it('recognises JPEG, PNG, WebP and PDF by their first bytes', () => {
    expect(sniffReceipt(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))?.mime).toBe('image/jpeg');
    expect(sniffReceipt(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.mime).toBe('image/png');
    expect(sniffReceipt(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]))?.ext).toBe(
      'webp',
    );
    expect(sniffReceipt(Buffer.from('%PDF-1.7\n'))?.mime).toBe('application/pdf');
  });

  it('refuses anything else, however it is named', () => {
    expect(sniffReceipt(Buffer.from('<html>not a png</html>'))).toBeNull();
    expect(sniffReceipt(Buffer.from('RIFF....WAVE'))).toBeNull();
    expect(sniffReceipt(Buffer.alloc(0))).toBeNull();
  });
});
