import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { ConflictError, newId } from '@nexova/kernel';
import { originOf, userRegistered } from '../contracts/events';
import { users } from '../db/schema';
import { assertPasswordPolicy, hashPassword } from '../domain/passwords';
import { normalizeEmail } from '../domain/secrets';
import type { IdentityRuntime } from '../runtime';

export type RegisterUserInput = {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  isPlatformAdmin?: boolean;
};

export type UserView = {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  is_platform_admin: boolean;
  /** Bumped by every write to the account: the ETag of GET /me. */
  version: number;
  created_at: Date;
};

export const toUserView = (row: typeof users.$inferSelect): UserView => ({
  id: row.id,
  email: row.email,
  first_name: row.firstName,
  last_name: row.lastName,
  is_platform_admin: row.isPlatformAdmin,
  version: row.version,
  created_at: row.createdAt,
});

// Creates an account; a taken email answers 409. The password is hashed before the transaction opens.
export async function registerUser({
  ctx,
  input,
  runtime,
}: {
  ctx: AppContext;
  input: RegisterUserInput;
  runtime: IdentityRuntime;
}): Promise<UserView> {
  assertPasswordPolicy(input.password, runtime.settings.passwordMinLength);
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return withTransaction(ctx, async (t) => {
    const [user] = await t.tx
      .insert(users)
      .values({
        id: newId(),
        email,
        passwordHash,
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        isPlatformAdmin: input.isPlatformAdmin ?? false,
      })
      .onConflictDoNothing()
      .returning();
    if (!user) throw new ConflictError('An account with this email already exists.', { code: 'email_taken' });
    await publish(t, userRegistered, {
      aggregateId: user.id,
      workspaceId: null,
      payload: { user_id: user.id, email, ...originOf(t) },
    });
    return toUserView(user);
  });
}
