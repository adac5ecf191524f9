import { createTestApp, type TestApp } from '@nexova/app';
import type { EventEnvelope } from '@nexova/events';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { createFakeMeta, type FakeMeta } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { created, type Shop, shop, transportOf } from './helpers';

// The inbox is live: a member subscribed to /api/v1/ws receives conversations.message.created and
// conversations.conversation.updated frames as the inbound consumer commits them, and the handoff
// frames (requested, taken, returned); a member without conversations:read receives none of them.

let app: TestApp;
let meta: FakeMeta;
let s: Shop;
let base: string;
let path: string;
beforeAll(async () => {
  meta = await createFakeMeta();
  app = await createTestApp(meta.env);
  base = (await app.listen({ host: '127.0.0.1', port: 0 })).replace(/^http/, 'ws');
  s = await shop(app);
  const channel = await created<{ webhook_path: string }>(s, '/channels', {
    kind: 'meta',
    name: 'Loja',
    settings: { phone_number_id: meta.phoneNumberId },
    credentials: { access_token: meta.accessToken, app_secret: meta.appSecret, verify_token: meta.verifyToken },
  });
  path = channel.webhook_path;
}, 120_000);
afterAll(async () => {
  await app?.dispose();
  await meta?.close();
});

/** Subscribes with a token and resolves each next frame in order. */
async function subscribe(headers: Record<string, string>, workspaceId: string) {
  const token = (headers.authorization as string).slice('Bearer '.length);
  const socket = new WebSocket(`${base}/api/v1/ws?access_token=${token}&workspace_id=${workspaceId}`);
  const frames: EventEnvelope[] = [];
  let wake = () => {};
  socket.on('message', (data: Buffer) => {
    frames.push(JSON.parse(data.toString()));
    wake();
  });
  const next = async () => {
    while (frames.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return frames.shift() as EventEnvelope;
  };
  expect(await next()).toMatchObject({ type: 'ready' });
  return { socket, next, frames };
}

describe('live inbox', () => {
  it('streams message.created and conversation.updated; not to a member without conversations:read', async () => {
    const viewer = await signUpAndCreateWorkspace(app, {
      permissions: ['events:subscribe', 'customers:read'],
      owner: s.ws,
    });
    const member = await subscribe(s.ws.headers, s.ws.workspaceId);
    const blind = await subscribe(viewer.headers, s.ws.workspaceId);
    await meta.deliver(meta.inbound({ from: '5511987650010', name: 'Carla', payload: { body: 'oi!' } }), app, path);
    await transportOf(app).drain();
    const seen: EventEnvelope[] = [];
    while (!seen.some((f) => f.type === 'conversations.conversation.updated')) {
      const frame = await member.next();
      if (frame.type.startsWith('conversations.')) seen.push(frame);
    }
    expect(seen.map((f) => f.type)).toEqual([
      'conversations.webhook.received',
      'conversations.message.created',
      'conversations.conversation.updated',
    ]);
    expect(seen[1]?.payload).toMatchObject({ direction: 'inbound', kind: 'text', text: 'oi!', author_type: 'contact' });
    expect(seen[2]?.payload).toMatchObject({ unread_count: 1, last_message_preview: 'oi!', status: 'open' });
    // A later event the other member may see marks how far its socket got: nothing of the inbox before it.
    await created(s, '/customers', { name: 'Marca d’água' });
    const blindSeen: EventEnvelope[] = [];
    for (;;) {
      const frame = await blind.next();
      blindSeen.push(frame);
      if (frame.type === 'customers.customer.created' && (frame.payload as { name: string }).name === 'Marca d’água')
        break;
    }
    expect(blindSeen.filter((f) => f.type.startsWith('conversations.'))).toEqual([]);
    expect(blindSeen.some((f) => (f.payload as { name?: string }).name === 'Carla')).toBe(true);
    member.socket.terminate();
    blind.socket.terminate();
  });

  it('streams handoff.requested, handoff.taken and handoff.returned to the inbox', async () => {
    await meta.deliver(
      meta.inbound({ from: '5511987650011', name: 'Davi', payload: { body: 'um humano, por favor' } }),
      app,
      path,
    );
    await transportOf(app).drain();
    const conversations = (await s.call('GET', '/conversations')).json().items as {
      id: string;
      contact_address: string;
    }[];
    const id = conversations.find((c) => c.contact_address === '+5511987650011')?.id;
    const member = await subscribe(s.ws.headers, s.ws.workspaceId);
    for (const move of ['handoff', 'take-over', 'return-to-agent'])
      expect((await s.call('POST', `/conversations/${id}/${move}`, {})).statusCode).toBe(200);
    const seen: EventEnvelope[] = [];
    while (seen.length < 3) {
      const frame = await member.next();
      if (frame.type.startsWith('conversations.handoff.')) seen.push(frame);
    }
    expect(seen.map((f) => f.type)).toEqual([
      'conversations.handoff.requested',
      'conversations.handoff.taken',
      'conversations.handoff.returned',
    ]);
    expect(seen[0]?.payload).toMatchObject({
      handoff: { kind: 'requested', source: 'member', conversation_id: id },
      conversation: { id, handled_by: 'agent', handoff_requested_at: expect.any(String) },
    });
    expect(seen[1]?.payload).toMatchObject({ conversation: { handled_by: 'member', assignee_id: s.ws.userId } });
    member.socket.terminate();
  });
});
