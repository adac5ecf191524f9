import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { getWorkspaceSettings } from '@nexova/tenancy';
import { loadGlobalEntries, loadWorkspaceRows } from '../db/entry-store';
import type { CatalogCache, WorkspaceCatalog } from '../domain/catalog-cache';
import { localeChain } from '../domain/locales';

export type CatalogView = WorkspaceCatalog & { chain: string[] };

// The current workspace's catalogs (global entries, its overrides, its own entries) and the locale
// chain to show them in: from the cache when given one (the API's), else straight from the database.
// `locale` is the caller's (Accept-Language); null falls back to the workspace's locale.
export async function readWorkspaceCatalog({
  ctx,
  locale,
  cache,
}: {
  ctx: AppContext;
  locale: string | null;
  cache?: CatalogCache;
}): Promise<CatalogView> {
  const workspaceId = workspaceOf(ctx);
  const loadGlobals = () => withTransaction(ctx, (t) => loadGlobalEntries(t));
  const loadWorkspace = () =>
    withTransaction(ctx, async (t) => ({
      ...(await loadWorkspaceRows(t)),
      locale: (await getWorkspaceSettings({ ctx: t })).locale,
    }));
  const catalog = cache
    ? await cache.get(workspaceId, loadGlobals, loadWorkspace)
    : { globals: await loadGlobals(), ...(await loadWorkspace()) };
  return { ...catalog, chain: localeChain(locale, catalog.locale) };
}

/** The locale chain of a write's answer (inside its transaction). */
export async function localeChainIn(ctx: AppContext, locale: string | null): Promise<string[]> {
  return localeChain(locale, (await getWorkspaceSettings({ ctx })).locale);
}
