import { apiClient, createTestApp, type TestApp } from '@nexova/app';
import { withTransaction } from '@nexova/db';
import { defineEvent, type EventEnvelope } from '@nexova/events';
import { newId, systemContext } from '@nexova/kernel';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fanOutEvent } from '../src/index';

// An event addressed to one member (a member's own notification: `addressedTo` in its contract) is
// not the workspace's to hand to integrations: an endpoint subscribed to every type (`*`) gets the
// workspace's events but not those.

const personal = defineEvent({
  type: 'probe.note.created',
  version: 1,
  aggregate: 'note',
  description: 'A note for one member (test).',
  addressedTo: 'user_id',
  payload: z.object({ user_id: z.string() }),
});

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ WEBHOOKS_ALLOW_HTTP: 'true', WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true' });
});
afterAll(() => app?.dispose());

const envelope = (workspaceId: string, type: string, payload: unknown): EventEnvelope => ({
  id: newId(),
  type,
  version: 1,
  occurred_at: new Date().toISOString(),
  workspace_id: workspaceId,
  aggregate: { type: 'x', id: newId() },
  actor: { type: 'system', id: 'test' },
  request_id: null,
  correlation_id: null,
  causation_id: null,
  payload,
});

describe('events addressed to one member', () => {
  it('are not delivered to an endpoint subscribed to every event type', async () => {
    const ws = await signUpAndCreateWorkspace(app);
    const created = await apiClient(app, ws.headers)('POST', '/webhook-endpoints', {
      url: 'http://127.0.0.1:9/hooks',
      event_types: ['*'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const ctx = { ...systemContext(ws.workspaceId, 'test'), db: app.database.db };
    const fanOut = (event: EventEnvelope) => withTransaction(ctx, (t) => fanOutEvent({ ctx: t, input: { event } }));
    expect(await fanOut(envelope(ws.workspaceId, personal.type, { user_id: newId() }))).toBe(0);
    expect(await fanOut(envelope(ws.workspaceId, 'orders.order.placed', { order_id: newId() }))).toBe(1);
  });
});
