import { type AppContext, afterCommit, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, versionRaceLost } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { CatalogKind, EffectiveEntry } from '../contracts/entry';
import { overrideChanged } from '../contracts/events/catalog-events.v1';
import { lockOverride, mustLoadEntry } from '../db/entry-store';
import { overrides } from '../db/schema';
import type { CatalogCache } from '../domain/catalog-cache';
import { effectiveEntry } from '../domain/effective-entry';
import { localeChainIn } from './read-workspace-catalog';

export type ClearOverrideInput = {
  /** When given, an entry of another catalog is 404 too. */
  catalog?: CatalogKind;
  entryId: string;
  expectedVersion?: number;
  locale?: string | null;
};

// Drops the workspace's override of a global entry: every field follows the global entry again.
// The override row is cleared, not deleted, so the entry's version (global + override) keeps
// growing and an old ETag never becomes current again. Clearing nothing changes nothing.
export async function clearOverride({
  ctx,
  input,
  cache,
}: {
  ctx: AppContext;
  input: ClearOverrideInput;
  cache?: CatalogCache;
}): Promise<EffectiveEntry> {
  const workspaceId = workspaceOf(ctx);
  return withTransaction(ctx, async (t) => {
    const entry = await mustLoadEntry(t, input.catalog, input.entryId);
    const current = entry.workspaceId ? null : await lockOverride(t, entry.id);
    const read = entry.version + (current?.version ?? 0);
    assertExpectedVersion(read, input.expectedVersion, `Catalog entry ${entry.id}`);
    const chain = await localeChainIn(t, input.locale ?? null);
    const before = effectiveEntry(entry, current, chain);
    if (!current || before.overridden.length === 0) return before;
    const [row] = await t.tx
      .update(overrides)
      .set({
        hidden: false,
        alias: null,
        durationMinutes: null,
        priceAmount: null,
        currency: null,
        preparationNotes: null,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(overrides.workspaceId, workspaceId),
          eq(overrides.entryId, entry.id),
          eq(overrides.version, current.version),
        ),
      )
      .returning();
    if (!row) versionRaceLost(read, input.expectedVersion, `Catalog entry ${entry.id}`);
    const effective = effectiveEntry(entry, row, chain);
    await publish(t, overrideChanged, {
      aggregateId: entry.id,
      payload: { entry_id: entry.id, catalog: entry.kind as CatalogKind, overridden: [], version: effective.version },
    });
    afterCommit(t, () => cache?.forget(workspaceId));
    return effective;
  });
}
