import { type AppContext, afterCommit, lockForTransaction, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { sql } from 'drizzle-orm';
import { globalEntryUpdated } from '../contracts/events/catalog-events.v1';
import { loadGlobalEntries } from '../db/entry-store';
import { entries } from '../db/schema';
import { ALL_WORKSPACES, type CatalogCache } from '../domain/catalog-cache';
import type { EntryRow } from '../domain/effective-entry';
import { fieldNames } from '../domain/field-names';
import { globalEntryId, type ShippedCatalog, type ShippedEntry, shippedCatalog } from '../domain/shipped-catalog';

export type LoadGlobalCatalogResult = { version: number; inserted: number; updated: number };

// Writes the shipped global catalogs (idempotent; run on every start and by `nexova seed`). Missing
// entries are added; an entry written by an older shipped version is rewritten where it differs
// (its version grows, clinical_catalogs.global_entry.updated is published, every workspace's cache
// forgets), so overrides keep applying on top. Rows a newer or equal version wrote are left alone,
// platform admins' edits included until the next shipped version. Replicas starting together
// serialise on an advisory lock. Runs outside any workspace (global rows are written only there).
export async function loadGlobalCatalog({
  ctx,
  cache,
  catalog = shippedCatalog(),
}: {
  ctx: AppContext;
  cache?: CatalogCache;
  catalog?: ShippedCatalog;
}): Promise<LoadGlobalCatalogResult> {
  return withTransaction({ ...ctx, workspaceId: null }, async (t) => {
    await lockForTransaction(t, 'clinical_catalogs:global-seed');
    const existing = new Map((await loadGlobalEntries(t)).map((e) => [e.id, e]));
    let inserted = 0;
    let updated = 0;
    const fresh = [];
    for (const shipped of catalog.entries) {
      const id = globalEntryId(shipped.kind, shipped.key);
      const values = rowValues(shipped);
      const row = existing.get(id);
      if (!row) {
        fresh.push({
          id,
          workspaceId: null,
          kind: shipped.kind,
          key: shipped.key,
          seedVersion: catalog.version,
          ...values,
        });
        continue;
      }
      if ((row.seedVersion ?? 0) >= catalog.version) continue;
      const changed = changedFields(row, values);
      await t.tx
        .update(entries)
        .set({
          ...values,
          seedVersion: catalog.version,
          ...(changed.length ? { version: row.version + 1, updatedAt: new Date() } : {}),
        })
        .where(sql`${entries.id} = ${id} and ${entries.workspaceId} is null`);
      if (changed.length === 0) continue;
      updated++;
      await publish(t, globalEntryUpdated, {
        aggregateId: id,
        workspaceId: null,
        payload: { entry_id: id, catalog: shipped.kind, changed: fieldNames(changed), version: row.version + 1 },
      });
    }
    if (fresh.length)
      inserted = (await t.tx.insert(entries).values(fresh).onConflictDoNothing().returning({ id: entries.id })).length;
    if (inserted || updated) afterCommit(t, () => cache?.forget(ALL_WORKSPACES));
    return { version: catalog.version, inserted, updated };
  });
}

function rowValues(shipped: ShippedEntry) {
  return {
    code: shipped.code ?? null,
    names: shipped.names,
    preparationNotes: shipped.preparation_notes ?? null,
    durationMinutes: shipped.duration_minutes ?? null,
    priceAmount: shipped.price?.amount ?? null,
    currency: shipped.price?.currency ?? null,
    attributes: shipped.attributes ?? {},
  };
}

function changedFields(row: EntryRow, values: ReturnType<typeof rowValues>): string[] {
  return (Object.keys(values) as (keyof typeof values)[]).filter(
    (k) => JSON.stringify(canonical(values[k])) !== JSON.stringify(canonical(row[k])),
  );
}

/** Objects with sorted keys (jsonb does not keep key order). */
const canonical = (value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, canonical(v)]),
      )
    : value;
