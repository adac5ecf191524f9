import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { checkEndpointTarget, guardedLookup } from './target-guard';

// The lookup the sender's sockets use: localhost resolves from the hosts file, no DNS server involved.

const lookup = (allowPrivate: boolean, all: boolean) =>
  new Promise<{ error: Error | null; address: string | LookupAddress[] }>((resolve) =>
    guardedLookup(allowPrivate)('localhost', { all }, (error, address) => resolve({ error, address })),
  );

describe('guardedLookup', () => {
  it('refuses a name that resolves to loopback unless private targets are allowed', async () => {
    const refused = await lookup(false, true);
    expect(refused.error?.message).toMatch(/^localhost resolves to .* is a loopback address$/);
    const allowed = await lookup(true, true);
    expect(allowed.error).toBeNull();
    expect((allowed.address as LookupAddress[]).length).toBeGreaterThan(0);
    const single = await lookup(true, false);
    expect(typeof single.address).toBe('string');
  });
});

describe('checkEndpointTarget', () => {
  it('judges IP literals without resolving anything', async () => {
    const policy = { allowHttp: false, allowPrivate: false };
    await expect(checkEndpointTarget('https://93.184.215.14:8443/h?x=1', policy)).resolves.toBe(
      'https://93.184.215.14:8443/h?x=1',
    );
    await expect(checkEndpointTarget('https://[::ffff:169.254.169.254]/', policy)).rejects.toMatchObject({
      status: 422,
      code: 'webhook_url_not_allowed',
    });
    await expect(checkEndpointTarget('http://127.0.0.1:9/h', { allowHttp: true, allowPrivate: true })).resolves.toBe(
      'http://127.0.0.1:9/h',
    );
  });
});
