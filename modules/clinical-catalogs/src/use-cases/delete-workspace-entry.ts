import { type AppContext, afterCommit, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, versionRaceLost } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { CatalogKind } from '../contracts/entry';
import { entryDeleted } from '../contracts/events/catalog-events.v1';
import { globalEntryReadOnly, mustLoadEntry } from '../db/entry-store';
import { entries } from '../db/schema';
import type { CatalogCache } from '../domain/catalog-cache';

export type DeleteWorkspaceEntryInput = { entryId: string; catalog?: CatalogKind; expectedVersion?: number };

// Deletes one of the workspace's own entries (a global one can only be hidden: 409). Records that
// referenced it (an agenda service) keep its id; reading it afterwards answers 404.
export async function deleteWorkspaceEntry({
  ctx,
  input,
  cache,
}: {
  ctx: AppContext;
  input: DeleteWorkspaceEntryInput;
  cache?: CatalogCache;
}): Promise<void> {
  const workspaceId = workspaceOf(ctx);
  await withTransaction(ctx, async (t) => {
    // No row lock: FOR UPDATE would apply the write policy and hide a global entry (404, not 409);
    // the version-conditioned write below settles races.
    const current = await mustLoadEntry(t, input.catalog, input.entryId);
    if (!current.workspaceId) throw globalEntryReadOnly(current.id);
    assertExpectedVersion(current.version, input.expectedVersion, `Catalog entry ${current.id}`);
    const deleted = await t.tx
      .delete(entries)
      .where(
        and(eq(entries.workspaceId, workspaceId), eq(entries.id, current.id), eq(entries.version, current.version)),
      )
      .returning({ id: entries.id });
    if (deleted.length === 0) versionRaceLost(current.version, input.expectedVersion, `Catalog entry ${current.id}`);
    await publish(t, entryDeleted, {
      aggregateId: current.id,
      payload: { entry_id: current.id, catalog: current.kind as CatalogKind },
    });
    afterCommit(t, () => cache?.forget(workspaceId));
  });
}
