import type { AppContext } from '@nexova/db';
import type { CatalogKind, EffectiveEntry } from '../contracts/entry';
import { entryNotFound } from '../db/entry-store';
import type { CatalogCache } from '../domain/catalog-cache';
import { effectiveEntry } from '../domain/effective-entry';
import { readWorkspaceCatalog } from './read-workspace-catalog';

export type GetEffectiveEntryInput = {
  entryId: string;
  /** When given, an entry of another catalog is 404 too. */
  catalog?: CatalogKind;
  locale?: string | null;
};

// One entry as the workspace sees it (hidden ones included, with `hidden: true`): what the agenda
// reads a service's price and duration from and billing prices items with. 404 for an entry of
// another workspace, of another catalog, or none.
export async function getEffectiveEntry({
  ctx,
  input,
  cache,
}: {
  ctx: AppContext;
  input: GetEffectiveEntryInput;
  cache?: CatalogCache;
}): Promise<EffectiveEntry> {
  const view = await readWorkspaceCatalog({ ctx, locale: input.locale ?? null, cache });
  const row = view.globals.find((e) => e.id === input.entryId) ?? view.own.find((e) => e.id === input.entryId) ?? null;
  if (!row || (input.catalog && row.kind !== input.catalog)) throw entryNotFound(input.entryId);
  return effectiveEntry(row, view.overrides.get(row.id) ?? null, view.chain);
}
