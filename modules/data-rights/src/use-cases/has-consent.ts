import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, eq } from 'drizzle-orm';
import { consents } from '../db/schema';
import type { ConsentPurpose } from '../domain/consent';

// Whether the person's current decision for `purpose` is `granted` (no record: false). What a
// marketing send checks before it goes out.
export async function hasConsent(ctx: AppContext, personId: string, purpose: ConsentPurpose): Promise<boolean> {
  return withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select({ status: consents.status })
      .from(consents)
      .where(
        and(eq(consents.workspaceId, workspaceOf(t)), eq(consents.personId, personId), eq(consents.purpose, purpose)),
      );
    return row?.status === 'granted';
  });
}
