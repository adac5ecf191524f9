import { type Database, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';

type Entry = { userId: string; at: number; live: Promise<boolean> };

const MAX_ENTRIES = 50_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether an access token's session (its `sid`: the refresh-token family) is still live, so a
 * token stops working at logout, refresh-token reuse or a password change instead of living out
 * its 15 minutes. Answers are cached in process for `ttlMs` (AUTH_SESSION_CHECK_TTL_MS): the
 * replica that ends a session forgets it at once; other replicas see it within `ttlMs`. Written
 * here rather than with a cache library: a Map with a time stamp is all it needs.
 */
export class SessionCache {
  private entries = new Map<string, Entry>();
  constructor(
    private readonly db: Database,
    private readonly ttlMs: number,
  ) {}

  async isLive(familyId: string, userId: string): Promise<boolean> {
    if (!UUID.test(familyId) || !UUID.test(userId)) return false;
    const now = Date.now();
    const cached = this.entries.get(familyId);
    if (cached && cached.userId === userId && now - cached.at < this.ttlMs) return cached.live;
    const live = this.lookup(familyId, userId);
    if (this.ttlMs > 0) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear(); // bounded; a miss only costs a query
      this.entries.set(familyId, { userId, at: now, live });
      live.catch(() => this.entries.delete(familyId));
    }
    return live;
  }

  /** Drops what is known of one session family (after logout or reuse detection). */
  forgetFamily(familyId: string): void {
    this.entries.delete(familyId);
  }

  /** Drops every cached session of a user (after a password change or reset). */
  forgetUser(userId: string): void {
    for (const [familyId, entry] of this.entries) if (entry.userId === userId) this.entries.delete(familyId);
  }

  private async lookup(familyId: string, userId: string): Promise<boolean> {
    // Why it is cheap: identity.sessions is indexed by family_id (a family has a row per refresh).
    const [row] = await queryRows<{ live: boolean }>(
      this.db,
      sql`select exists (select 1 from identity.sessions where family_id = ${familyId} and user_id = ${userId}
            and revoked_at is null and expires_at > now()) as live`,
    );
    return row?.live === true;
  }
}
