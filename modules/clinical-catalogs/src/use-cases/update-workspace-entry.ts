import { type AppContext, afterCommit, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, versionRaceLost } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { CatalogKind, EffectiveEntry } from '../contracts/entry';
import { entryUpdated } from '../contracts/events/catalog-events.v1';
import { globalEntryReadOnly, mustLoadEntry } from '../db/entry-store';
import { entries } from '../db/schema';
import type { CatalogCache } from '../domain/catalog-cache';
import { effectiveEntry } from '../domain/effective-entry';
import { fieldNames } from '../domain/field-names';
import { priceFields } from '../domain/price';
import { localeChainIn } from './read-workspace-catalog';

export type UpdateWorkspaceEntryInput = {
  /** When given, an entry of another catalog is 404 too. */
  catalog?: CatalogKind;
  entryId: string;
  /** Left out: unchanged; null (where allowed): cleared. */
  name?: string;
  code?: string | null;
  durationMinutes?: number | null;
  price?: number | null;
  currency?: string | null;
  preparationNotes?: string | null;
  attributes?: Record<string, unknown>;
  expectedVersion?: number;
  locale?: string | null;
};

// Changes one of the workspace's own entries (a global one is changed through an override: 409).
// The name and notes are written in the caller's locale. Conditioned on the version read.
export async function updateWorkspaceEntry({
  ctx,
  input,
  cache,
}: {
  ctx: AppContext;
  input: UpdateWorkspaceEntryInput;
  cache?: CatalogCache;
}): Promise<EffectiveEntry> {
  const workspaceId = workspaceOf(ctx);
  return withTransaction(ctx, async (t) => {
    // No row lock: FOR UPDATE would apply the write policy and hide a global entry (404, not 409);
    // the version-conditioned write below settles races.
    const current = await mustLoadEntry(t, input.catalog, input.entryId);
    if (!current.workspaceId) throw globalEntryReadOnly(current.id);
    assertExpectedVersion(current.version, input.expectedVersion, `Catalog entry ${current.id}`);
    const chain = await localeChainIn(t, input.locale ?? null);
    const locale = chain[0] ?? 'es';
    const priceGiven = input.price !== undefined || input.currency !== undefined;
    const price = priceGiven ? priceFields(input.price, input.currency) : null;
    const notes = input.preparationNotes === undefined ? undefined : input.preparationNotes?.trim() || null;
    const next = {
      names: input.name === undefined ? current.names : { [locale]: input.name.trim() },
      code: input.code === undefined ? current.code : input.code?.trim() || null,
      durationMinutes: input.durationMinutes === undefined ? current.durationMinutes : input.durationMinutes,
      priceAmount: price ? price.priceAmount : current.priceAmount,
      currency: price ? price.currency : current.currency,
      preparationNotes: notes === undefined ? current.preparationNotes : notes ? { [locale]: notes } : null,
      attributes: input.attributes ?? current.attributes,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
      (k) => JSON.stringify(next[k]) !== JSON.stringify(current[k]),
    );
    if (changed.length === 0) return effectiveEntry(current, null, chain);
    const [row] = await t.tx
      .update(entries)
      .set({ ...next, version: current.version + 1, updatedAt: new Date() })
      .where(
        and(eq(entries.workspaceId, workspaceId), eq(entries.id, current.id), eq(entries.version, current.version)),
      )
      .returning();
    if (!row) versionRaceLost(current.version, input.expectedVersion, `Catalog entry ${current.id}`);
    await publish(t, entryUpdated, {
      aggregateId: row.id,
      payload: {
        entry_id: row.id,
        catalog: current.kind as CatalogKind,
        changed: fieldNames(changed),
        version: row.version,
      },
    });
    afterCommit(t, () => cache?.forget(workspaceId));
    return effectiveEntry(row, null, chain);
  });
}
