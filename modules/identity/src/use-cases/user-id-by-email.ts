import { type AppContext, queryable } from '@nexova/db';
import { eq } from 'drizzle-orm';
import { users } from '../db/schema';
import { normalizeEmail } from '../domain/secrets';

export type UserIdByEmailInput = { email: string };

// The id of the account with this email, or null (for other modules: the invitation page asks
// whether the invitee must create an account). Never expose it to callers who do not own the email.
export async function userIdByEmail({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: UserIdByEmailInput;
}): Promise<string | null> {
  const [user] = await queryable(ctx)
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, normalizeEmail(input.email)))
    .limit(1);
  return user?.id ?? null;
}
