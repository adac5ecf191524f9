import { apiClient, createTestApp, main, type TestApp } from '@nexova/app';
import { queryRows, withTransaction } from '@nexova/db';
import { deleteRequestedFiles, fileStoreOf } from '@nexova/files';
import { newId, systemContext } from '@nexova/kernel';
import { createLogger } from '@nexova/observability';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Retention of the classes the owning modules purge past RLS (issue 14): settled webhook deliveries
// (with their attempts) older than RETENTION_WEBHOOK_DELIVERIES_DAYS, feed items and settled e-mails
// older than RETENTION_NOTIFICATIONS_DAYS, conversation messages older than RETENTION_MESSAGES_DAYS
// (their media files deleted by the file-deletion worker). Pending work and younger rows stay; a second
// run removes nothing; the platform's run record names each class.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({
    RETENTION_WEBHOOK_DELIVERIES_DAYS: '30',
    RETENTION_NOTIFICATIONS_DAYS: '90',
    RETENTION_MESSAGES_DAYS: '365',
    WEBHOOKS_ALLOW_HTTP: 'true',
    WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true',
  });
}, 120_000);
afterAll(() => app?.dispose());

async function cli(...args: string[]) {
  const lines: string[] = [];
  const io = { out: (text: string) => lines.push(text), err: (text: string) => lines.push(text) };
  const code = await main(args, io, { config: app.config, logger: createLogger('silent'), database: app.database });
  return { code, out: lines.join('') };
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('retention of webhook deliveries and notifications', () => {
  it('removes settled rows older than their class keeps, and nothing else', async () => {
    const ws = await signUpAndCreateWorkspace(app);
    const call = apiClient(app, ws.headers);
    const endpoint = await call('POST', '/webhook-endpoints', { url: 'http://127.0.0.1:9/hooks', event_types: ['*'] });
    expect(endpoint.statusCode, endpoint.body).toBe(201);
    const inWorkspace = <T>(run: (t: Parameters<Parameters<typeof withTransaction>[1]>[0]) => Promise<T>) =>
      withTransaction({ ...systemContext(ws.workspaceId), db: app.database.db }, run);
    const delivery = (
      status: string,
      age: number,
    ) => sql`(${newId()}, ${ws.workspaceId}, ${endpoint.json().id}, ${newId()},
      'orders.order.placed', '{}', ${status}, ${daysAgo(age)}::timestamptz, ${daysAgo(age)}::timestamptz)`;
    const item = (age: number) => sql`(${newId()}, ${ws.workspaceId}, ${ws.userId}, 'order_placed', '{}',
      ${newId()}, 'orders.order.placed', ${daysAgo(age)}::timestamptz)`;
    await inWorkspace(async (t) => {
      await t.tx.execute(sql`insert into webhooks.deliveries
        (id, workspace_id, endpoint_id, event_id, event_type, body, status, created_at, updated_at) values
        ${delivery('delivered', 40)}, ${delivery('failed', 31)}, ${delivery('pending', 60)}, ${delivery('delivered', 5)}`);
      await t.tx.execute(sql`insert into notifications.items
        (id, workspace_id, user_id, kind, params, source_event_id, source_event_type, created_at) values
        ${item(100)}, ${item(91)}, ${item(10)}`);
    });

    // Messages: an old one with a stored photo, an old one still queued, a recent one.
    const channel = await call('POST', '/channels', { kind: 'simulator', name: 'Simulator' });
    expect(channel.statusCode, channel.body).toBe(201);
    const conversationId = newId();
    const message = (status: string, direction: string, age: number) => {
      const id = newId();
      return {
        id,
        row: sql`(${id}, ${ws.workspaceId}, ${conversationId}, ${channel.json().id}, ${direction}, ${status},
          'contact', 'text', 'oi', '{}', ${daysAgo(age)}::timestamptz, ${daysAgo(age)}::timestamptz)`,
      };
    };
    const old = message('received', 'inbound', 400);
    const queued = message('queued', 'outbound', 400);
    const recent = message('received', 'inbound', 10);
    const photoKey = `media/${ws.workspaceId}/${newId()}.png`;
    await fileStoreOf(app.config).put(photoKey, Buffer.from('png bytes'));
    await inWorkspace(async (t) => {
      await t.tx.execute(sql`insert into conversations.conversations
        (id, workspace_id, channel_id, person_id, contact_address) values
        (${conversationId}, ${ws.workspaceId}, ${channel.json().id}, ${newId()}, '+5511900000000')`);
      await t.tx.execute(sql`insert into conversations.messages
        (id, workspace_id, conversation_id, channel_id, direction, status, author_type, kind, text, content, created_at, updated_at)
        values ${old.row}, ${queued.row}, ${recent.row}`);
      await t.tx.execute(sql`insert into conversations.message_media
        (id, workspace_id, message_id, channel_id, direction, status, source, file_key) values
        (${newId()}, ${ws.workspaceId}, ${old.id}, ${channel.json().id}, 'inbound', 'stored', '{}', ${photoKey})`);
    });

    const run = await cli('retention', 'run');
    expect(run.code, run.out).toBe(0);
    const left = await inWorkspace(async (t) => ({
      deliveries: await queryRows<{ status: string }>(
        t.tx,
        sql`select status from webhooks.deliveries order by created_at`,
      ),
      items: await queryRows<{ n: number }>(t.tx, sql`select count(*)::int as n from notifications.items`),
    }));
    expect(left.deliveries.map((d) => d.status)).toEqual(['pending', 'delivered']);
    expect(left.items[0]?.n).toBe(1);
    const [record] = await queryRows<{ removed: Record<string, number> }>(
      app.database.db,
      sql`select removed from audit.retention_runs where workspace_id is null order by ran_at desc limit 1`,
    );
    expect(record?.removed).toMatchObject({ webhook_deliveries: 2, notifications: 2, messages: 1 });
    const messages = await inWorkspace((t) =>
      queryRows<{ id: string }>(t.tx, sql`select id from conversations.messages order by created_at, id`),
    );
    expect(messages.map((m) => m.id).sort()).toEqual([queued.id, recent.id].sort());
    // The photo's file is handed to the file-deletion worker (run here by hand).
    expect(await deleteRequestedFiles(app.database.db, fileStoreOf(app.config))).toBe(1);
    expect(await fileStoreOf(app.config).get(photoKey)).toBeNull();

    expect((await cli('retention', 'run')).code).toBe(0);
    const [again] = await queryRows<{ removed: Record<string, number> }>(
      app.database.db,
      sql`select removed from audit.retention_runs where workspace_id is null order by ran_at desc limit 1`,
    );
    expect(again?.removed).toMatchObject({ webhook_deliveries: 0, notifications: 0, messages: 0 });
  });
});
