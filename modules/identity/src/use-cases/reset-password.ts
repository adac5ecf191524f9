import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { ValidationError } from '@nexova/kernel';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { originOf, passwordChanged } from '../contracts/events';
import { passwordResets, sessions, users } from '../db/schema';
import { assertPasswordPolicy, hashPassword } from '../domain/passwords';
import { hashSecret } from '../domain/secrets';
import type { IdentityRuntime } from '../runtime';

export type ResetPasswordInput = { token: string; password: string };

// Sets a new password from a reset link; the token works once, and every session of the user ends
// (refresh and access tokens).
export async function resetPassword({
  ctx,
  input,
  runtime,
}: {
  ctx: AppContext;
  input: ResetPasswordInput;
  runtime: IdentityRuntime;
}): Promise<void> {
  assertPasswordPolicy(input.password, runtime.settings.passwordMinLength);
  const passwordHash = await hashPassword(input.password);
  const userId = await withTransaction(ctx, async (t) => {
    const [reset] = await t.tx
      .select()
      .from(passwordResets)
      .where(eq(passwordResets.tokenHash, hashSecret(input.token)))
      .for('update');
    if (!reset || reset.usedAt || reset.expiresAt.getTime() <= Date.now()) {
      throw new ValidationError('The reset link is invalid, used or expired.', [
        { pointer: '/token', in: 'body', message: 'is invalid, already used or expired', code: 'invalid_token' },
      ]);
    }
    const now = new Date();
    await t.tx.update(passwordResets).set({ usedAt: now }).where(eq(passwordResets.id, reset.id));
    await t.tx
      .update(users)
      .set({ passwordHash, version: sql`${users.version} + 1`, updatedAt: now })
      .where(eq(users.id, reset.userId));
    await t.tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.userId, reset.userId), isNull(sessions.revokedAt)));
    await publish({ ...t, actor: { type: 'user', id: reset.userId } }, passwordChanged, {
      aggregateId: reset.userId,
      workspaceId: null,
      payload: { user_id: reset.userId, via: 'reset', ...originOf(t) },
    });
    return reset.userId;
  });
  runtime.sessions.forgetUser(userId); // its access tokens stop working too
}
