import { type AppContext, queryable, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { noteAudit, UnauthorizedError } from '@nexova/kernel';
import { eq } from 'drizzle-orm';
import { loginFailed, originOf, userLoggedIn } from '../contracts/events';
import { users } from '../db/schema';
import { verifyPassword } from '../domain/passwords';
import { normalizeEmail } from '../domain/secrets';
import type { IdentityRuntime } from '../runtime';
import { startSession, type TokenPair } from './start-session';

export type LoginInput = { email: string; password: string };

// Email + password → a token pair and a new session family. An unknown email costs the same
// argon2 time as a wrong password and gets the same answer.
export async function login({
  ctx,
  input,
  runtime,
}: {
  ctx: AppContext;
  input: LoginInput;
  runtime: IdentityRuntime;
}): Promise<TokenPair> {
  const email = normalizeEmail(input.email);
  const [user] = await queryable(ctx).select().from(users).where(eq(users.email, email)).limit(1);
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok) {
    // Its audit entry commits with the event (no e-mail in it: the event keeps that, the trail not).
    noteAudit(ctx, {
      action: 'auth.login_failed',
      severity: 'warning',
      target: { type: 'user', id: user?.id ?? null },
    });
    await withTransaction(ctx, (t) =>
      publish(t, loginFailed, {
        aggregateId: user?.id ?? email,
        workspaceId: null,
        payload: { user_id: user?.id ?? null, email, ...originOf(t) },
      }),
    );
    throw new UnauthorizedError('The email or password is wrong.', { code: 'invalid_credentials' });
  }
  noteAudit(ctx, { target: { type: 'user', id: user.id } });
  return withTransaction({ ...ctx, actor: { type: 'user', id: user.id } }, async (t) => {
    const { familyId, ...pair } = await startSession({ ctx: t, input: { user }, runtime });
    await publish(t, userLoggedIn, {
      aggregateId: user.id,
      workspaceId: null,
      payload: { user_id: user.id, session_family_id: familyId, ...originOf(t) },
    });
    return pair;
  });
}
