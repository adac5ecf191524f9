import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { noteAudit, UnauthorizedError } from '@nexova/kernel';
import { and, eq, isNull } from 'drizzle-orm';
import { originOf, refreshTokenReused } from '../contracts/events';
import { sessions, users } from '../db/schema';
import { hashSecret } from '../domain/secrets';
import type { IdentityRuntime } from '../runtime';
import { startSession, type TokenPair } from './start-session';

export type RefreshSessionInput = { refreshToken: string };

const invalid = () =>
  new UnauthorizedError('The refresh token is invalid or expired.', { code: 'invalid_refresh_token' });

// Rotates a refresh token: single use, same family, same absolute expiry. A token that was already
// used revokes its whole family (OWASP ASVS 10.4.5) and emits an event; the row lock makes two
// concurrent uses of one token count as reuse.
export async function refreshSession({
  ctx,
  input,
  runtime,
}: {
  ctx: AppContext;
  input: RefreshSessionInput;
  runtime: IdentityRuntime;
}): Promise<TokenPair> {
  const outcome = await withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, hashSecret(input.refreshToken)))
      .for('update');
    if (!row) return { kind: 'invalid' as const };
    const actorCtx = { ...t, actor: { type: 'user' as const, id: row.userId } };
    if (row.usedAt) {
      await t.tx
        .update(sessions)
        .set({ revokedAt: new Date() })
        .where(and(eq(sessions.familyId, row.familyId), isNull(sessions.revokedAt)));
      await publish(actorCtx, refreshTokenReused, {
        aggregateId: row.userId,
        workspaceId: null,
        payload: { user_id: row.userId, session_family_id: row.familyId, ...originOf(t) },
      });
      // A used refresh token came back (stolen?): the whole family is revoked — worth a look.
      noteAudit(t, {
        action: 'auth.token_family_revoked',
        category: 'auth',
        severity: 'critical',
        target: { type: 'session_family', id: row.familyId },
      });
      return { kind: 'reused' as const, familyId: row.familyId };
    }
    if (row.revokedAt || row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' as const };
    await t.tx.update(sessions).set({ usedAt: new Date() }).where(eq(sessions.id, row.id));
    const [user] = await t.tx.select().from(users).where(eq(users.id, row.userId));
    if (!user) return { kind: 'invalid' as const };
    const family = { id: row.familyId, expiresAt: row.expiresAt };
    const { familyId: _f, ...pair } = await startSession({ ctx: actorCtx, input: { user, family }, runtime });
    return { kind: 'ok' as const, pair };
  });
  // Thrown after commit so the family revocation and its event are kept; its access tokens end too.
  if (outcome.kind === 'reused') runtime.sessions.forgetFamily(outcome.familyId);
  if (outcome.kind !== 'ok') throw invalid();
  return outcome.pair;
}
