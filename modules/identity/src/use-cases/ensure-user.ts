import { randomBytes } from 'node:crypto';
import { type AppContext, queryable, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { newId } from '@nexova/kernel';
import { eq } from 'drizzle-orm';
import { originOf, userRegistered } from '../contracts/events';
import { users } from '../db/schema';
import { hashPassword } from '../domain/passwords';
import { normalizeEmail } from '../domain/secrets';

export type EnsureUserInput = { email: string; firstName: string; lastName: string; isPlatformAdmin: boolean };

// For seeding: the user with this email, created with a random password when missing (the password
// is returned only then, to be shown once).
export async function ensureUser({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: EnsureUserInput;
}): Promise<{ user: { id: string; email: string }; password: string | null }> {
  const email = normalizeEmail(input.email);
  const [existing] = await queryable(ctx)
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.email, email));
  if (existing) return { user: existing, password: null };
  const password = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  return withTransaction(ctx, async (t) => {
    const id = newId();
    const [user] = await t.tx
      .insert(users)
      .values({ ...input, id, email, passwordHash })
      .onConflictDoNothing()
      .returning({ id: users.id, email: users.email });
    if (!user) {
      const [raced] = await t.tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, email));
      if (!raced) throw new Error('user vanished');
      return { user: raced, password: null };
    }
    await publish(t, userRegistered, {
      aggregateId: id,
      workspaceId: null,
      payload: { user_id: id, email, ...originOf(t) },
    });
    return { user, password };
  });
}
