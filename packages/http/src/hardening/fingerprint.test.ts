import { describe, expect, it } from 'vitest';
import { fingerprintOf } from './idempotency-store';

describe('idempotency fingerprint', () => {
  it('counts a Buffer in the body by its digest: same bytes same print, other bytes another', () => {
    const body = (data: Buffer, note = 'x') => ({ file: { filename: 'r.png', data }, fields: { note } });
    const a = fingerprintOf('POST', '/api/v1/payments/:id/attachments', body(Buffer.from('one')));
    expect(fingerprintOf('POST', '/api/v1/payments/:id/attachments', body(Buffer.from('one')))).toBe(a);
    expect(fingerprintOf('POST', '/api/v1/payments/:id/attachments', body(Buffer.from('two')))).not.toBe(a);
    expect(fingerprintOf('POST', '/api/v1/payments/:id/attachments', body(Buffer.from('one'), 'y'))).not.toBe(a);
  });

  it('JSON bodies, method and route template still decide', () => {
    const a = fingerprintOf('POST', '/api/v1/orders', { lines: [1] });
    expect(fingerprintOf('POST', '/api/v1/orders', { lines: [1] })).toBe(a);
    expect(fingerprintOf('POST', '/api/v1/orders', { lines: [2] })).not.toBe(a);
    expect(fingerprintOf('POST', '/api/v1/customers', { lines: [1] })).not.toBe(a);
    expect(fingerprintOf('POST', '/api/v1/orders', undefined)).not.toBe(a);
  });
});
