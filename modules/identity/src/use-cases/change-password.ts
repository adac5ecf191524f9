import { type AppContext, queryable, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { NotFoundError, ValidationError } from '@nexova/kernel';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { originOf, passwordChanged } from '../contracts/events';
import { sessions, users } from '../db/schema';
import { assertPasswordPolicy, hashPassword, verifyPassword } from '../domain/passwords';
import type { IdentityRuntime } from '../runtime';

export type ChangePasswordInput = { currentPassword: string; newPassword: string; keepSessionFamily: string | null };

// The signed-in user changes their password; every other session family is revoked.
export async function changePassword({
  ctx,
  input,
  runtime,
}: {
  ctx: AppContext;
  input: ChangePasswordInput;
  runtime: IdentityRuntime;
}): Promise<void> {
  const userId = ctx.actor.id;
  if (ctx.actor.type !== 'user' || !userId) throw new NotFoundError('The user was not found.');
  assertPasswordPolicy(input.newPassword, runtime.settings.passwordMinLength, '/new_password');
  const [user] = await queryable(ctx).select().from(users).where(eq(users.id, userId));
  if (!user) throw new NotFoundError('The user was not found.');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError('The current password is wrong.', [
      { pointer: '/current_password', in: 'body', message: 'does not match', code: 'wrong_password' },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await withTransaction(ctx, async (t) => {
    const now = new Date();
    await t.tx
      .update(users)
      .set({ passwordHash, version: sql`${users.version} + 1`, updatedAt: now })
      .where(eq(users.id, userId));
    const keep = input.keepSessionFamily;
    await t.tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(
        and(eq(sessions.userId, userId), isNull(sessions.revokedAt), keep ? ne(sessions.familyId, keep) : undefined),
      );
    await publish(t, passwordChanged, {
      aggregateId: userId,
      workspaceId: null,
      payload: { user_id: userId, via: 'change', ...originOf(t) },
    });
  });
  runtime.sessions.forgetUser(userId); // the other sessions' access tokens stop working too
}
