import { type AppContext, afterCommit, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, versionRaceLost } from '@nexova/kernel';
import { and, eq, isNull } from 'drizzle-orm';
import type { CatalogKind, EffectiveEntry } from '../contracts/entry';
import { globalEntryUpdated } from '../contracts/events/catalog-events.v1';
import { mustLoadEntry } from '../db/entry-store';
import { entries, type LocalizedText } from '../db/schema';
import { ALL_WORKSPACES, type CatalogCache } from '../domain/catalog-cache';
import { effectiveEntry } from '../domain/effective-entry';
import { fieldNames } from '../domain/field-names';
import { localeChain } from '../domain/locales';
import { priceFields } from '../domain/price';

export type UpdateGlobalEntryInput = {
  /** When given, an entry of another catalog is 404 too. */
  catalog?: CatalogKind;
  entryId: string;
  /** The locale `name` and `preparationNotes` are written in; the other locales keep theirs. */
  textLocale: string;
  name?: string;
  /** null removes the notes in `textLocale`. */
  preparationNotes?: string | null;
  code?: string | null;
  durationMinutes?: number | null;
  price?: number | null;
  currency?: string | null;
  attributes?: Record<string, unknown>;
  expectedVersion?: number;
  locale?: string | null;
};

// Platform operation: changes a global entry for every workspace. Workspaces that override a field
// keep their value for it; every other field follows the change. Every replica's catalog cache
// forgets (`*`), and clinical_catalogs.global_entry.updated is published outside any workspace.
export async function updateGlobalEntry({
  ctx,
  input,
  cache,
}: {
  ctx: AppContext;
  input: UpdateGlobalEntryInput;
  cache?: CatalogCache;
}): Promise<EffectiveEntry> {
  const priceGiven = input.price !== undefined || input.currency !== undefined;
  const price = priceGiven ? priceFields(input.price, input.currency) : null;
  return withTransaction({ ...ctx, workspaceId: null }, async (t) => {
    const current = await mustLoadEntry(t, input.catalog, input.entryId, true);
    assertExpectedVersion(current.version, input.expectedVersion, `Catalog entry ${current.id}`);
    const next = {
      names: input.name ? { ...current.names, [input.textLocale]: input.name.trim() } : current.names,
      preparationNotes:
        input.preparationNotes === undefined
          ? current.preparationNotes
          : withText(current.preparationNotes, input.textLocale, input.preparationNotes),
      code: input.code === undefined ? current.code : input.code,
      durationMinutes: input.durationMinutes === undefined ? current.durationMinutes : input.durationMinutes,
      priceAmount: price ? price.priceAmount : current.priceAmount,
      currency: price ? price.currency : current.currency,
      attributes: input.attributes ?? current.attributes,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
      (k) => JSON.stringify(next[k]) !== JSON.stringify(current[k]),
    );
    const chain = localeChain(input.locale ?? null, null);
    if (changed.length === 0) return effectiveEntry(current, null, chain);
    const [row] = await t.tx
      .update(entries)
      .set({ ...next, version: current.version + 1, updatedAt: new Date() })
      .where(and(isNull(entries.workspaceId), eq(entries.id, current.id), eq(entries.version, current.version)))
      .returning();
    if (!row) versionRaceLost(current.version, input.expectedVersion, `Catalog entry ${current.id}`);
    await publish(t, globalEntryUpdated, {
      aggregateId: row.id,
      workspaceId: null,
      payload: {
        entry_id: row.id,
        catalog: current.kind as CatalogKind,
        changed: fieldNames(changed),
        version: row.version,
      },
    });
    afterCommit(t, () => cache?.forget(ALL_WORKSPACES));
    return effectiveEntry(row, null, chain);
  });
}

/** `text` with `locale` set to `value` (removed when null); null when no locale is left. */
function withText(text: LocalizedText | null, locale: string, value: string | null): LocalizedText | null {
  const next: LocalizedText = { ...(text ?? {}) };
  if (value?.trim()) next[locale] = value.trim();
  else delete next[locale];
  return Object.keys(next).length ? next : null;
}
