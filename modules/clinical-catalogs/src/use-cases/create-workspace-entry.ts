import { type AppContext, afterCommit, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { ConflictError, newId } from '@nexova/kernel';
import type { CatalogKind, EffectiveEntry } from '../contracts/entry';
import { entryCreated } from '../contracts/events/catalog-events.v1';
import { countOwnEntries } from '../db/entry-store';
import { entries } from '../db/schema';
import type { CatalogCache } from '../domain/catalog-cache';
import { effectiveEntry } from '../domain/effective-entry';
import { priceFields } from '../domain/price';
import { localeChainIn } from './read-workspace-catalog';

export type CreateWorkspaceEntryInput = {
  catalog: CatalogKind;
  name: string;
  code?: string | null;
  durationMinutes?: number | null;
  price?: number | null;
  currency?: string | null;
  preparationNotes?: string | null;
  attributes?: Record<string, unknown>;
  /** The locale `name` and `preparationNotes` are written in (the caller's, else the workspace's). */
  locale?: string | null;
  /** Most entries of its own a workspace may hold (CLINICAL_CATALOG_WORKSPACE_ENTRIES_MAX). */
  maxEntries: number;
};

// Adds an entry of the workspace's own to a catalog (a service only this clinic offers, a local
// medication). Refused with 409 once the workspace holds `maxEntries` of them (counted under a
// per-workspace lock, so concurrent creations cannot overshoot).
export async function createWorkspaceEntry({
  ctx,
  input,
  cache,
}: {
  ctx: AppContext;
  input: CreateWorkspaceEntryInput;
  cache?: CatalogCache;
}): Promise<EffectiveEntry> {
  const price = priceFields(input.price, input.currency);
  const workspaceId = workspaceOf(ctx);
  return withTransaction(ctx, async (t) => {
    if ((await countOwnEntries(t)) >= input.maxEntries)
      throw new ConflictError(`The workspace already has ${input.maxEntries} catalog entries of its own.`, {
        code: 'clinical_catalog_limit_reached',
        extensions: { limit: input.maxEntries },
      });
    const chain = await localeChainIn(t, input.locale ?? null);
    const locale = chain[0] ?? 'es';
    const notes = input.preparationNotes?.trim();
    const [row] = await t.tx
      .insert(entries)
      .values({
        id: newId(),
        workspaceId,
        kind: input.catalog,
        code: input.code?.trim() || null,
        names: { [locale]: input.name.trim() },
        preparationNotes: notes ? { [locale]: notes } : null,
        durationMinutes: input.durationMinutes ?? null,
        attributes: input.attributes ?? {},
        ...price,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await publish(t, entryCreated, {
      aggregateId: row.id,
      payload: { entry_id: row.id, catalog: input.catalog, name: input.name.trim() },
    });
    afterCommit(t, () => cache?.forget(workspaceId));
    return effectiveEntry(row, null, chain);
  });
}
