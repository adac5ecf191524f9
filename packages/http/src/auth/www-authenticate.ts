import { UnauthorizedError } from '@nexova/kernel';

// Every 401 names the scheme in WWW-Authenticate (RFC 9110 §11.6.1) and, for a token that was
// sent, says what to do about it (RFC 6750 §3): an expired access token → refresh it; anything
// else (revoked session, bad signature, unknown API key) → sign in again or use another key.

export const REALM = 'nexova';
export const REFRESH_PATH = '/api/v1/auth/refresh';

const quoted = (value: string) => `"${value.replace(/["\\]/g, '')}"`;

/** A 401 with `WWW-Authenticate: Bearer realm="nexova"[, error=…, error_description=…]`. */
export function unauthorized(
  error: 'invalid_request' | 'invalid_token' | null,
  detail: string,
  code: string,
  extensions?: Record<string, unknown>,
): UnauthorizedError {
  const challenge = [`Bearer realm=${quoted(REALM)}`];
  if (error) challenge.push(`error=${quoted(error)}`, `error_description=${quoted(detail)}`);
  return new UnauthorizedError(detail, {
    code,
    headers: { 'www-authenticate': challenge.join(', ') },
    ...(extensions ? { extensions } : {}),
  });
}

/** Whether a JWT's `exp` has passed, read without verifying it (it only chooses the advice given). */
export function isExpiredJwt(token: string, now = Date.now()): boolean {
  const payload = token.split('.')[1];
  if (!payload) return false;
  try {
    const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof exp === 'number' && exp * 1000 <= now;
  } catch {
    return false;
  }
}

/** The 401 for a credential that was sent but not accepted, saying whether refreshing will help. */
export function rejectedToken(token: string, kind: 'access_token' | 'api_key', now = Date.now()): UnauthorizedError {
  if (kind === 'api_key') {
    return unauthorized(
      'invalid_token',
      'The API key is invalid, revoked or expired; use another key.',
      'invalid_token',
      {
        refresh: false,
      },
    );
  }
  if (isExpiredJwt(token, now)) {
    return unauthorized(
      'invalid_token',
      `The access token expired; get a new one with your refresh token at POST ${REFRESH_PATH}.`,
      'token_expired',
      { refresh: true },
    );
  }
  return unauthorized(
    'invalid_token',
    'The access token is invalid or its session was revoked; sign in again.',
    'invalid_token',
    { refresh: false },
  );
}
