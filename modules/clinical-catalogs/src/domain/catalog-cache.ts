import { LRUCache } from 'lru-cache';
import type { EntryRow, OverrideRow } from './effective-entry';

/** What a workspace's catalogs are made of: the global entries, its overrides and its own entries. */
export type WorkspaceCatalog = {
  globals: EntryRow[];
  overrides: Map<string, OverrideRow>;
  own: EntryRow[];
  /** The workspace's locale (fallback when the caller names none). */
  locale: string;
};

type Cached<T> = { generation: number; globalGeneration: number; value: T };

/** Key a change of the global entries is published under: every workspace forgets. */
export const ALL_WORKSPACES = '*';

/**
 * Each process's cache of clinical catalogs: the global entries once, and per workspace its
 * overrides and own entries — an LRU (lru-cache) of CLINICAL_CATALOG_CACHE_MAX_WORKSPACES, each
 * kept CLINICAL_CATALOG_CACHE_TTL_MS (0 turns the cache off). Entries are keyed by workspace and
 * generation: a change bumps the workspace's generation (a global change bumps the global one,
 * which every entry carries), so a stale entry is never served and a load that raced a change is
 * not kept. Invalidation crosses replicas the way the grants cache does (tenancy's
 * listenForCacheChanges, NOTIFY on `nexova_access` with topic `clinical_catalogs`); a lost
 * notification costs at most the TTL.
 */
export class CatalogCache {
  /** Topic of this cache's notifications on the shared channel. */
  readonly topic = 'clinical_catalogs';
  private readonly workspaces: LRUCache<string, Cached<Omit<WorkspaceCatalog, 'globals'>>> | null;
  private globals: { globalGeneration: number; loadedAt: number; value: EntryRow[] } | null = null;
  private readonly generations = new Map<string, number>();
  private counter = 0;
  private floor = 0;
  private globalGeneration = 0;

  constructor(
    readonly ttlMs: number,
    private readonly maxWorkspaces: number,
  ) {
    this.workspaces = ttlMs > 0 ? new LRUCache({ max: maxWorkspaces, ttl: ttlMs }) : null;
  }

  /** Sends a change to the other replicas (set by listenForCacheChanges on PostgreSQL). */
  publish: ((key: string) => void) | null = null;

  /** The workspace's catalog from the cache, or loaded (and kept unless a change raced the load). */
  async get(
    workspaceId: string,
    loadGlobals: () => Promise<EntryRow[]>,
    loadWorkspace: () => Promise<Omit<WorkspaceCatalog, 'globals'>>,
  ): Promise<WorkspaceCatalog> {
    if (!this.workspaces) return { globals: await loadGlobals(), ...(await loadWorkspace()) };
    const globalGeneration = this.globalGeneration;
    const generation = this.generationOf(workspaceId);
    let globals = this.globals;
    if (!globals || globals.globalGeneration !== globalGeneration || this.expired(globals)) {
      const value = await loadGlobals();
      globals = { globalGeneration, loadedAt: Date.now(), value };
      if (this.globalGeneration === globalGeneration) this.globals = globals;
    }
    const hit = this.workspaces.get(workspaceId);
    if (hit && hit.generation === generation && hit.globalGeneration === globalGeneration)
      return { globals: globals.value, ...hit.value };
    const value = await loadWorkspace();
    if (this.generationOf(workspaceId) === generation && this.globalGeneration === globalGeneration)
      this.workspaces.set(workspaceId, { generation, globalGeneration, value });
    return { globals: globals.value, ...value };
  }

  /** Forgets a workspace (or every one, `*`) here at once and tells the other replicas. */
  forget(key: string): void {
    this.forgetHere(key);
    this.publish?.(key);
  }

  /** Forgets one workspace's catalog in this process; `*` forgets the global entries and every workspace. */
  forgetHere(key: string): void {
    if (!this.workspaces) return;
    if (key === ALL_WORKSPACES) {
      this.globalGeneration++;
      this.globals = null;
      return;
    }
    this.generations.set(key, ++this.counter);
    if (this.generations.size > this.maxWorkspaces * 4) {
      this.generations.clear();
      this.floor = ++this.counter;
    }
  }

  private expired(globals: { loadedAt: number }): boolean {
    return Date.now() - globals.loadedAt > this.ttlMs;
  }

  private generationOf(workspaceId: string): number {
    return this.generations.get(workspaceId) ?? this.floor;
  }
}
