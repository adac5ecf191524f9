import { randomUUID } from 'node:crypto';
import { apiClient, createTestApp, type TestApp } from '@nexova/app';
import { type AppContext, queryRows, withTransaction } from '@nexova/db';
import { cancel, schedule } from '@nexova/events';
import { systemContext } from '@nexova/kernel';
import { invitationRevoked } from '@nexova/tenancy';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Row-level security of the platform tables that hold workspace data — events.outbox (event
// payloads), events.timers (timer payloads) and http.idempotency_keys (stored responses): a query
// with no workspace filter, inside workspace A, sees only A's rows — not B's, not workspace-less
// ones — and cannot write into B's. The system loops (no workspace set) still see every event and
// timer. Runs on PGlite, and on PostgreSQL when DATABASE_URL is set.

let app: TestApp;
let a: TestWorkspace;
let b: TestWorkspace;
const key = { a: `rls:a:${randomUUID()}`, b: `rls:b:${randomUUID()}`, none: `rls:none:${randomUUID()}` };

const inside = (workspaceId: string | null): AppContext => ({ ...systemContext(workspaceId), db: app.database.db });
const timer = (timerKey: string, workspaceId: string | null) => ({
  at: new Date(Date.now() + 86_400_000),
  key: timerKey,
  event: {
    definition: invitationRevoked,
    aggregateId: randomUUID(),
    payload: { invitation_id: randomUUID(), ip: null, user_agent: null },
    workspaceId,
  },
});
const workspacesOf = (t: { tx: Parameters<typeof queryRows>[0] }, table: string) =>
  queryRows<{ workspace_id: string | null }>(t.tx, sql`select workspace_id from ${sql.raw(table)}`);

beforeAll(async () => {
  app = await createTestApp();
  [a, b] = [await signUpAndCreateWorkspace(app), await signUpAndCreateWorkspace(app)];
  // An idempotent POST in each workspace (creating the workspaces left workspace-less records).
  for (const ws of [a, b]) {
    const res = await apiClient(app, ws.headers)('POST', '/roles', {
      name: 'rls',
      permissions: ['orders:read'],
    });
    expect(res.statusCode).toBe(201);
  }
  await withTransaction(inside(a.workspaceId), (t) => schedule(t, timer(key.a, a.workspaceId)));
  await withTransaction(inside(b.workspaceId), (t) => schedule(t, timer(key.b, b.workspaceId)));
  await withTransaction(inside(null), (t) => schedule(t, timer(key.none, null)));
});
afterAll(async () => {
  await app?.dispose();
});

describe('events.outbox and events.timers', () => {
  it("inside workspace A only A's events and timers are visible", async () => {
    const seen = await withTransaction(inside(a.workspaceId), async (t) => ({
      events: await workspacesOf(t, 'events.outbox'),
      timers: await workspacesOf(t, 'events.timers'),
    }));
    expect(seen.events.length).toBeGreaterThan(0);
    expect(seen.events.every((r) => r.workspace_id === a.workspaceId)).toBe(true);
    expect(seen.timers).toEqual([{ workspace_id: a.workspaceId }]);
  });

  it('the system scope (relay, consumers, timers) sees every workspace and workspace-less rows', async () => {
    const events = await queryRows<{ workspace_id: string | null }>(
      app.database.db,
      sql`select distinct workspace_id from events.outbox`,
    );
    const ids = events.map((r) => r.workspace_id);
    expect(ids).toEqual(expect.arrayContaining([a.workspaceId, b.workspaceId, null]));
    const timers = await withTransaction(inside(null), (t) =>
      queryRows<{ key: string }>(t.tx, sql`select key from events.timers where key like 'rls:%'`),
    );
    expect(timers.map((r) => r.key).sort()).toEqual(Object.values(key).sort());
  });

  it("workspace A cannot write B's events, nor replace or cancel B's timers", async () => {
    const ctx = inside(a.workspaceId);
    const insert = withTransaction(ctx, (t) =>
      t.tx.execute(sql`insert into events.outbox (id, type, version, workspace_id, aggregate_type, aggregate_id,
          actor_type, occurred_at, payload)
        values (${randomUUID()}, 'x.y.z', 1, ${b.workspaceId}, 'x', 'x', 'system', now(), '{}'::jsonb)`),
    );
    await expect(insert).rejects.toThrow();
    await expect(withTransaction(ctx, (t) => schedule(t, timer(key.b, a.workspaceId)))).rejects.toThrow();
    await withTransaction(ctx, (t) => cancel(t, key.b)); // removes nothing of B's (checked below)
    const still = await withTransaction(inside(b.workspaceId), (t) => workspacesOf(t, 'events.timers'));
    expect(still).toEqual([{ workspace_id: b.workspaceId }]);
  });
});

describe('http.idempotency_keys', () => {
  it('a workspace sees only its own records; records without a workspace only outside any', async () => {
    const inA = await withTransaction(inside(a.workspaceId), (t) => workspacesOf(t, 'http.idempotency_keys'));
    expect(inA.length).toBeGreaterThan(0);
    expect(inA.every((r) => r.workspace_id === a.workspaceId)).toBe(true);
    const outside = await withTransaction(inside(null), (t) => workspacesOf(t, 'http.idempotency_keys'));
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.every((r) => r.workspace_id === null)).toBe(true);
    const forge = withTransaction(inside(a.workspaceId), (t) =>
      t.tx.execute(sql`insert into http.idempotency_keys (scope, key, workspace_id, fingerprint, status, headers, body,
          expires_at) values ('x', ${randomUUID()}, ${b.workspaceId}, 'f', 200, '{}'::jsonb, '', now())`),
    );
    await expect(forge).rejects.toThrow();
  });
});
