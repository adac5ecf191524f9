import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { and, eq, isNull } from 'drizzle-orm';
import { originOf, userLoggedOut } from '../contracts/events';
import { sessions } from '../db/schema';
import { hashSecret } from '../domain/secrets';

export type LogoutInput = { refreshToken: string };

// Ends the session family of a refresh token (every token of it stops working). Unknown tokens are a no-op.
export async function logout({ ctx, input }: { ctx: AppContext; input: LogoutInput }): Promise<void> {
  await withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, hashSecret(input.refreshToken)));
    if (!row) return;
    const revoked = await t.tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.familyId, row.familyId), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    if (revoked.length === 0) return;
    await publish({ ...t, actor: { type: 'user', id: row.userId } }, userLoggedOut, {
      aggregateId: row.userId,
      workspaceId: null,
      payload: { userId: row.userId, sessionFamilyId: row.familyId, ...originOf(t) },
    });
  });
}
