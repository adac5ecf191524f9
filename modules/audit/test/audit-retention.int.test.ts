import { randomUUID } from 'node:crypto';
import { type ApiCall, apiClient, createTestApp, main, type TestApp } from '@nexova/app';
import { chainHash, contentText, purgeAuditTrail } from '@nexova/audit';
import { createLogger } from '@nexova/observability';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Audit retention through the app role: old monthly partitions are dropped, a workspace with a
// shorter retention loses its older rows through audit.purge_chain, younger rows stay, the chain
// still verifies from its horizon (and still catches tampering), the run is audited and recorded,
// and a second run removes nothing. Timestamps are explicit offsets from one `now`.

const DAY = 86_400_000;
const now = new Date();
const ago = (days: number) => new Date(now.getTime() - days * DAY);
const AGES = [800, 700, 300, 100, 10];

let app: TestApp;
let a: TestWorkspace;
let b: TestWorkspace;
let callA: ApiCall;
let callB: ApiCall;

/** Replaces a workspace's chain with entries at the given instants (hashes as appendEntry makes them). */
async function plantChain(ws: string, times: Date[]) {
  await app.database.asOwner(async (db) => {
    await db.execute(sql`delete from audit.entries where workspace_id = ${ws}`);
    await db.execute(sql`select audit.ensure_partitions(${times[0]?.toISOString()}::timestamptz, 30)`);
    let prev = '';
    for (const [i, occurredAt] of times.entries()) {
      const row = {
        id: randomUUID(),
        workspaceId: ws,
        occurredAt,
        actorType: 'system',
        actorId: 'test',
        action: 'test.planted',
        category: 'system',
        severity: 'info',
        targetType: null,
        targetId: null,
        ip: null,
        userAgent: null,
        requestId: randomUUID(),
        changes: null,
      };
      const hash = chainHash(prev, i + 1, contentText(row));
      await db.execute(sql`insert into audit.entries (id, workspace_id, seq, occurred_at, actor_type, actor_id, action,
        category, severity, request_id, prev_hash, hash) values (${row.id}, ${ws}, ${i + 1}, ${occurredAt.toISOString()},
        'system', 'test', 'test.planted', 'system', 'info', ${row.requestId}, ${prev}, ${hash})`);
      prev = hash;
    }
    await db.execute(sql`insert into audit.heads (chain_id, workspace_id, seq, hash, prev_hash)
      values (${ws}, ${ws}, ${times.length}, ${prev}, '') on conflict (chain_id)
      do update set seq = excluded.seq, hash = excluded.hash`);
  });
}

const ownerRows = async <T>(query: ReturnType<typeof sql>) =>
  app.database.asOwner(async (db) => ((await db.execute(query)) as unknown as { rows: T[] }).rows);
const planted = (ws: string) =>
  ownerRows<{ seq: number }>(
    sql`select seq from audit.entries where workspace_id = ${ws} and action = 'test.planted' order by seq`,
  );
const partition = (at: Date) => `audit.entries_${at.toISOString().slice(0, 7).replace('-', '')}`;
const exists = async (name: string) =>
  (await ownerRows<{ r: string | null }>(sql`select to_regclass(${name})::text as r`))[0]?.r !== null;
const verify = async (call: ApiCall) => (await call('GET', '/audit/verify')).json();

async function cli(args: string[]) {
  const lines: string[] = [];
  const io = { out: (text: string) => lines.push(text), err: (text: string) => lines.push(text) };
  const host = { config: app.config, logger: createLogger('silent'), database: app.database };
  const code = await main(args, io, host);
  return { code, out: lines.join('') };
}

beforeAll(async () => {
  app = await createTestApp();
  a = await signUpAndCreateWorkspace(app);
  b = await signUpAndCreateWorkspace(app);
  callA = apiClient(app, a.headers);
  callB = apiClient(app, b.headers);
  const times = AGES.map(ago);
  await plantChain(a.workspaceId, times);
  await plantChain(b.workspaceId, times);
}, 120_000);
afterAll(() => app?.dispose());

describe('audit retention', () => {
  it('refuses a workspace retention outside the bounds, naming the field', async () => {
    const low = await callB('PUT', '/retention', { audit_days: app.config.RETENTION_AUDIT_MIN_DAYS - 1 });
    expect(low.statusCode).toBe(422);
    expect(low.body).toContain('/audit_days');
    const ok = await callB('PUT', '/retention', { audit_days: 200 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ audit_days: 200, overridden: true, audit_days_default: 365 });
  });

  it('counts without removing on a dry run', async () => {
    const dry = await cli(['retention', 'run', '--dry-run']);
    expect(dry.code, dry.out).toBe(0);
    expect(dry.out).toContain('would drop partitions');
    expect(await planted(a.workspaceId)).toHaveLength(5);
  });

  it('drops old partitions, applies the shorter override row by row, keeps younger rows', async () => {
    const run = await cli(['retention', 'run']);
    expect(run.code, run.out).toBe(0);
    expect(run.out).toMatch(/audit {3}removed 5 entries[\s\S]*events {2}removed \d+ outbox/);
    expect(await exists(partition(ago(800)))).toBe(false);
    expect(await exists(partition(ago(700)))).toBe(false);
    expect(await exists(partition(ago(300)))).toBe(true);
    // A keeps 365 days: its 300- and 100-day-old rows stay; B keeps 200: only its 100-day-old one.
    expect((await planted(a.workspaceId)).map((r) => Number(r.seq))).toEqual([3, 4, 5]);
    expect((await planted(b.workspaceId)).map((r) => Number(r.seq))).toEqual([4, 5]);
    for (const call of [callA, callB]) {
      expect(await verify(call)).toMatchObject({ valid: true, first_break: null });
      const entries = (await call('GET', '/audit?action=audit.retention_applied')).json().items;
      expect(entries).toHaveLength(1);
    }
    const retention = (await callB('GET', '/retention')).json();
    expect(retention.runs[0].removed).toEqual({ audit: 3 });
  });

  it('removes nothing on a second run', async () => {
    const again = await purgeAuditTrail(app.database.db, {
      now,
      defaultDays: 365,
      batchRows: 2,
      dryRun: false,
      runId: randomUUID(),
    });
    expect(again).toMatchObject({ removed: 0, partitions: [] });
    expect((await callB('GET', '/audit?action=audit.retention_applied')).json().items).toHaveLength(1);
  });

  it('still detects an edited or deleted row among what remains', async () => {
    const ws = b.workspaceId;
    await app.database.asOwner((db) =>
      db.execute(sql`update audit.entries set action = 'forged' where workspace_id = ${ws} and seq = 5`),
    );
    expect((await verify(callB)).first_break).toMatchObject({ seq: 5, reason: 'hash_mismatch' });
    expect((await cli(['audit', 'verify', '--workspace', ws])).code).toBe(1);
    await app.database.asOwner((db) =>
      db.execute(sql`delete from audit.entries where workspace_id = ${ws} and seq = 4`),
    );
    expect((await verify(callB)).first_break).toMatchObject({ seq: 4, reason: 'sequence_gap' });
    expect(await verify(callA)).toMatchObject({ valid: true });
  });
});
