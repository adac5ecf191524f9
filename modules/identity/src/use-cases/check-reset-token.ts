import { type AppContext, queryable } from '@nexova/db';
import { eq } from 'drizzle-orm';
import { passwordResets } from '../db/schema';
import { hashSecret } from '../domain/secrets';

export type CheckResetTokenInput = { token: string };

// Whether a reset token can still set a password (known, unused, unexpired): the reset page says
// so before asking for a new password. Reads only; resetPassword checks again under a row lock.
export async function checkResetToken({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CheckResetTokenInput;
}): Promise<boolean> {
  const [reset] = await queryable(ctx)
    .select({ usedAt: passwordResets.usedAt, expiresAt: passwordResets.expiresAt })
    .from(passwordResets)
    .where(eq(passwordResets.tokenHash, hashSecret(input.token)))
    .limit(1);
  return Boolean(reset && !reset.usedAt && reset.expiresAt.getTime() > Date.now());
}
