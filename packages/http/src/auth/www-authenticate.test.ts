import { describe, expect, it } from 'vitest';
import { isExpiredJwt, rejectedToken } from './www-authenticate';

const jwt = (claims: object) =>
  ['{"alg":"EdDSA"}', JSON.stringify(claims), 'sig']
    .map((p, i) => (i < 2 ? Buffer.from(p).toString('base64url') : p))
    .join('.');

describe('401 challenges (RFC 6750)', () => {
  it('tells an expired access token to refresh', () => {
    const now = Date.UTC(2026, 0, 1);
    const expired = jwt({ exp: now / 1000 - 1 });
    expect(isExpiredJwt(expired, now)).toBe(true);
    const error = rejectedToken(expired, 'access_token', now);
    expect(error.code).toBe('token_expired');
    expect(error.extensions).toEqual({ refresh: true });
    expect(error.headers?.['www-authenticate']).toMatch(
      /^Bearer realm="nexova", error="invalid_token", error_description="The access token expired; .*\/api\/v1\/auth\/refresh\."$/,
    );
  });

  it('tells a revoked, forged or unknown credential to sign in again', () => {
    const now = Date.UTC(2026, 0, 1);
    for (const token of [jwt({ exp: now / 1000 + 60 }), 'garbage', jwt({})]) {
      const error = rejectedToken(token, 'access_token', now);
      expect(error.code).toBe('invalid_token');
      expect(error.extensions).toEqual({ refresh: false });
      expect(error.headers?.['www-authenticate']).toContain('sign in again');
    }
    expect(rejectedToken('nxk_abc', 'api_key').headers?.['www-authenticate']).toContain('API key');
  });
});
