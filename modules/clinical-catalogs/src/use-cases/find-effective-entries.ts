import type { AppContext } from '@nexova/db';
import type { CatalogKind, EffectiveEntry } from '../contracts/entry';
import type { CatalogCache } from '../domain/catalog-cache';
import { effectiveEntry } from '../domain/effective-entry';
import { readWorkspaceCatalog } from './read-workspace-catalog';

export type FindEffectiveEntriesInput = {
  entryIds: string[];
  /** Only entries of this catalog are found (an id of another catalog is missing). */
  catalog: CatalogKind;
  locale?: string | null;
};

// Several entries as the workspace sees them, read in one pass over its catalog: for modules that
// refer to entries (the agenda's specialties and services, billing's items). Ids not found — of
// another workspace, of another catalog, or none — are simply absent from the map.
export async function findEffectiveEntries({
  ctx,
  input,
  cache,
}: {
  ctx: AppContext;
  input: FindEffectiveEntriesInput;
  cache?: CatalogCache;
}): Promise<Map<string, EffectiveEntry>> {
  const found = new Map<string, EffectiveEntry>();
  if (input.entryIds.length === 0) return found;
  const wanted = new Set(input.entryIds);
  const view = await readWorkspaceCatalog({ ctx, locale: input.locale ?? null, cache });
  for (const row of [...view.globals, ...view.own])
    if (wanted.has(row.id) && row.kind === input.catalog)
      found.set(row.id, effectiveEntry(row, view.overrides.get(row.id) ?? null, view.chain));
  return found;
}
