import { type AppContext, afterCommit, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, ConflictError, versionRaceLost } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { CatalogKind, EffectiveEntry } from '../contracts/entry';
import { overrideChanged } from '../contracts/events/catalog-events.v1';
import { lockOverride, mustLoadEntry } from '../db/entry-store';
import { overrides } from '../db/schema';
import type { CatalogCache } from '../domain/catalog-cache';
import { effectiveEntry } from '../domain/effective-entry';
import { priceFields } from '../domain/price';
import { localeChainIn } from './read-workspace-catalog';

/** The whole override: a field left out or null inherits the global value. */
export type OverrideFields = {
  hidden?: boolean;
  alias?: string | null;
  price?: number | null;
  currency?: string | null;
  durationMinutes?: number | null;
  preparationNotes?: string | null;
};

export type PutOverrideInput = OverrideFields & {
  /** When given, an entry of another catalog is 404 too. */
  catalog?: CatalogKind;
  entryId: string;
  /** The effective entry's version (If-Match): 412 when the entry or the override changed since. */
  expectedVersion?: number;
  locale?: string | null;
};

// Sets the workspace's override of a global entry (replacing the previous one whole). Only global
// entries take overrides (a workspace's own entry is edited directly: 409). Publishes
// clinical_catalogs.override.changed and empties the workspace's cached catalog on every replica.
export async function putOverride({
  ctx,
  input,
  cache,
}: {
  ctx: AppContext;
  input: PutOverrideInput;
  cache?: CatalogCache;
}): Promise<EffectiveEntry> {
  const price = priceFields(input.price, input.currency);
  const workspaceId = workspaceOf(ctx);
  return withTransaction(ctx, async (t) => {
    const entry = await mustLoadEntry(t, input.catalog, input.entryId);
    if (entry.workspaceId)
      throw new ConflictError(`Entry ${entry.id} is this workspace's own: change it with PATCH, not an override.`, {
        code: 'clinical_catalog_entry_not_global',
      });
    const current = await lockOverride(t, entry.id);
    assertExpectedVersion(entry.version + (current?.version ?? 0), input.expectedVersion, `Catalog entry ${entry.id}`);
    const fields = {
      hidden: input.hidden ?? false,
      alias: input.alias?.trim() || null,
      durationMinutes: input.durationMinutes ?? null,
      preparationNotes: input.preparationNotes?.trim() || null,
      ...price,
    };
    const [row] = current
      ? await t.tx
          .update(overrides)
          .set({ ...fields, version: current.version + 1, updatedAt: new Date() })
          .where(
            and(
              eq(overrides.workspaceId, workspaceId),
              eq(overrides.entryId, entry.id),
              eq(overrides.version, current.version),
            ),
          )
          .returning()
      : await t.tx
          .insert(overrides)
          .values({ workspaceId, entryId: entry.id, ...fields })
          .onConflictDoNothing()
          .returning();
    if (!row)
      versionRaceLost(entry.version + (current?.version ?? 0), input.expectedVersion, `Catalog entry ${entry.id}`);
    const effective = effectiveEntry(entry, row, await localeChainIn(t, input.locale ?? null));
    await publish(t, overrideChanged, {
      aggregateId: entry.id,
      payload: {
        entry_id: entry.id,
        catalog: entry.kind as CatalogKind,
        overridden: effective.overridden,
        version: effective.version,
      },
    });
    afterCommit(t, () => cache?.forget(workspaceId));
    return effective;
  });
}
