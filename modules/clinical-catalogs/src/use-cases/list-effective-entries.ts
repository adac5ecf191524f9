import type { AppContext } from '@nexova/db';
import { decodeCursor, encodeCursor, type Page } from '@nexova/http';
import type { CatalogKind, EffectiveEntry } from '../contracts/entry';
import type { CatalogCache } from '../domain/catalog-cache';
import { effectiveEntry } from '../domain/effective-entry';
import { foldText, matches } from '../domain/search';
import { readWorkspaceCatalog } from './read-workspace-catalog';

export type ListEffectiveEntriesInput = {
  catalog: CatalogKind;
  /** Name (any locale), alias or code; accents and small typos tolerated. */
  q?: string;
  includeHidden?: boolean;
  source?: 'global' | 'workspace';
  /** The caller's locale (Accept-Language); null or absent: the workspace's. */
  locale?: string | null;
  limit?: number;
  cursor?: string;
};

// One catalog as the workspace sees it (global ⊕ overrides, plus its own entries), by name in the
// locale shown, paged by (name, id). Hidden entries are left out unless asked for. For the agenda and
// billing too: pass the app's cache to read through it.
export async function listEffectiveEntries({
  ctx,
  input,
  cache,
}: {
  ctx: AppContext;
  input: ListEffectiveEntriesInput;
  cache?: CatalogCache;
}): Promise<Page<EffectiveEntry>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  const view = await readWorkspaceCatalog({ ctx, locale: input.locale ?? null, cache });
  const q = input.q ? foldText(input.q) : '';
  const rows = [...view.globals, ...view.own].filter(
    (e) => e.kind === input.catalog && (!input.source || (input.source === 'global') === (e.workspaceId === null)),
  );
  const sorted = rows
    .map((row) => {
      const entry = effectiveEntry(row, view.overrides.get(row.id) ?? null, view.chain);
      return { entry, sortKey: foldText(entry.name), haystack: q ? searchText(row.names, entry) : '' };
    })
    .filter(({ entry, haystack }) => (input.includeHidden || !entry.hidden) && (!q || matches(q, haystack)))
    .sort((a, b) => compare([a.sortKey, a.entry.id], [b.sortKey, b.entry.id]));
  const start = after ? sorted.findIndex((s) => compare([s.sortKey, s.entry.id], after) > 0) : 0;
  const page = start < 0 ? [] : sorted.slice(start, start + limit + 1);
  const more = page.length > limit;
  const items = page.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map((s) => s.entry),
    next_cursor: more && last ? encodeCursor([last.sortKey, last.entry.id]) : null,
  };
}

const compare = (a: (string | number)[], b: (string | number)[]) =>
  String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : String(a[1]).localeCompare(String(b[1]));

/** Every name (all locales), the alias and the code, folded: what `q` is matched against. */
function searchText(names: Record<string, string | undefined>, entry: EffectiveEntry): string {
  return foldText([...Object.values(names), entry.alias ?? '', entry.code ?? '', entry.key ?? ''].join(' '));
}
