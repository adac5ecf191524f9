import { apiClient, createTestApp, main, type TestApp } from '@nexova/app';
import { queryRows, withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createLogger } from '@nexova/observability';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Per-workspace retention of the purged classes (issue 14): PUT /retention takes days per class within
// each class's configured bounds (422 naming the field outside them), GET shows the effective days and
// their source, the change is audited, and the retention worker removes a workspace's rows at its own
// horizon while another workspace keeps the default.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ RETENTION_MESSAGES_DAYS: '365', RETENTION_MESSAGES_MAX_DAYS: '400' });
}, 120_000);
afterAll(() => app?.dispose());

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

async function cli(...args: string[]) {
  const lines: string[] = [];
  const io = { out: (text: string) => lines.push(text), err: (text: string) => lines.push(text) };
  const code = await main(args, io, { config: app.config, logger: createLogger('silent'), database: app.database });
  return { code, out: lines.join('') };
}

/** One conversation with a received message `age` days old per age; returns the message ids. */
async function messages(ws: TestWorkspace, ages: number[]): Promise<string[]> {
  const call = apiClient(app, ws.headers);
  const channel = await call('POST', '/channels', { kind: 'simulator', name: 'Simulator' });
  expect(channel.statusCode, channel.body).toBe(201);
  const conversationId = newId();
  const ids = ages.map(() => newId());
  await withTransaction({ ...systemContext(ws.workspaceId), db: app.database.db }, async (t) => {
    await t.tx.execute(sql`insert into conversations.conversations
      (id, workspace_id, channel_id, person_id, contact_address) values
      (${conversationId}, ${ws.workspaceId}, ${channel.json().id}, ${newId()}, '+5511900000001')`);
    for (const [i, age] of ages.entries())
      await t.tx.execute(sql`insert into conversations.messages
        (id, workspace_id, conversation_id, channel_id, direction, status, author_type, kind, text, content, created_at, updated_at)
        values (${ids[i]}, ${ws.workspaceId}, ${conversationId}, ${channel.json().id}, 'inbound', 'received',
          'contact', 'text', 'oi', '{}', ${daysAgo(age)}::timestamptz, ${daysAgo(age)}::timestamptz)`);
  });
  return ids;
}

const left = (ws: TestWorkspace) =>
  withTransaction({ ...systemContext(ws.workspaceId), db: app.database.db }, (t) =>
    queryRows<{ id: string }>(t.tx, sql`select id from conversations.messages`),
  ).then((rows) => rows.map((r) => r.id).sort());

describe('per-workspace retention', () => {
  it('refuses days outside a class’s bounds, naming each field', async () => {
    const ws = await signUpAndCreateWorkspace(app);
    const call = apiClient(app, ws.headers);
    const res = await call('PUT', '/retention', { messages_days: 401, person_exports_days: 0, notifications_days: 30 });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.body).toContain('/messages_days');
    expect(res.body).toContain('/person_exports_days');
    expect(res.body).not.toContain('/notifications_days');
    const unchanged = (await call('GET', '/retention')).json();
    expect(unchanged.classes.notifications).toMatchObject({ days: 180, source: 'default' });
  });

  it('shows effective days and their source, audits the change, and purges at each workspace’s horizon', async () => {
    const short = await signUpAndCreateWorkspace(app);
    const other = await signUpAndCreateWorkspace(app);
    const call = apiClient(app, short.headers);
    const set = await call('PUT', '/retention', { messages_days: 30, webhook_deliveries_days: 7 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().classes).toMatchObject({
      messages: { days: 30, source: 'workspace', default_days: 365, min_days: 1, max_days: 400 },
      webhook_deliveries: { days: 7, source: 'workspace', default_days: 30 },
      audit: { days: 365, source: 'default' },
      person_exports: { days: 7, source: 'default' },
    });
    expect((await apiClient(app, other.headers)('GET', '/retention')).json().classes.messages).toMatchObject({
      days: 365,
      source: 'default',
    });
    const audited = (await call('GET', '/audit?target_type=retention_policy')).json().items;
    expect(audited[0]?.changes).toMatchObject({
      messages_days: { before: null, after: 30 },
      webhook_deliveries_days: { before: null, after: 7 },
    });

    const [oldShort, youngShort] = await messages(short, [40, 10]);
    const [oldOther, keptOther] = await messages(other, [400, 40]);
    const run = await cli('retention', 'run');
    expect(run.code, run.out).toBe(0);
    expect(await left(short)).toEqual([youngShort]);
    expect(await left(other)).toEqual([keptOther]);
    expect([oldShort, oldOther]).not.toContain(youngShort);

    // Back to the default: the 10-day-old message is far inside 365 days.
    const reset = await call('PUT', '/retention', { messages_days: null });
    expect(reset.json().classes.messages).toMatchObject({ days: 365, source: 'default' });
    expect(reset.json().classes.webhook_deliveries).toMatchObject({ days: 7, source: 'workspace' });
    expect((await cli('retention', 'run')).code).toBe(0);
    expect(await left(short)).toEqual([youngShort]);
  });
});
