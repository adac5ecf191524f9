import { type ApiCall, apiClient, type TestApp } from '@nexova/app';
import { conversationsModule } from '@nexova/conversations';
import { type AppContext, queryRows, withTransaction } from '@nexova/db';
import { createEmbeddedTransport, type EmbeddedTransport } from '@nexova/events';
import { systemContext } from '@nexova/kernel';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import type { SQL } from 'drizzle-orm';
import { expect } from 'vitest';
import { type AgentBrain, runDueTurns } from '../src/index';

// Agent test fixtures: a workspace through the API, conversations' and the agent's consumers drained
// by hand (no clock, no sleeps; the checkout saga is left out: these tests stop at the submit).

export type Shop = { call: ApiCall; ws: TestWorkspace };

export async function shop(app: TestApp): Promise<Shop> {
  const ws = await signUpAndCreateWorkspace(app);
  return { call: apiClient(app, ws.headers), ws };
}

export const expectStatus = (res: { statusCode: number; body: string }, status: number) =>
  expect(res.statusCode, res.body).toBe(status);

export const transportOf = (app: TestApp): EmbeddedTransport =>
  createEmbeddedTransport({
    database: app.database,
    consumers: [
      ...(conversationsModule.consumers ?? []),
      ...app.composition.consumers.filter((c) => c.name.startsWith('agent.')),
    ],
  });

/** One pass of the agent's turns worker, with the app's brain. */
export const runTurns = (app: TestApp, brain?: AgentBrain, now?: Date) => {
  const runtime = app.composition.runtimes.agent;
  return runDueTurns({
    ctx: { ...systemContext(null, 'test'), db: app.database.db },
    input: { brain: brain ?? runtime.brain, config: runtime.config, observe: runtime.observe, ...(now ? { now } : {}) },
  });
};

/**
 * Runs the consumers and the turns worker until nothing is left: the inbound consumer queues a
 * turn, the worker answers it (outside any transaction), the reply is another event.
 */
export async function settle(app: TestApp, brain?: AgentBrain): Promise<void> {
  const transport = transportOf(app);
  for (;;) {
    const applied = await transport.drain();
    const answered = await runTurns(app, brain);
    if (!applied && !answered) return;
  }
}

/** A product with one variant of `price` and `onHand` in stock; its variant id. */
export async function stockedProduct(s: Shop, name: string, price: number, onHand = 10): Promise<string> {
  const res = await s.call('POST', '/products', {
    name,
    currency: 'BRL',
    status: 'active',
    variants: [{ sku: `${name.slice(0, 3).toUpperCase()}-${Date.now()}`, options: {}, price }],
  });
  expectStatus(res, 201);
  const variantId = (res.json() as { variants: { id: string }[] }).variants[0]?.id ?? '';
  expectStatus(
    await s.call('POST', '/stock/adjust', { variant_id: variantId, delta: onHand, reason: 'test stock' }),
    200,
  );
  return variantId;
}

/** Rows read inside a workspace (row-level security applies). */
export function rowsIn<T extends Record<string, unknown>>(app: TestApp, workspaceId: string, query: SQL): Promise<T[]> {
  const ctx: AppContext = { ...systemContext(workspaceId), db: app.database.db };
  return withTransaction(ctx, (t) => queryRows<T>(t.tx, query));
}

export type Msg = { id: string; text: string | null; direction: string; author_type?: string };

export async function messagesOf(s: Shop, conversationId: string): Promise<Msg[]> {
  const res = await s.call('GET', `/conversations/${conversationId}/messages?limit=100`);
  expectStatus(res, 200);
  return (res.json().items as Msg[]).slice().reverse();
}
