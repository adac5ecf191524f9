import type { UserPrincipal } from '@nexova/http';
import type { IdentityRuntime } from '../runtime';

export type VerifyAccessTokenInput = { token: string };

// A JWT access token → the user it was issued to, or null when invalid (signature, alg, exp — which
// must be there — nbf, iss, aud), when it names no session (`sid`), or when that session has ended
// (logout, refresh-token reuse, password change or reset): checked through the session cache.
export async function verifyAccessToken({
  input,
  runtime,
}: {
  input: VerifyAccessTokenInput;
  runtime: IdentityRuntime;
}): Promise<UserPrincipal | null> {
  const claims = await runtime.keys.verify(input.token);
  if (!claims || typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return null;
  if (!(await runtime.sessions.isLive(claims.sid, claims.sub))) return null;
  return { type: 'user', id: claims.sub, isPlatformAdmin: claims.adm === true, sessionId: claims.sid };
}
