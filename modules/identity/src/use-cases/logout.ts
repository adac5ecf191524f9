import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { noteAudit } from '@nexova/kernel';
import { and, eq, isNull } from 'drizzle-orm';
import { originOf, userLoggedOut } from '../contracts/events';
import { sessions } from '../db/schema';
import { hashSecret } from '../domain/secrets';
import type { IdentityRuntime } from '../runtime';

export type LogoutInput = { refreshToken: string };

// Ends the session family of a refresh token: its refresh tokens and its access tokens (by `sid`)
// stop working. Unknown tokens are a no-op.
export async function logout({
  ctx,
  input,
  runtime,
}: {
  ctx: AppContext;
  input: LogoutInput;
  runtime: IdentityRuntime;
}): Promise<void> {
  const familyId = await withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, hashSecret(input.refreshToken)));
    if (!row) return null;
    const revoked = await t.tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.familyId, row.familyId), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    if (revoked.length === 0) return row.familyId;
    noteAudit(t, { target: { type: 'session_family', id: row.familyId } });
    await publish({ ...t, actor: { type: 'user', id: row.userId } }, userLoggedOut, {
      aggregateId: row.userId,
      workspaceId: null,
      payload: { user_id: row.userId, session_family_id: row.familyId, ...originOf(t) },
    });
    return row.familyId;
  });
  if (familyId) runtime.sessions.forgetFamily(familyId);
}
