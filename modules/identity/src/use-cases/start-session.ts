import type { TxContext } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { sessions } from '../db/schema';
import { hashSecret, newSecret } from '../domain/secrets';
import type { IdentityRuntime } from '../runtime';

export type TokenPair = { access_token: string; refresh_token: string; expires_in: number; token_type: 'Bearer' };

export const REFRESH_PREFIX = 'nxr_';

export type SessionUser = { id: string; isPlatformAdmin: boolean };

// Issues an access token and a new refresh token in a session family (a new family at login, the
// same family with its original absolute expiry on rotation). Runs inside the caller's transaction.
export type StartSessionInput = { user: SessionUser; family?: { id: string; expiresAt: Date } };

export async function startSession({
  ctx: t,
  input,
  runtime,
}: {
  ctx: TxContext;
  input: StartSessionInput;
  runtime: IdentityRuntime;
}): Promise<TokenPair & { familyId: string }> {
  const { user, family } = input;
  const familyId = family?.id ?? newId();
  const expiresAt = family?.expiresAt ?? new Date(Date.now() + runtime.settings.refreshTtlSeconds * 1000);
  const refreshToken = newSecret(REFRESH_PREFIX);
  await t.tx.insert(sessions).values({
    id: newId(),
    familyId,
    userId: user.id,
    tokenHash: hashSecret(refreshToken),
    expiresAt,
    ip: t.ip ?? null,
    userAgent: t.userAgent ?? null,
  });
  const accessToken = await runtime.keys.sign({
    sub: user.id,
    sid: familyId,
    ...(user.isPlatformAdmin ? { adm: true } : {}),
  });
  return {
    access_token: accessToken,
    refresh_token: refreshToken,
    expires_in: runtime.settings.accessTtlSeconds,
    token_type: 'Bearer',
    familyId,
  };
}
