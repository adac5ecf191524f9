import type { UserPrincipal } from '@nexova/http';
import type { IdentityRuntime } from '../runtime';

// A JWT access token → the user it was issued to, or null when invalid (signature, alg, exp, nbf, iss, aud).
export async function verifyAccessToken(runtime: IdentityRuntime, token: string): Promise<UserPrincipal | null> {
  const claims = await runtime.keys.verify(token);
  if (!claims || typeof claims.sub !== 'string') return null;
  return {
    type: 'user',
    id: claims.sub,
    isPlatformAdmin: claims.adm === true,
    sessionId: typeof claims.sid === 'string' ? claims.sid : null,
  };
}
