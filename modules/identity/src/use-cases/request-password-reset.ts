import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import type { Locale } from '@nexova/http';
import { newId } from '@nexova/kernel';
import { eq } from 'drizzle-orm';
import { originOf, passwordResetRequested } from '../contracts/events';
import { passwordResets, users } from '../db/schema';
import { hashSecret, newSecret, normalizeEmail } from '../domain/secrets';
import { resetMail } from '../mail/reset-mail';
import type { IdentityRuntime } from '../runtime';

export type RequestPasswordResetInput = { email: string; locale?: Locale };

// Sends a single-use reset link (valid PASSWORD_RESET_TTL_SECONDS) when the email has an account;
// the caller always answers 202 so accounts cannot be enumerated. Mail goes out after commit, in
// `locale` (the caller's Accept-Language), linking to the /reset-password page.
export async function requestPasswordReset({
  ctx,
  input,
  runtime,
}: {
  ctx: AppContext;
  input: RequestPasswordResetInput;
  runtime: IdentityRuntime;
}): Promise<void> {
  const email = normalizeEmail(input.email);
  const token = newSecret('nxp_');
  const user = await withTransaction(ctx, async (t) => {
    const [found] = await t.tx.select().from(users).where(eq(users.email, email));
    if (!found) return null;
    await t.tx.insert(passwordResets).values({
      id: newId(),
      userId: found.id,
      tokenHash: hashSecret(token),
      expiresAt: new Date(Date.now() + runtime.settings.resetTtlSeconds * 1000),
    });
    await publish(t, passwordResetRequested, {
      aggregateId: found.id,
      workspaceId: null,
      payload: { user_id: found.id, ...originOf(t) },
    });
    return found;
  });
  if (!user) return;
  const minutes = Math.round(runtime.settings.resetTtlSeconds / 60);
  const { publicUrl } = runtime.settings;
  await runtime.mailer.send(
    resetMail({ to: user.email, name: user.firstName, minutes, publicUrl, token, locale: input.locale ?? 'en' }),
  );
}
