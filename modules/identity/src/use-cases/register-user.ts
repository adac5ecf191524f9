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
  firstName: string;
  lastName: string;
  isPlatformAdmin: boolean;
  /** Bumped by every write to the account: the ETag of GET /me. */
  version: number;
  createdAt: Date;
};

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
      payload: { userId: user.id, email, ...originOf(t) },
    });
    const { passwordHash: _omit, updatedAt: _u, ...view } = user;
    return view;
  });
}
