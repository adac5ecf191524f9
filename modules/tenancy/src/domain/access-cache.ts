import { LRUCache } from 'lru-cache';

/** What a use-case that changes who may do what in a workspace calls once it has committed. */
export type AccessInvalidation = { forgetWorkspace(workspaceId: string): void };

type Entry = { generation: number; value: unknown };

const MAX_ENTRIES = 20_000;

/**
 * A per-process cache of what callers may do in a workspace: a member's grants (every workspace
 * request) and an API key creator's grants (every API-key request), so a plain authenticated GET
 * does not pay a round trip for them. Bounded (LRU, lru-cache) and short-lived (`ttlMs`,
 * AUTH_MEMBERSHIP_CACHE_TTL_MS; 0 turns it off). Only grants are kept, never a refusal, so a member
 * who just joined is never turned away by a stale answer.
 *
 * Invalidation: every use-case that changes a membership, a role's grants, a member's status or a
 * workspace's life calls forgetWorkspace after its commit, which drops the workspace's entries in
 * this process at once. A per-workspace generation also discards answers loaded while the change
 * was committing, so a read that raced the change cannot put the old grants back. On PostgreSQL the
 * change is also NOTIFYed to the other replicas (listenForAccessChanges), which forget it when it
 * arrives; a notification lost to a broken connection costs nothing more than the TTL: no replica
 * serves a removed member for longer than `ttlMs` (the bound AUTH_SESSION_CHECK_TTL_MS gives ended
 * sessions).
 */
export class AccessCache implements AccessInvalidation {
  private readonly entries: LRUCache<string, Entry> | null;
  /** Workspaces changed lately → the counter's value at their last change. */
  private readonly generations = new Map<string, number>();
  private counter = 0;
  /** Every workspace not in `generations` is at this generation. */
  private floor = 0;

  constructor(readonly ttlMs: number) {
    this.entries = ttlMs > 0 ? new LRUCache<string, Entry>({ max: MAX_ENTRIES, ttl: ttlMs }) : null;
  }

  /** The cached answer for (workspace, who), or `load`'s: kept when it grants something. */
  async get<T>(workspaceId: string, who: string, load: () => Promise<T | null>): Promise<T | null> {
    if (!this.entries) return load();
    const key = `${workspaceId}:${who}`;
    const generation = this.generationOf(workspaceId);
    const hit = this.entries.get(key);
    if (hit && hit.generation === generation) return hit.value as T;
    const value = await load();
    if (value !== null && this.generationOf(workspaceId) === generation) this.entries.set(key, { generation, value });
    return value;
  }

  /** Sends a workspace's change to the other replicas (set by listenForAccessChanges on PostgreSQL). */
  publish: ((workspaceId: string) => void) | null = null;

  /** Forgets the workspace here at once and tells the other replicas (best effort: the TTL bounds them). */
  forgetWorkspace(workspaceId: string): void {
    this.forgetHere(workspaceId);
    this.publish?.(workspaceId);
  }

  /** Forgets every cached answer of one workspace in this process. */
  forgetHere(workspaceId: string): void {
    if (!this.entries) return;
    // A new generation invalidates every entry of the workspace without scanning the LRU.
    this.generations.set(workspaceId, ++this.counter);
    if (this.generations.size > MAX_ENTRIES) {
      // Bounded: every workspace moves to a new generation, which invalidates every entry.
      this.generations.clear();
      this.floor = ++this.counter;
    }
  }

  private generationOf(workspaceId: string): number {
    return this.generations.get(workspaceId) ?? this.floor;
  }
}
