import { type ApiCall, apiClient, type TestApp } from '@nexova/app';
import { type AppContext, queryRows, withTransaction } from '@nexova/db';
import { createEmbeddedTransport, type EmbeddedTransport } from '@nexova/events';
import { appFiles } from '@nexova/files';
import { systemContext } from '@nexova/kernel';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { conversationSettings, conversationsModule, downloadDueMedia, sendDueMessages } from '../src/index';

// Conversations test fixtures: a workspace through the API, the module's consumers drained by hand
// (no clock, no sleeps) and the sender run as the worker runs it.

export type Shop = { call: ApiCall; ws: TestWorkspace };

export async function shop(app: TestApp): Promise<Shop> {
  const ws = await signUpAndCreateWorkspace(app);
  return { call: apiClient(app, ws.headers), ws };
}

export const expectStatus = (res: { statusCode: number; body: string }, status: number) =>
  expect(res.statusCode, res.body).toBe(status);

export async function created<T = { id: string }>(s: Shop, url: string, body: unknown): Promise<T> {
  const res = await s.call('POST', url, body);
  expectStatus(res, 201);
  return res.json() as T;
}

/** The conversations consumers over the app's database, drained step by step. */
export const transportOf = (app: TestApp): EmbeddedTransport =>
  createEmbeddedTransport({ database: app.database, consumers: conversationsModule.consumers ?? [] });

/** One run of the sender worker as of `now`. */
export const runSender = (app: TestApp, now?: Date) =>
  sendDueMessages({
    ctx: { ...systemContext(null, 'test'), db: app.database.db },
    input: {
      settings: conversationSettings(app.config),
      sign: (key) => appFiles(app.config).signer.sign(key),
      ...(now ? { now } : {}),
    },
  });

/** One run of the media worker as of `now`. */
export const runMedia = (app: TestApp, now?: Date) =>
  downloadDueMedia({
    ctx: { ...systemContext(null, 'test'), db: app.database.db },
    input: { settings: conversationSettings(app.config), store: appFiles(app.config).store, ...(now ? { now } : {}) },
  });

/** Rows read inside a workspace (row-level security applies). */
export function rowsIn<T extends Record<string, unknown>>(
  app: TestApp,
  workspaceId: string,
  query: ReturnType<typeof sql>,
): Promise<T[]> {
  const ctx: AppContext = { ...systemContext(workspaceId), db: app.database.db };
  return withTransaction(ctx, (t) => queryRows<T>(t.tx, query));
}

/** The types of the events a workspace published, in order. */
export const eventTypesOf = async (app: TestApp, workspaceId: string) =>
  (
    await rowsIn<{ type: string }>(
      app,
      workspaceId,
      sql`select type from events.outbox where workspace_id = ${workspaceId} order by id`,
    )
  ).map((r) => r.type);

export type Conversation = { id: string; person_id: string; unread_count: number; status: string; version: number };
export type Message = {
  id: string;
  kind: string;
  text: string | null;
  status: string;
  direction: string;
  content: Record<string, unknown>;
  provider_message_id: string | null;
  media?: {
    id: string;
    status: string;
    content_type: string | null;
    size: number | null;
    sha256: string | null;
    error: string | null;
    url: string | null;
  } | null;
};

export async function conversationsOf(s: Shop): Promise<Conversation[]> {
  const res = await s.call('GET', '/conversations');
  expectStatus(res, 200);
  return res.json().items as Conversation[];
}

export async function messagesOf(s: Shop, conversationId: string): Promise<Message[]> {
  const res = await s.call('GET', `/conversations/${conversationId}/messages?limit=100`);
  expectStatus(res, 200);
  return res.json().items as Message[];
}
