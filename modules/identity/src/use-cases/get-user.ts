import type { AppContext } from '@nexova/db';
import { queryable } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { eq } from 'drizzle-orm';
import { users } from '../db/schema';
import { toUserView, type UserView } from './register-user';

export type GetUserInput = { userId: string };

// One user's public profile (for /me and for other modules, e.g. invitations); 404 when missing.
export async function getUser({ ctx, input }: { ctx: AppContext; input: GetUserInput }): Promise<UserView> {
  const [user] = await queryable(ctx).select().from(users).where(eq(users.id, input.userId));
  if (!user) throw new NotFoundError('The user was not found.');
  return toUserView(user);
}
